import fs from 'node:fs';
import path from 'node:path';
import { LRUCache } from 'lru-cache';
import { EMBEDDING_MODELS, modelsDirectory } from '../embedding/embedding-models';

/**
 * Spelling alternatives of English words that are not words: "archieves" → "archives",
 * "irigation" → "irrigation". A word is a word when the English model's vocabulary holds it whole
 * (30,000 word pieces of English text); such a word gets no alternative, so "collection" is never
 * searched as "correction" and nothing is matched fuzzily onto a duty's word. A non-word of at
 * least MIN_LENGTH letters gets the vocabulary words one edit away (a letter dropped, added,
 * changed or two swapped), else two edits away from eight letters on, the MAX_ALTERNATIVES that
 * the vocabulary lists first (its word pieces are roughly in order of frequency). The search asks
 * for the word as typed or any alternative. Nothing here knows about duties: it is the same for any text.
 */
export const MIN_LENGTH = 4;
const TWO_EDITS_FROM = 8;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

interface Vocabulary {
  /** Each whole word with its rank. */
  rank: Map<string, number>;
  /** The words by length, for the two-edit search. */
  byLength: Map<number, string[]>;
}

let vocabulary: Vocabulary | null = null;

/** Whole English words of the English model's tokenizer, with their rank. */
function words(): Vocabulary {
  if (vocabulary) return vocabulary;
  const model = EMBEDDING_MODELS.en;
  const file = path.join(modelsDirectory(), model.folder, `${model.folder}-tokenizer.json`);
  const tokenizer = JSON.parse(fs.readFileSync(file, 'utf8')) as { model: { vocab: Record<string, number> } };
  const rank = new Map(Object.entries(tokenizer.model.vocab).filter(([piece]) => /^[a-z]{2,}$/.test(piece)));
  const byLength = new Map<number, string[]>();
  for (const word of rank.keys()) {
    const sameLength = byLength.get(word.length);
    if (sameLength) sameLength.push(word);
    else byLength.set(word.length, [word]);
  }
  vocabulary = { rank, byLength };
  return vocabulary;
}

/**
 * True when `b` is at most two edits from `a` (a letter dropped, added or changed, or two neighbours
 * swapped: the optimal string alignment distance), by one pass of the distance table that stops as
 * soon as a row is over two.
 */
export function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1);
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, before[j - 2]! + 1);
      current[j] = distance;
      if (distance < rowMinimum) rowMinimum = distance;
    }
    if (rowMinimum > 2) return false;
    before = previous;
    previous = current;
  }
  return previous[b.length]! <= 2;
}

/** Every string one edit from `word` over `letters`: a letter dropped, added or changed, or two neighbours swapped. */
export function oneEditAway(word: string, letters = LETTERS): Set<string> {
  const variants = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) variants.add(head + tail.slice(1));
    if (tail.length > 1) variants.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of letters) {
      if (tail) variants.add(head + letter + tail.slice(1));
      variants.add(head + letter + tail);
    }
  }
  variants.delete(word);
  return variants;
}

/** At most this many alternatives per misspelt word. */
export const MAX_ALTERNATIVES = 3;

function ranked(candidates: Iterable<string>, known: Map<string, number>): string[] {
  return [...candidates]
    .filter((candidate) => known.has(candidate))
    .sort((a, b) => (known.get(a) as number) - (known.get(b) as number))
    .slice(0, MAX_ALTERNATIVES);
}

/** Alternatives already worked out, by word: a question's words are looked up for its search terms and again for its vector. */
const remembered = new LRUCache<string, readonly string[]>({ max: 10_000 });

/** The words a non-word is likely a misspelling of, most likely first; none for a word (see the module comment). */
export function spellingAlternatives(word: string): readonly string[] {
  if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return [];
  const known = remembered.get(word);
  if (known) return known;
  const alternatives = alternativesOf(word);
  remembered.set(word, alternatives);
  return alternatives;
}

function alternativesOf(word: string): readonly string[] {
  const { rank, byLength } = words();
  if (rank.has(word)) return [];
  const oneEdit = ranked(oneEditAway(word), rank);
  if (oneEdit.length > 0 || word.length < TWO_EDITS_FROM) return oneEdit;
  // The words of about the same length, each compared once: building every string two edits away
  // (hundreds of thousands for a long word) took 130 ms a word, seconds for a question of gibberish.
  const twoEdits: string[] = [];
  for (let length = word.length - 2; length <= word.length + 2; length++) {
    for (const candidate of byLength.get(length) ?? []) if (withinTwoEdits(word, candidate)) twoEdits.push(candidate);
  }
  return ranked(twoEdits, rank);
}

/**
 * The text with each non-word that has exactly one alternative spelt as that word ("trade unoin" →
 * "trade union"), for the semantic model: its word pieces make no sense of a typo ("un", "##oin").
 * A word with several alternatives stays as typed ("flod": food, flow or fled), as does every word
 * of other letters, since a wrong guess would mislead the model more than the typo does.
 */
export function spellingCorrected(text: string): string {
  return text.replace(/[a-z]+/g, (word) => {
    const alternatives = spellingAlternatives(word);
    return alternatives.length === 1 ? alternatives[0]! : word;
  });
}
