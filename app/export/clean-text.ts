import { XML_UNSAFE } from '../domain/text';

const XML_UNSAFE_ALL = new RegExp(XML_UNSAFE.source, 'gu');

/** Removes what XML 1.0 cannot carry, so Word never refuses the file. */
export function cleanText(text: string): string {
  return text.replace(XML_UNSAFE_ALL, '');
}
