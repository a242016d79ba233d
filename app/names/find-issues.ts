import { nameIndexFor, NameIndex, type NamedPerson } from './name-index';
import { tokenize, type Token } from './tokens';

export type NameIssueKind = 'alias' | 'variant' | 'near';

/** A spelling of a person's name that is not the canonical one. */
export interface NameIssue {
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  found: string;
  personId: string;
  /** The person's full canonical name, for the panel. */
  personName: string;
  /** What replaces `found`: the full name for a multi-word alias, else the canonical word. */
  canonical: string;
  kind: NameIssueKind;
}

// What may stand between the words of a name: spaces, an initial's full stop, a hyphen.
const NAME_GAP = /^[\s.\u2010\u2011-]{1,3}$/u;

/**
 * The spellings in `text` of the listed people's names that differ from the canonical ones:
 * listed aliases ("M. Chavoshuglu"), diacritics variants ("Cavusoglu" for "Çavuşoğlu"), and
 * near spellings of distinctive names ("Cavusolgu"). The canonical spelling is never reported.
 * Pass a NameIndex (or the same people array each time) to reuse the precomputed index.
 */
export function findNameIssues(text: string, people: readonly NamedPerson[] | NameIndex): NameIssue[] {
  const index = people instanceof NameIndex ? people : nameIndexFor(people);
  const tokens = tokenize(text);
  const issues: NameIssue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const alias = matchAlias(text, tokens, i, index);
    if (alias) {
      issues.push(alias.issue);
      i += alias.words - 1;
      continue;
    }
    const verdict = index.word(token.text).verdict;
    if (verdict.kind === 'none') continue;
    issues.push({
      start: token.start,
      end: token.end,
      found: token.text,
      personId: verdict.token.personId,
      personName: verdict.token.personName,
      canonical: verdict.token.text,
      kind: verdict.kind,
    });
  }
  return issues;
}

function matchAlias(
  text: string,
  tokens: Token[],
  at: number,
  index: NameIndex,
): { issue: NameIssue; words: number } | undefined {
  const candidates = index.word(tokens[at]!.text).aliases;
  if (!candidates) return undefined;
  const wordMatches = (word: string, aliasWord: string) =>
    // Case-insensitive, except an initial: "m. Tleuberdi" in "10 a.m. Tleuberdi" is no alias.
    aliasWord.length === 1 ? word === aliasWord : index.word(word).lower === aliasWord;
  for (const alias of candidates) {
    const last = at + alias.words.length - 1;
    if (last >= tokens.length) continue;
    let matches = wordMatches(tokens[at]!.text, alias.words[0]!);
    for (let k = 1; k < alias.words.length && matches; k++) {
      const token = tokens[at + k]!;
      matches =
        wordMatches(token.text, alias.words[k]!) && NAME_GAP.test(text.slice(tokens[at + k - 1]!.end, token.start));
    }
    if (!matches) continue;
    const start = tokens[at]!.start;
    const end = tokens[last]!.end;
    return {
      words: alias.words.length,
      issue: {
        start,
        end,
        found: text.slice(start, end),
        personId: alias.personId,
        personName: alias.personName,
        canonical: alias.replacement,
        kind: 'alias',
      },
    };
  }
  return undefined;
}
