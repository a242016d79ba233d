import { DISTINCTIVE_LETTERS, type NamedPerson } from './name-index';
import { letterCount, tokenize } from './tokens';

/**
 * The people a text names in their canonical spelling: the full name, or a distinctive word of it
 * ("Oktay", "Çavuşoğlu") on its own, as a note says "Mr Oktay". Short words ("Can", "Fuat") count
 * only within the full name, so ordinary words and first names alone do not make a mention.
 * Other spellings are the finder's business (findNameIssues); together they list who a note is about.
 */
export function findMentions(text: string, people: readonly NamedPerson[]): Set<string> {
  const words = new Set(tokenize(text).map((t) => t.text));
  const mentioned = new Set<string>();
  for (const person of people) {
    const distinctive = tokenize(person.name).some(
      (t) => letterCount(t.text) >= DISTINCTIVE_LETTERS && words.has(t.text),
    );
    if (distinctive || text.includes(person.name)) mentioned.add(person.id);
  }
  return mentioned;
}
