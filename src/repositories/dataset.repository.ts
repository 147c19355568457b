import type { Row, StatementRunner, Statements } from '../db/executor';
import { decodeOnlyRow, decodeRows } from '../db/row-decoder';
import { DatabaseUnavailableError } from '../errors';
import { MODEL, WRITE_STATEMENTS } from '../domain/model';
import { EMPTY_GRAPH, GraphFacts } from '../dataset/cross-checks';
import type { GraphRecords } from '../dataset/from-graph';
import { isNodeLabel, NodeLabel } from '../dataset/labels';
import type { RecordListName } from '../dataset/records';
import type { DatasetRows } from '../dataset/to-rows';
import { meaningKeyRow } from './rows/duty-meaning.rows';
import { existingIdRow, exportRow, idRow, listMembersRow, nodeCountRow, partOfRow, settingRow, townshipMembersRow } from './rows/dataset.rows';

/** The order rows are written in, each kind with its statement (derived from the model table's `writes`). */
export { WRITE_STATEMENTS };

/** The export statement of each record list, in the format's order (from the model). */
const EXPORT_STATEMENTS: Readonly<Record<RecordListName, string>> = Object.fromEntries(MODEL.map((entry) => [entry.list, entry.statements.export])) as Record<RecordListName, string>;

const FIND_EXISTING_IDS = 'dataset/find-existing-ids';
const FIND_DUTY_MEANINGS = 'search/find-duty-meanings';
const COUNT_NODES = 'dataset/count-nodes';
const SCAN_IDS = 'dataset/scan-ids';
const SCAN_DUTY_PARENTS = 'dataset/scan-duty-parents';
const FIND_TOWNSHIP_MEMBERS = 'dataset/find-township-members';
const FIND_LIST_MEMBERS = 'dataset/find-list-members';
const TRANSACTION_MEMORY_LIMIT = 'dataset/transaction-memory-limit';

/**
 * Rows per statement. Parameters of one statement stay a few MiB however large the file is; all
 * chunks still run in the one write transaction, so an import is all-or-nothing.
 */
export const DEFAULT_CHUNK_SIZE = 5_000;

/**
 * Looking up one id costs an index seek under each of ten labels; reading one id of a scan costs far
 * less. Scan when the graph holds at most this many nodes per id the file names.
 */
const SCAN_WHEN_GRAPH_AT_MOST = 4;

export type WriteProgress = (rowsWritten: number, rowsTotal: number) => void;

export interface WriteOptions {
  onProgress?: WriteProgress;
  /**
   * Opt-in for a file whose changes do not fit in the server's transaction memory
   * (`db.memory.transaction.max`): commit after about this many rows. Each transaction is still
   * all-or-nothing and the import idempotent, so a failed run is completed by running it again;
   * but the transactions before the failure stay committed.
   */
  rowsPerTransaction?: RowsPerTransaction;
  /** With `auto`: a transaction of `rows` ran out of the server's transaction memory; the rest goes in `nowPerTransaction`. */
  onTransactionMemoryExceeded?: (rows: number, nowPerTransaction: number) => void;
}

/**
 * A number of rows; or `auto`: one transaction when the rows fit the server's transaction memory
 * (`db.memory.transaction.max`, else `dbms.memory.transaction.total.max`), else as many
 * transactions of equal size as it takes. Either way an opt-in to committing in parts.
 */
export type RowsPerTransaction = number | 'auto';

/**
 * Transaction memory one row may take, with room to commit (Neo4j needs about twice the state it
 * holds). First measured at about 2.7 KiB per row of node MERGEs and up to 3.2 KiB before the commit
 * (so 6 KiB); since duties carry their list fields and search words, the province's first part of
 * 130,200 rows (6 KiB each) ran out of 768 MiB in every run, and was written again in halves after
 * the refusal, while parts of 65,100 always fit: 12 KiB, so 768 MiB gives 65,536 rows and nothing is
 * written twice. A part that still runs out is halved (writeRows).
 */
export const TRANSACTION_BYTES_PER_ROW = 12 * 1024;

/** When the server does not say (no privilege to read its settings): a size that fits 768 MiB. */
const FALLBACK_ROWS_PER_TRANSACTION = 100_000;

export interface WriteReport {
  rows: number;
  statements: number;
  transactions: number;
}

export class DatasetRepository {
  static readonly queries = [
    ...WRITE_STATEMENTS.map(([, name]) => name),
    FIND_EXISTING_IDS,
    FIND_DUTY_MEANINGS,
    COUNT_NODES,
    SCAN_IDS,
    SCAN_DUTY_PARENTS,
    FIND_TOWNSHIP_MEMBERS,
    FIND_LIST_MEMBERS,
    TRANSACTION_MEMORY_LIMIT,
    ...Object.values(EXPORT_STATEMENTS),
  ];

