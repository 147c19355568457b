import { townshipSearchKey } from '../dataset/search-keys';

/**
 * Turns what a person typed ("村级组织建设", "village-level organisation", a typo'd word) into a
 * query for the `duty_text` full-text index. User text never reaches Lucene as syntax: it is cut
 * into words (letters and digits only), every word is escaped, and only what this module adds is
 * Lucene syntax: the fuzzy suffix `~n`, the English field names of FUZZY_FIELDS and the brackets
 * around them.
 */

/** The longest question accepted, in characters. */
export const QUERY_MAX_LENGTH = 200;

/** At most this many words are sent to Lucene; a longer question keeps its first words. */
export const QUERY_MAX_WORDS = 32;

/** Latin words at least this long also match with typos (fuzzy terms). */
export const FUZZY_MIN_LENGTH = 4;

/** Latin words at least this long tolerate two typos; shorter ones one. */
export const TWO_EDITS_MIN_LENGTH = 8;

/**
 * English stop words of Lucene's analyzers (the `cjk` analyzer drops them from the index), so they
 * are left out of the query rather than matched fuzzily against other words ("with~1" ≈ "width").
 */
const ENGLISH_STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of',
  'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
]);

/**
 * The `duty_text` fields (migrations 0002 and 0004) that hold English words: a fuzzy term is
 * matched in these only. Lucene builds a Levenshtein automaton for each field a fuzzy term is
 * asked of (about a millisecond for two edits), and the other fields cannot match a Latin word of
 * four letters or more: title and description hold Chinese, townshipKey one token per town.
 * A plain word is still asked of every field.
 */
export const FUZZY_FIELDS = ['titleEn', 'descriptionEn', 'keywordText'] as const;

const LUCENE_SPECIAL_CHARACTERS = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const NOT_A_WORD_CHARACTER = /[^\p{L}\p{M}\p{N}]+/u;
const LATIN_WORD = /^\p{Script=Latin}+$/u;

export interface DutySearch {
  /** The Lucene query for `db.index.fulltext.queryNodes`, or null when the text has no words to search. */
  lucene: string | null;
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

/** The searchable words of a text: runs of letters and digits, lower-cased, stop words and repeats dropped. */
export function queryWords(text: string): string[] {
  const words = normaliseQueryText(text)
    .split(NOT_A_WORD_CHARACTER)
    .filter((word) => word.length > 0 && !ENGLISH_STOP_WORDS.has(word));
  return [...new Set(words)].slice(0, QUERY_MAX_WORDS);
}

/**
 * One word as Lucene clauses: itself, escaped, in every field; a Latin word of four letters or
 * more also as a fuzzy term (one edit, two from eight letters) in the English fields, so
 * "organisaton" still finds "organisation". Chinese and other scripts pass unchanged: the index's
 * analyzer cuts them into bigrams.
 */
export function wordClauses(word: string): string[] {
  const escaped = escapeLucene(word);
  if (word.length < FUZZY_MIN_LENGTH || !LATIN_WORD.test(word)) return [escaped];
  const edits = word.length >= TWO_EDITS_MIN_LENGTH ? 2 : 1;
  return [escaped, `(${FUZZY_FIELDS.map((field) => `${field}:${escaped}~${edits}`).join(' ')})`];
}

/**
 * The full-text query and the exact-title key for a question; with a township, the query asks for
 * that town's duties only (their `townshipKey`, see dataset/search-keys.ts).
 */
export function buildDutySearch(text: string, township: string | null = null): DutySearch {
  const clauses = queryWords(text).flatMap(wordClauses);
  const words = clauses.length > 0 ? clauses.join(' ') : null;
  const lucene = words !== null && township !== null ? `+townshipKey:${townshipSearchKey(township)} +(${words})` : words;
  return { lucene, exactTitle: normaliseQueryText(text) };
}
