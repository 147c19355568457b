import type { Neo4jExecutor, Row } from '../db/executor';
import type { GraphFacts } from '../dataset/cross-checks';
import type { GraphRecords } from '../dataset/from-graph';
import { isNodeLabel, NodeLabel } from '../dataset/labels';
import type { RecordListName } from '../dataset/records';
import type { DatasetRows, RowKind } from '../dataset/to-rows';

/**
 * The order rows are written in: every node before any edge (edges MATCH both ends),
 * and `dataFrom` last. One statement per kind, UNWINDing its rows in chunks.
 */
export const WRITE_STATEMENTS: readonly (readonly [RowKind, string])[] = [
  ['townships', 'dataset/merge-townships'],
  ['departments', 'dataset/merge-departments'],
  ['partyOrganizations', 'dataset/merge-party-organizations'],
  ['documents', 'dataset/merge-documents'],
  ['offices', 'dataset/merge-offices'],
  ['posts', 'dataset/merge-posts'],
  ['people', 'dataset/merge-people'],
  ['villages', 'dataset/merge-villages'],
  ['stations', 'dataset/merge-stations'],
  ['duties', 'dataset/merge-duties'],
  ['partyOrganizationTownships', 'dataset/replace-party-organization-townships'],
  ['partyOrganizationDepartments', 'dataset/replace-party-organization-departments'],
  ['documentTownships', 'dataset/replace-document-townships'],
  ['officeTownships', 'dataset/replace-office-townships'],
  ['officeMergers', 'dataset/replace-office-mergers'],
  ['postDeputies', 'dataset/replace-post-deputies'],
  ['dutyTownships', 'dataset/replace-duty-townships'],
  ['dutyParents', 'dataset/replace-duty-parents'],
  ['dutyBases', 'dataset/replace-duty-bases'],
  ['postUnits', 'dataset/merge-post-units'],
  ['postInChargeOf', 'dataset/merge-post-in-charge-of'],
  ['holds', 'dataset/merge-holds'],
  ['residentCadres', 'dataset/merge-resident-cadres'],
  ['candidacies', 'dataset/merge-candidacies'],
  ['villageUnder', 'dataset/merge-village-under'],
  ['stationRunBy', 'dataset/merge-station-run-by'],
  ['stationLocatedIn', 'dataset/merge-station-located-in'],
  ['partyRelations', 'dataset/merge-party-relations'],
  ['responsibilities', 'dataset/merge-responsibilities'],
  ['townshipDataFrom', 'dataset/extend-township-data-from'],
];

const EXPORT_STATEMENTS: Readonly<Record<RecordListName, string>> = {
  townships: 'dataset/export-townships',
  departments: 'dataset/export-departments',
  partyOrganizations: 'dataset/export-party-organizations',
  documents: 'dataset/export-documents',
  offices: 'dataset/export-offices',
  posts: 'dataset/export-posts',
  people: 'dataset/export-people',
  villages: 'dataset/export-villages',
  stations: 'dataset/export-stations',
  duties: 'dataset/export-duties',
};

const FIND_EXISTING_IDS = 'dataset/find-existing-ids';
const FIND_TOWNSHIP_MEMBERS = 'dataset/find-township-members';

/**
 * Rows per statement. Parameters of one statement stay a few MiB however large the file is; all
 * chunks still run in the one write transaction, so an import is all-or-nothing.
 */
export const DEFAULT_CHUNK_SIZE = 5_000;

export type WriteProgress = (rowsWritten: number, rowsTotal: number) => void;

export interface WriteOptions {
  onProgress?: WriteProgress;
  /**
   * Opt-in for a file whose changes do not fit in the server's transaction memory
   * (`db.memory.transaction.max`): commit after about this many rows. Each transaction is still
   * all-or-nothing and the import idempotent, so a failed run is completed by running it again;
   * but the transactions before the failure stay committed.
   */
  rowsPerTransaction?: number;
}

export interface WriteReport {
  rows: number;
  statements: number;
  transactions: number;
}

export class DatasetRepository {
  static readonly queries = [...WRITE_STATEMENTS.map(([, name]) => name), FIND_EXISTING_IDS, FIND_TOWNSHIP_MEMBERS, ...Object.values(EXPORT_STATEMENTS)];