  constructor(
    private readonly executor: StatementRunner,
    private readonly chunkSize = DEFAULT_CHUNK_SIZE,
  ) {}

  /**
   * Labels, single-holder flags and PART_OF chains of the ids a file names, in one read transaction.
   * A file naming about as many ids as the graph has nodes (a first import of many towns, or a
   * re-import) is answered by one pass over the graph's ids, filtered here; a small file (a CSV duty
   * list) by a lookup per id. Both give the same facts about the file's ids.
   */
  async findGraphFacts(ids: readonly string[]): Promise<GraphFacts> {
    if (ids.length === 0) return EMPTY_GRAPH;
    const { rows, partOf } = await this.executor.readWork('dataset.find-graph-facts', async (tx) => {
      const { nodes } = decodeOnlyRow(COUNT_NODES, nodeCountRow, await tx.run(COUNT_NODES));
      if (nodes <= ids.length * SCAN_WHEN_GRAPH_AT_MOST) {
        const wanted = new Set(ids);
        const scanned = decodeRows(SCAN_IDS, idRow, await tx.run(SCAN_IDS));
        return { rows: scanned.filter((row) => wanted.has(row.id)), partOf: decodeRows(SCAN_DUTY_PARENTS, partOfRow, await tx.run(SCAN_DUTY_PARENTS)) };
      }
      const found = [];
      for (const chunk of chunksOf(ids, this.chunkSize)) found.push(...decodeRows(FIND_EXISTING_IDS, existingIdRow, await tx.run(FIND_EXISTING_IDS, { ids: chunk })));
      return { rows: found, partOf: found.flatMap((row) => row.partOf) };
    });
    const labels = new Map<string, NodeLabel>();
    const singleHolder = new Map<string, boolean>();
    const dutyParents = new Map<string, string>();
    for (const { id, label, singleHolder: single } of rows) {
      if (label !== null && isNodeLabel(label) && !labels.has(id)) labels.set(id, label);
      if (single !== null) singleHolder.set(id, single);
    }
    for (const edge of partOf) dutyParents.set(edge.duty, edge.parent);
    return { labels, singleHolder, dutyParents };
  }

  /** The meaning keys among `keys` whose vector the graph already holds (one read). */
  async findMeaningKeys(keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    return new Set(decodeRows(FIND_DUTY_MEANINGS, meaningKeyRow, await this.executor.query(FIND_DUTY_MEANINGS, { keys })).map((row) => row.key));
  }

  /**
   * Writes every row in one transaction: all of it, or (on any error) none of it. Statements are
   * sent in chunks of `chunkSize` rows; `rowsPerTransaction` (opt-in) commits every so many rows.
   * With `auto`, a transaction the server refuses for want of transaction memory (the rows per
   * transaction are an estimate, and some rows weigh far more than others) is rolled back and the
   * rest of the file is written in transactions half its size, as often as it takes.
   */
  async writeRows(rows: DatasetRows, options: WriteOptions = {}): Promise<WriteReport> {
    const total = WRITE_STATEMENTS.reduce((sum, [kind]) => sum + rows[kind].length, 0);
    const asked = options.rowsPerTransaction;
    const adaptive = asked === 'auto';
    let perTransaction: number = asked === 'auto' ? await this.rowsPerTransactionFor(total) : asked ?? Number.POSITIVE_INFINITY;
    const chunkSize = Math.min(this.chunkSize, perTransaction);
    let remaining: Chunk[] = WRITE_STATEMENTS.flatMap(([kind, statement]) => chunksOf<object>(rows[kind], chunkSize).map((chunk) => ({ statement, rows: chunk })));
    const single = remaining.length <= 1 || perTransaction >= total;
    let written = 0;
    let statements = 0;
    let transactions = 0;
    options.onProgress?.(0, total);
    while (remaining.length > 0) {
      const [transaction, rest] = takeRows(remaining, perTransaction);
      const committed = written;
      try {
        await this.writeTransaction(single ? 'dataset.import' : `dataset.import#${transactions + 1}`, transaction, adaptive, (count) => {
          written += count;
          options.onProgress?.(written, total);
        }, () => {
          written = committed;
        });
      } catch (error) {
        const size = rowsIn(transaction);
        if (!adaptive || !exceedsTransactionMemory(error) || size <= 1) throw error;
        written = committed;
        perTransaction = Math.ceil(size / 2);
        options.onTransactionMemoryExceeded?.(size, perTransaction);
        continue;
      }
      remaining = rest;
      statements += transaction.length;
      transactions += 1;
    }
    return { rows: written, statements, transactions };
  }

