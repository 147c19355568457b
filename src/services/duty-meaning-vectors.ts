import { embedTexts, Embedders } from '../embedding/embedders';
import type { DatasetRows } from '../dataset/to-rows';

/**
 * Gives the meaning rows of a write their vectors: texts the graph already holds a vector for are
 * dropped (their (:DutyMeaning) stays as it is, MEANS links to it), every other distinct text is
 * embedded once. Run before the rows are written, inside the mutation's transaction or the import's.
 */
export async function fillMeaningVectors(
  rows: Partial<Pick<DatasetRows, 'dutyMeanings'>>,
  storedKeys: (keys: string[]) => Promise<Set<string>>,
  embedders?: Embedders,
): Promise<{ embedded: number; reused: number }> {
  const meanings = rows.dutyMeanings ?? [];
  if (meanings.length === 0) return { embedded: 0, reused: 0 };
  const stored = await storedKeys(meanings.map((meaning) => meaning.key));
  const missing = meanings.filter((meaning) => !stored.has(meaning.key));
  const vectors = await embedTexts(missing, embedders);
  rows.dutyMeanings = missing.map((meaning) => ({ ...meaning, vector: vectors.get(meaning.key) ?? null }));
  return { embedded: missing.length, reused: meanings.length - missing.length };
}
