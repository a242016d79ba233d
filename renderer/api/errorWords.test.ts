import { describe, expect, it } from 'vitest';
import { errorInWords } from './errorWords';

describe('errorInWords', () => {
  it('a content problem names no JSON path and says what to do', () => {
    const text = errorInWords({
      code: 'invalid_input',
      message: 'content.root.children.0.children.0.text: contains characters that cannot be stored',
      issues: [
        { path: 'content.root.children.0.children.0.text', message: 'contains characters that cannot be stored' },
      ],
    });
    expect(text).not.toMatch(/root|children|\.0\./);
    expect(text).toMatch(/characters that cannot be stored/);
    expect(text).toMatch(/Undo the last paste or change/);
  });

  it("an export the exporter refuses tells the user to undo the paste, not the exporter's words", () => {
    const text = errorInWords({ code: 'invalid_input', message: 'A list holds list items, not paragraph.' });
    expect(text).toMatch(/Undo the last paste/);
  });

  it('a field problem keeps its own sentence without the path', () => {
    expect(
      errorInWords({
        code: 'invalid_input',
        message: 'title: Title is too long (at most 300 characters)',
        issues: [{ path: 'title', message: 'Title is too long (at most 300 characters)' }],
      }),
    ).toBe('Title is too long (at most 300 characters)');
  });

  it('storage and internal failures say what to do', () => {
    expect(errorInWords({ code: 'storage_error', message: 'The disk is full' })).toMatch(/free space/);
    expect(errorInWords({ code: 'internal', message: 'TypeError: x is undefined' })).not.toMatch(/TypeError/);
  });
});