  /**
   * One transaction of chunks, pipelined; `onWritten` after each chunk, `onRestart` when the driver
   * retries it from its start. `splittable`: running out of transaction memory ends the transaction
   * at once, not retried by the driver as a transient error (the same rows would run out again).
   */
  private async writeTransaction(name: string, transaction: readonly Chunk[], splittable: boolean, onWritten: (rows: number) => void, onRestart: () => void): Promise<void> {
    await this.executor.writeWork(name, async (tx) => {
      try {
        await writeChunks(tx, transaction, onRestart, onWritten);
      } catch (error) {
        if (splittable && serverCodeOf(error) === OUT_OF_TRANSACTION_MEMORY) throw new TransactionMemoryExceeded();
        throw error;
      }
    });
  }

  /**
   * `auto`: every row in one transaction when they fit the server's transaction memory, else equal
   * parts that each do (so 1.1 times the limit gives two halves, not a full part and a sliver).
   */
  async rowsPerTransactionFor(rows: number): Promise<number> {
    const limit = await this.transactionMemoryLimit();
    if (limit === undefined) return rows <= FALLBACK_ROWS_PER_TRANSACTION ? Number.POSITIVE_INFINITY : FALLBACK_ROWS_PER_TRANSACTION;
    const fits = Math.max(1, Math.floor(limit / TRANSACTION_BYTES_PER_ROW));
    if (rows <= fits) return Number.POSITIVE_INFINITY;
    return Math.ceil(rows / Math.ceil(rows / fits));
  }

  /** Bytes one transaction may hold: Infinity when the server sets no limit, undefined when it does not say. */
  private async transactionMemoryLimit(): Promise<number | undefined> {
    let rows: unknown[];
    try {
      rows = await this.executor.query(TRANSACTION_MEMORY_LIMIT);
    } catch {
      return undefined;
    }
    const settings = decodeRows(TRANSACTION_MEMORY_LIMIT, settingRow, rows);
    const value = (name: string) => parseBytes(settings.find((row) => row.name === name)?.value);
    const perTransaction = value('db.memory.transaction.max');
    const total = value('dbms.memory.transaction.total.max');
    if (perTransaction === undefined && total === undefined) return undefined;
    // 0 is "no limit"; the per-transaction limit is also bounded by the total.
    const limits = [perTransaction, total].filter((limit): limit is number => limit !== undefined && limit > 0);
    return limits.length > 0 ? Math.min(...limits) : Number.POSITIVE_INFINITY;
  }

  /** Every township's id and names (or those of `ids`), for matching the township a spreadsheet list names. */
  async findTownships(ids?: readonly string[]): Promise<{ id: string; name: string; nameEn: string | null }[]> {
    const rows = decodeRows(EXPORT_STATEMENTS.townships, exportRow, await this.executor.query(EXPORT_STATEMENTS.townships, { ids: ids ?? null }));
    return rows.map(({ record }) => ({ id: String(record.id), name: String(record.name), nameEn: typeof record.nameEn === 'string' ? record.nameEn : null }));
  }

  /**
   * The records of the graph (only the `lists` asked for; the others empty), or of one township's members; undefined when that township is not in
   * the graph. One read transaction, so the export is a consistent snapshot.
   */
  async exportRecords(township?: string, lists: readonly RecordListName[] = Object.keys(EXPORT_STATEMENTS) as RecordListName[]): Promise<GraphRecords | undefined> {
    return this.executor.readWork('dataset.export', async (tx) => {
      let members: Record<string, string[]> | undefined;
      if (township !== undefined) {
        const found = decodeRows(FIND_TOWNSHIP_MEMBERS, townshipMembersRow(Object.keys(EXPORT_STATEMENTS)), await tx.run(FIND_TOWNSHIP_MEMBERS, { township }));
        if (found.length === 0) return undefined;
        members = found[0];
      }
      const records = {} as GraphRecords;
      for (const [list, statement] of Object.entries(EXPORT_STATEMENTS) as [RecordListName, string][]) {
        records[list] = [];
        if (!lists.includes(list)) continue;
        const ids = members ? members[list] : null;
        records[list] = decodeRows(statement, exportRow, await tx.run(statement, { ids })).map((row) => row.record);
      }
      return records;
    });
  }

