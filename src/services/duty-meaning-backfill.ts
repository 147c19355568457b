import { EMBEDDING_MODELS } from '../embedding/embedding-models';
import type { Embedders } from '../embedding/embedders';
import type { BackfillRows, DutyMeaningRepository } from '../repositories/duty-meaning.repository';
import { dutyMeanings, dutySearchText, meaningRows } from '../search/duty-meanings';
import { fillMeaningVectors } from './duty-meaning-vectors';

/** Duties read, embedded and written per transaction. */
export const BACKFILL_BATCH = 2_000;

export interface BackfillReport {
  duties: number;
  embedded: number;
}

/**
 * The data half of migration 0007 (the Cypher half makes the indexes): every duty in the graph
 * without search words or meanings of the current models gets them, distinct texts embedded once.
 * Run at start after the migrations, before /ready; on a graph already done it is one read.
 */
export async function backfillDutyMeanings(repository: DutyMeaningRepository, embedders?: Embedders, batch = BACKFILL_BATCH): Promise<BackfillReport> {
  const artifacts = Object.values(EMBEDDING_MODELS).map((model) => model.artifact);
  const report: BackfillReport = { duties: 0, embedded: 0 };
  const seen = new Set<string>();
  for (;;) {
    const duties = (await repository.findDutiesToEmbed(artifacts, batch)).filter((duty) => !seen.has(duty.id));
    if (duties.length === 0) return report;
    duties.forEach((duty) => seen.add(duty.id));
    const meanings = duties.map((duty) => ({ duty, meanings: dutyMeanings(duty) }));
    const rows: BackfillRows = {
      dutyMeanings: meaningRows(meanings.flatMap((entry) => entry.meanings)),
      dutyMeaningLinks: meanings.map(({ duty, meanings: own }) => ({ duty: duty.id, keys: own.map((meaning) => meaning.key) })),
      searchTexts: duties.map((duty) => ({ duty: duty.id, searchText: dutySearchText(duty) })),
    };
    const { embedded } = await fillMeaningVectors(rows, (keys) => repository.findMeaningKeys(keys), embedders);
    await repository.writeMeanings(rows);
    report.duties += duties.length;
    report.embedded += embedded;
  }
}
