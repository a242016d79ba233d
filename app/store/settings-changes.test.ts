import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Settings } from './settings';
import { openTestStore, value } from '../testing/fixtures';

let t: ReturnType<typeof openTestStore>;
beforeEach(() => (t = openTestStore()));
afterEach(() => t.close());

describe('settings.set', () => {
  it('changes only the settings given: saving the department keeps the classification list and the author', async () => {
    value(await t.dispatch('settings.set', { classifications: ['OFFICIAL', 'SECRET'], author: 'A. Author' }));
    const after = value(await t.dispatch('settings.set', { department: 'Europe Department' })) as Settings;
    expect(after).toEqual({
      classifications: ['OFFICIAL', 'SECRET'],
      department: 'Europe Department',
      author: 'A. Author',
      language: 'en-GB',
      briefPageLimit: 2,
      smartQuotes: true,
    });
  });

  it('refuses a language that is not a BCP 47 tag', async () => {
    const r = await t.dispatch('settings.set', { language: 'English (UK)' });
    expect(r.ok).toBe(false);
  });
});