  /**
   * The offices, posts and duties of each township (as `exportRecords(township, lists)` gives
   * them), for many townships in one read transaction: one statement finds the members of all of
   * them, and each list's export statement runs once over all their members, not once a township.
   * Townships not in the graph are absent from the map.
   */
  async exportListRecords(townships: readonly string[]): Promise<Map<string, GraphRecords>> {
    const lists: readonly RecordListName[] = ['offices', 'posts', 'duties'];
    return this.executor.readWork('dataset.export-list-records', async (tx) => {
      const members = new Map<string, Partial<Record<RecordListName, string[]>>>();
      const found = decodeRows(FIND_LIST_MEMBERS, listMembersRow, await tx.run(FIND_LIST_MEMBERS, { townships: [...new Set(townships)] }));
      for (const { township, ...ids } of found) members.set(township, ids);
      const byTownship = new Map<string, GraphRecords>();
      for (const township of members.keys()) byTownship.set(township, emptyRecords());
      for (const [list, statement] of Object.entries(EXPORT_STATEMENTS) as [RecordListName, string][]) {
        if (!lists.includes(list) || members.size === 0) continue;
        const owners = new Map<string, string[]>();
        for (const [township, row] of members) for (const id of row[list] ?? []) owners.set(id, [...(owners.get(id) ?? []), township]);
        for (const { record } of decodeRows(statement, exportRow, await tx.run(statement, { ids: [...owners.keys()] }))) {
          for (const township of owners.get(String(record.id)) ?? []) byTownship.get(township)![list].push(record);
        }
      }
      return byTownship;
    });
  }
}

export interface Chunk {
  statement: string;
  rows: readonly object[];
}

/**
 * The first transaction of the chunks still to write, in write order: whole chunks up to
 * `rowsPerTransaction` rows, or part of the first chunk when it alone is larger; and the rest.
 */
export function takeRows(chunks: readonly Chunk[], rowsPerTransaction: number): [Chunk[], Chunk[]] {
  const first = chunks[0];
  if (first && first.rows.length > rowsPerTransaction) {
    const limit = Math.max(1, Math.floor(rowsPerTransaction));
    return [[{ statement: first.statement, rows: first.rows.slice(0, limit) }], [{ statement: first.statement, rows: first.rows.slice(limit) }, ...chunks.slice(1)]];
  }
  let rows = 0;
  let taken = 0;
  while (taken < chunks.length && (taken === 0 || rows + chunks[taken]!.rows.length <= rowsPerTransaction)) {
    rows += chunks[taken]!.rows.length;
    taken += 1;
  }
  return [chunks.slice(0, taken), chunks.slice(taken)];
}

const rowsIn = (chunks: readonly Chunk[]) => chunks.reduce((sum, chunk) => sum + chunk.rows.length, 0);

/** Neo4j's code for a transaction that needs more memory than the server allows one (or all) transactions. */
const OUT_OF_TRANSACTION_MEMORY = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';

/** A transaction of an import in parts ran out of the server's transaction memory (and was rolled back). */
class TransactionMemoryExceeded extends Error {
  constructor() {
    super('the transaction needs more memory than the server allows');
  }
}

const serverCodeOf = (error: unknown) => (typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined);

/** The chunks of one transaction, pipelined: the next is encoded and sent while the server still runs this one. */
async function writeChunks(tx: Statements, transaction: readonly Chunk[], onStart: () => void, onWritten: (rows: number) => void): Promise<void> {
  // A managed transaction may be retried from its start, so its count starts again too.
  onStart();
  // The server runs them in order, so neither side waits for the other. At most two in flight.
  let inFlight: { done: Promise<unknown>; rows: number } | undefined;
  const settle = async ({ done, rows }: { done: Promise<unknown>; rows: number }) => {
    await done;
    onWritten(rows);
  };
  for (const chunk of transaction) {
    const done = tx.run(chunk.statement, { rows: chunk.rows });
    // A failure is raised by the await below (or the one after the loop), in order.
    done.catch(() => undefined);
    if (inFlight) await settle(inFlight);
    inFlight = { done, rows: chunk.rows.length };
  }
  if (inFlight) await settle(inFlight);
}

/** The server refused the transaction because it needs more memory than it allows one transaction (or all of them). */
function exceedsTransactionMemory(error: unknown): boolean {
  return error instanceof TransactionMemoryExceeded || (error instanceof DatabaseUnavailableError && error.serverCode === OUT_OF_TRANSACTION_MEMORY);
}

const BYTE_UNITS: Readonly<Record<string, number>> = { B: 1, KIB: 1024, MIB: 1024 ** 2, GIB: 1024 ** 3, TIB: 1024 ** 4, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 };

/** A Neo4j memory setting ('768.00MiB', '2g', '0B') in bytes; undefined when unreadable. */
export function parseBytes(value: unknown): number | undefined {
  const match = /^\s*([\d.]+)\s*([a-z]*)\s*$/i.exec(String(value ?? ''));
  const unit = BYTE_UNITS[(match?.[2] || 'B').toUpperCase()];
  if (!match || unit === undefined || Number.isNaN(Number(match[1]))) return undefined;
  return Number(match[1]) * unit;
}

/** Every record list, empty. */
function emptyRecords(): GraphRecords {
  const records = {} as GraphRecords;
  for (const list of Object.keys(EXPORT_STATEMENTS) as RecordListName[]) records[list] = [];
  return records;
}

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
