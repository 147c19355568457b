import { townshipSearchKey } from '../domain/search-keys';
import { queryTermGroups } from './search-terms';

/**
 * Turns what a person typed ("敬老院歸誰管", "where do I pay my taxes", a duty id) into the
 * parameters of the hybrid duty search (cypher/queries/responsibility/who-is-responsible.cypher):
 * the words, as Lucene clauses for the `duty_words` index and as a list to measure how many of them
 * a duty has; the text normalised for an exact-title match. The query's vector is added by the
 * service. User text never reaches Lucene as syntax: words are letters and digits only, and
 * escaped; the only syntax is what this module adds (`+townshipKey:…`, `+(…)`). No word is matched
 * fuzzily onto another ("collection~2" found "correction"): only a word that is no English word gets
 * spelling alternatives, which are words.
 */

/** The longest question accepted, in characters. */
export const QUERY_MAX_LENGTH = 200;

/** At most this many words are searched; a longer question keeps its first words. */
export const QUERY_MAX_WORDS = 32;

const LUCENE_SPECIAL_CHARACTERS = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export interface DutySearch {
  /** The Lucene query for the `duty_words` index, or null when the text has no words to search. */
  lucene: string | null;
  /**
   * The question's search words (search/search-terms.ts), each as a group: the word and, for an
   * English non-word, its spelling alternatives (search/spelling.ts). A candidate has the word when
   * it has any of the group.
   */
  terms: string[][];
  /** The text normalised (NFKC, single spaces, lower case), compared with titles for an exact match. */
  exactTitle: string;
}

/** Escapes every character the Lucene classic query parser treats as syntax. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL_CHARACTERS, (character) => `\\${character}`);
}

/** NFKC (full-width letters become ASCII), trimmed, runs of white space as one space, lower case. */
export function normaliseQueryText(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The words query and the exact-title key for a question; with a township, the query asks for that
 * town's duties only (their `townshipKey`, see domain/search-keys.ts).
 */
export function buildDutySearch(text: string, township: string | null = null): DutySearch {
  const terms = queryTermGroups(text).slice(0, QUERY_MAX_WORDS);
  const words = terms.length > 0 ? terms.flat().map(escapeLucene).join(' ') : null;
  const lucene = words !== null && township !== null ? `+townshipKey:${townshipSearchKey(township)} +(${words})` : words;
  return { lucene, terms, exactTitle: normaliseQueryText(text) };
}
