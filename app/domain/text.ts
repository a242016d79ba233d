import { z } from 'zod';

/**
 * Characters that XML 1.0 cannot carry (C0 controls except tab/newline/CR, U+FFFE/U+FFFF) and
 * lone surrogates. They are never meaningful in a briefing and they break .docx files, so
 * user text is checked at the boundary and cleaned again by the exporter.
 */
export const XML_UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** A single-line piece of text typed by a person: trimmed, non-empty, bounded. */
export function line(label: string, max: number) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} is too long (at most ${max} characters)`)
    .refine((s) => !/[\r\n]/.test(s), `${label} must be on one line`)
    .refine((s) => !XML_UNSAFE.test(s), `${label} contains characters that cannot be stored`);
}

/** An optional single line: empty or whitespace-only input means "not given". */
export function optionalLine(label: string, max: number) {
  return z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), line(label, max).optional());
}

/** Free text (biography, description): may have line breaks, bounded. */
export function prose(label: string, max: number) {
  return z
    .string()
    .max(max, `${label} is too long (at most ${max} characters)`)
    .refine((s) => !XML_UNSAFE.test(s), `${label} contains characters that cannot be stored`);
}
