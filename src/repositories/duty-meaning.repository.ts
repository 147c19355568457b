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
} as const;

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

  /** The new meanings and the duties' links to theirs, in one transaction. */
  async writeMeanings(rows: Pick<DatasetRows, 'dutyMeanings' | 'dutyMeaningLinks'>): Promise<void> {
    await this.executor.writeWork('search.backfill-meanings', async (tx) => {
      if (rows.dutyMeanings.length > 0) await tx.run(Q.mergeMeanings, { rows: rows.dutyMeanings });
      if (rows.dutyMeaningLinks.length > 0) await tx.run(Q.linkMeanings, { rows: rows.dutyMeaningLinks });
    });
  }
}
