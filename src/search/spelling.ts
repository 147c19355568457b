import fs from 'node:fs';
import path from 'node:path';
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

let vocabulary: Map<string, number> | null = null;

/** Whole English words of the English model's tokenizer, with their rank. */
function words(): Map<string, number> {
  if (vocabulary) return vocabulary;
  const model = EMBEDDING_MODELS.en;
  const file = path.join(modelsDirectory(), model.folder, `${model.folder}-tokenizer.json`);
  const tokenizer = JSON.parse(fs.readFileSync(file, 'utf8')) as { model: { vocab: Record<string, number> } };
  vocabulary = new Map(Object.entries(tokenizer.model.vocab).filter(([piece]) => /^[a-z]{2,}$/.test(piece)));
  return vocabulary;
}

function oneEditAway(word: string): Set<string> {
  const variants = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) variants.add(head + tail.slice(1));
    if (tail.length > 1) variants.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
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

/** The words a non-word is likely a misspelling of, most likely first; none for a word (see the module comment). */
export function spellingAlternatives(word: string): string[] {
  if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return [];
  const known = words();
  if (known.has(word)) return [];
  const near = oneEditAway(word);
  const oneEdit = ranked(near, known);
  if (oneEdit.length > 0 || word.length < TWO_EDITS_FROM) return oneEdit;
  const twoEdits = new Set<string>();
  for (const variant of near) for (const further of oneEditAway(variant)) twoEdits.add(further);
  return ranked(twoEdits, known);
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
