import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { NoteContent } from '../../../app/domain/content';
import { estimateLength, type LengthOptions } from '../../../app/domain/length';
import { noteLengthOptions } from '../../../app/templates/note-length';
import type { FieldContext } from '../../../app/templates/fields';
import wordStyle from '../../../resources/word-style.json';
import { useSettings } from '../../api/useSettings';

/** "1,234 words · about 2.4 pages", then a flag when the note is longer than the limit. */
export function lengthText(words: number, pages: number, limit: number): { text: string; over: boolean } {
  const rounded = Math.max(0.1, Math.round(pages * 10) / 10);
  const over = pages > limit;
  const text = `${words.toLocaleString('en-GB')} ${words === 1 ? 'word' : 'words'} · about ${rounded} ${rounded === 1 ? 'page' : 'pages'} in Word`;
  return { text: over ? `${text} — longer than ${limit} ${limit === 1 ? 'page' : 'pages'}` : text, over };
}

/**
 * Word count and the estimated length of the exported note (app/export/length: the exporter's
 * page metrics and style sizes), worked out a moment after typing stops, never per key.
 */
export function LengthPlugin({ title, fieldContext }: { title: string; fieldContext: FieldContext | null }) {
  const [editor] = useLexicalComposerContext();
  const pageLimit = useSettings().briefPageLimit;
  const [estimate, setEstimate] = useState<{ words: number; pages: number } | null>(null);
  useEffect(() => {
    const options: LengthOptions = fieldContext ? noteLengthOptions(title, fieldContext) : {};
    const measure = () => {
      const content = editor.getEditorState().toJSON() as unknown as NoteContent;
      setEstimate(estimateLength(content, wordStyle, options));
    };
    let timer: ReturnType<typeof setTimeout> | undefined = setTimeout(measure, 0);
    const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(measure, 400);
    });
    return () => {
      clearTimeout(timer);
      timer = undefined;
      stop();
    };
  }, [editor, title, fieldContext]);
  if (!estimate) return null;
  const { text, over } = lengthText(estimate.words, estimate.pages, pageLimit);
  return (
    // Not announced as it changes (it would speak after every pause in typing); read on demand.
    <p className={`editor-status${over ? ' over-length' : ''}`} role="status" aria-live="off" aria-label="Length">
      {over && <span aria-hidden="true">⚠ </span>}
      {text}
    </p>
  );
}