  constructor(
    private readonly executor: Neo4jExecutor,
    private readonly chunkSize = DEFAULT_CHUNK_SIZE,
  ) {}

  /** Labels, single-holder flags and PART_OF chains of the ids a file names, in one read transaction. */
  async findGraphFacts(ids: readonly string[]): Promise<GraphFacts> {
    const rows = await this.executor.readWork('dataset.find-graph-facts', async (tx) => {
      const found: Row[] = [];
      for (const chunk of chunksOf(ids, this.chunkSize)) found.push(...(await tx.run(FIND_EXISTING_IDS, { ids: chunk })));
      return found;
    });
    const labels = new Map<string, NodeLabel>();
    const singleHolder = new Map<string, boolean>();
    const dutyParents = new Map<string, string>();
    for (const row of rows) {
      const id = String(row.id);
      if (typeof row.label === 'string' && isNodeLabel(row.label)) labels.set(id, row.label);
      if (typeof row.singleHolder === 'boolean') singleHolder.set(id, row.singleHolder);
      for (const edge of (row.partOf as { duty: string; parent: string }[] | null) ?? []) dutyParents.set(edge.duty, edge.parent);
    }
    return { labels, singleHolder, dutyParents };
  }

  /**
   * Writes every row in one transaction: all of it, or (on any error) none of it. Statements are
   * sent in chunks of `chunkSize` rows; `rowsPerTransaction` (opt-in) commits every so many rows.
   */
  async writeRows(rows: DatasetRows, options: WriteOptions = {}): Promise<WriteReport> {
    const chunkSize = Math.min(this.chunkSize, options.rowsPerTransaction ?? this.chunkSize);
    const chunks = WRITE_STATEMENTS.flatMap(([kind, statement]) => chunksOf<object>(rows[kind], chunkSize).map((chunk) => ({ statement, rows: chunk })));
    const total = chunks.reduce((sum, chunk) => sum + chunk.rows.length, 0);
    const transactions = groupChunks(chunks, options.rowsPerTransaction ?? Number.POSITIVE_INFINITY);
    let written = 0;
    options.onProgress?.(0, total);
    for (const [index, transaction] of transactions.entries()) {
      const committed = written;
      await this.executor.writeWork(transactions.length === 1 ? 'dataset.import' : `dataset.import#${index + 1}`, async (tx) => {
        // A managed transaction may be retried from its start, so its count starts again too.
        written = committed;
        for (const chunk of transaction) {
          await tx.run(chunk.statement, { rows: chunk.rows });
          written += chunk.rows.length;
          options.onProgress?.(written, total);
        }
      });
    }
    return { rows: written, statements: chunks.length, transactions: transactions.length };
  }

  /**
   * The records of the graph, or of one township's members; undefined when that township is not in
   * the graph. One read transaction, so the export is a consistent snapshot.
   */
  async exportRecords(township?: string): Promise<GraphRecords | undefined> {
    return this.executor.readWork('dataset.export', async (tx) => {
      let members: Row | undefined;
      if (township !== undefined) {
        [members] = await tx.run(FIND_TOWNSHIP_MEMBERS, { township });
        if (!members) return undefined;
      }
      const records = {} as GraphRecords;
      for (const [list, statement] of Object.entries(EXPORT_STATEMENTS) as [RecordListName, string][]) {
        const ids = members ? (members[list] as string[]) : null;
        records[list] = (await tx.run(statement, { ids })).map((row) => row.record as Record<string, unknown>);
      }
      return records;
    });
  }
}

interface Chunk {
  statement: string;
  rows: readonly object[];
}

/** Consecutive chunks, in write order, cut into groups of at most `rowsPerGroup` rows (a chunk is never split). */
function groupChunks(chunks: Chunk[], rowsPerGroup: number): Chunk[][] {
  const groups: Chunk[][] = [[]];
  let rowsInGroup = 0;
  for (const chunk of chunks) {
    const current = groups[groups.length - 1]!;
    if (current.length > 0 && rowsInGroup + chunk.rows.length > rowsPerGroup) {
      groups.push([chunk]);
      rowsInGroup = chunk.rows.length;
    } else {
      current.push(chunk);
      rowsInGroup += chunk.rows.length;
    }
  }
  return groups;
}

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
