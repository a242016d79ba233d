/** Larger Word documents are refused before anything is read: a briefing's source is text, not 50 MB. */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;
/**
 * Unpacked, a real Word document is at most a few times its size (its pictures are compressed
 * already); a zip bomb is thousands of times. Checked on the sizes the zip declares, before any
 * part is inflated; a zip that lies about them meets the job worker's memory budget instead.
 */
export const MAX_DOCX_UNPACKED_BYTES = 256 * 1024 * 1024;
