/** Larger Word documents are refused before anything is read: a briefing's source is text, not 50 MB. */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;
