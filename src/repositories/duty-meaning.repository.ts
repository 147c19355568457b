import type { StatementRunner } from '../db/executor';
import { decodeRows } from '../db/row-decoder';
import { int } from '../db/values';
import type { DatasetRows } from '../dataset/to-rows';
import type { DutyTexts } from '../search/duty-meanings';
import { dutyToEmbedRow, meaningKeyRow } from './rows/duty-meaning.rows';

const Q = {
  findDutiesToEmbed: 'search/find-duties-to-embed',
  findMeanings: 'search/find-duty-meanings',
  mergeMeanings: 'search/merge-duty-meanings',
  linkMeanings: 'search/link-duty-meanings',
  setSearchTexts: 'search/set-duty-search-text',
} as const;

/** What the backfill writes: the new meanings, each duty's links to its own, and each duty's search words. */
export type BackfillRows = Pick<DatasetRows, 'dutyMeanings' | 'dutyMeaningLinks'> & { searchTexts: { duty: string; searchText: string }[] };

/** Duty meanings (search vectors) of duties already in the graph: what the backfill reads and writes. */
export class DutyMeaningRepository {
  static readonly queries = Object.values(Q);

  constructor(private readonly executor: StatementRunner) {}

  /** Up to `limit` duties whose search words or meanings are missing or from another model. */
  async findDutiesToEmbed(artifacts: readonly string[], limit: number): Promise<(DutyTexts & { id: string })[]> {
    return decodeRows(Q.findDutiesToEmbed, dutyToEmbedRow, await this.executor.query(Q.findDutiesToEmbed, { artifacts, limit: int(limit) }));
  }

  async findMeaningKeys(keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    return new Set(decodeRows(Q.findMeanings, meaningKeyRow, await this.executor.query(Q.findMeanings, { keys })).map((row) => row.key));
  }

  /** The new meanings, the duties' links to theirs and their search words, in one transaction. */
  async writeMeanings(rows: BackfillRows): Promise<void> {
    await this.executor.writeWork('search.backfill-meanings', async (tx) => {
      if (rows.dutyMeanings.length > 0) await tx.run(Q.mergeMeanings, { rows: rows.dutyMeanings });
      if (rows.dutyMeaningLinks.length > 0) await tx.run(Q.linkMeanings, { rows: rows.dutyMeaningLinks });
      if (rows.searchTexts.length > 0) await tx.run(Q.setSearchTexts, { rows: rows.searchTexts });
    });
  }
}
