import { OpenTransactionRunner, Params, Row, StatementRunner, Statements } from '../db/executor';
import { BadUserInputError, InputProblem } from '../errors';
import { isNodeLabel } from '../dataset/labels';
import type { DatasetRows } from '../dataset/to-rows';
import { WRITE_STATEMENTS } from '../domain/model';
import { decodeOnlyRow, decodeRows } from '../db/row-decoder';
import type { IdempotencyScope } from '../idempotency';
import type { AuditRecord } from '../domain/audit-record';
import type { PageRequest, Position } from '../domain/page';
import { pageParameter } from './page';
import { DATED_EDGE_TYPES, DatedEdgeType, EdgeFacts, NodeFacts } from '../domain/mutation-facts';
import { exportRow } from './rows/dataset.rows';
import { meaningKeyRow } from './rows/duty-meaning.rows';
import {
  changeLogRow,
  closedCountRow,
  createdCountRow,
  creationChangeRow,
  cutCountRow,
  deletedNodeRow,
  foundEdgesRow,
  foundNodeRow,
  idempotencyKeyRow,
  lockedCountRow,
  recordedChangeRow,
  storedKeyRow,
  updatedCountRow,
} from './rows/mutation.rows';

export interface AuditTrailRows {
  totalCount: number;
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  items: AuditRecord[];
  positions: Position[];
}

export interface DeletedNode {
  props: Record<string, unknown>;
  edges: Record<string, unknown>[];
}

/** The write side of one mutation: every method runs inside the mutation's single transaction. */
export interface MutationTx {
  findNodes(ids: readonly string[]): Promise<Map<string, NodeFacts>>;
  findEdges(ids: readonly string[], types: readonly DatedEdgeType[]): Promise<Map<string, EdgeFacts[]>>;
  lock(ids: readonly string[]): Promise<void>;
  closeEdges(rows: { edge: string; to: string }[]): Promise<void>;
  createHolds(rows: { person: string; post: string; from: string; to: string | null; acting: boolean; townConsulted: boolean | null; recordedAt: string }[]): Promise<void>;
  setTownConsulted(person: string, post: string, from: string, townConsulted: boolean): Promise<number>;
  createResponsibilities(rows: { owner: string; duty: string; role: string; from: string; to: string | null; overrideReason: string | null; recordedAt: string }[]): Promise<void>;
  closeOffices(rows: { id: string; on: string; mergedInto: string[] }[]): Promise<void>;
  closePosts(rows: { id: string; on: string }[]): Promise<void>;
  /** The importer's own statements (MERGE on natural keys), for the kinds of rows given. */
  writeDatasetRows(rows: Partial<DatasetRows>): Promise<void>;
  /** The meaning keys among `keys` whose vector the graph already holds. */
  findMeaningKeys(keys: readonly string[]): Promise<Set<string>>;
  /** The export statement of a record list, for the ids given: records in the dataset format. */
  exportRecords(statement: string, ids: readonly string[]): Promise<Record<string, unknown>[]>;
  deleteNode(id: string): Promise<DeletedNode | null>;
  /** Appends one record to the audit trail (a `:Change` node). */
  appendAuditRecord(record: AuditRecord): Promise<void>;
  /** The audit record of the `mutation` that created `id` (the newest), if any. */
  findCreationRecord(mutation: string, id: string): Promise<AuditRecord | null>;
  /** Marks the request's answer as repeating an earlier write (`extensions.idempotency.replayed`). */
  markReplayed(): void;
  /** A statement runner bound to this transaction, for services that read what it has written (dry runs). */
  readView(): StatementRunner;
}

const Q = {
  findNodes: 'mutations/find-nodes',
  findEdges: 'mutations/find-edges',
  lock: 'mutations/lock-nodes',
  closeEdges: 'mutations/close-edges',
  createHolds: 'mutations/create-holds',
  setTownConsulted: 'mutations/set-town-consulted',
  createResponsibilities: 'mutations/create-responsibilities',
  closeOffices: 'mutations/close-offices',
  closePosts: 'mutations/close-posts',
  deleteNode: 'mutations/delete-node',
  recordChange: 'mutations/record-change',
  changeLog: 'mutations/list-change-log',
  findCreationChange: 'mutations/find-creation-change',
  claimIdempotencyKey: 'mutations/claim-idempotency-key',
  storeIdempotencyKey: 'mutations/store-idempotency-key',
  findMeaningKeys: 'search/find-duty-meanings',
} as const;

/** Thrown inside a transaction to roll it back on purpose (a dry run) and carry its result out. */
class Rollback<T> extends Error {
  constructor(readonly value: T) {
    super('rolled back on purpose');
  }
}

/** Runs the named Cypher files of cypher/queries/mutations, each mutation in one managed write transaction. */
export class MutationRepository {
  static readonly queries = Object.values(Q);

  /**
   * `inputProblems`: format problems of the request's arguments, found before the work ran; while there are any, nothing commits.
   * `idempotency`: the request's Idempotency-Key and replay marker; none for writes outside a request.
   */
  constructor(
    private readonly executor: StatementRunner,
    private readonly inputProblems: readonly InputProblem[] = [],
    private readonly idempotency?: IdempotencyScope,
  ) {}

  /**
   * One write transaction: all of it commits, or (on any error, including a rule the work finds broken) none of it.
   * Arguments with format problems never commit: the work still runs, so its rules report their problems too,
   * and is then rolled back with a BadUserInputError (the resolver's middleware joins the problems).
   * Under an Idempotency-Key the key is claimed first and stored with the result in the same transaction,
   * so a request sent again gets the stored result (a replay) and the work does not run twice.
   */
  write<T>(unit: string, work: (tx: MutationTx) => Promise<T>): Promise<T> {
    const slot = this.idempotency?.nextWrite();
    return this.executor.writeWork(`mutation.${unit}`, async (tx) => {
      if (slot && this.idempotency) {
        const stored = decodeOnlyRow(Q.claimIdempotencyKey, idempotencyKeyRow, await tx.run(Q.claimIdempotencyKey, { key: slot.key }));
        const earlier = this.idempotency.resolve<T>(slot, stored);
        if (earlier) return earlier.replay;
      }
      const result = await work(new Neo4jMutationTx(tx, this.idempotency));
      if (this.inputProblems.length > 0) throw new BadUserInputError([...this.inputProblems]);
      if (slot) {
        const stored = await tx.run(Q.storeIdempotencyKey, { key: slot.key, hash: slot.hash, result: JSON.stringify(result), mutation: unit, at: new Date().toISOString() });
        decodeOnlyRow(Q.storeIdempotencyKey, storedKeyRow, stored);
      }
      return result;
    });
  }

  /** The same work, always rolled back: what it would have done, without doing it. */
  async dryRun<T>(unit: string, work: (tx: MutationTx) => Promise<T>): Promise<T> {
    try {
      await this.executor.writeWork(`mutation.${unit}.dry-run`, async (tx) => {
        const result = await work(new Neo4jMutationTx(tx));
        if (this.inputProblems.length > 0) throw new BadUserInputError([...this.inputProblems]);
        throw new Rollback(result);
      });
    } catch (error) {
      if (error instanceof Rollback) return error.value as T;
      throw error;
    }
    throw new Error('unreachable: a dry run always rolls back');
  }

  /** One page of the audit trail, newest first. */
  async auditTrail(filter: { since: string | null; entity: string | null; actor: string | null }, page: PageRequest): Promise<AuditTrailRows> {
    return decodeOnlyRow(Q.changeLog, changeLogRow, await this.executor.query(Q.changeLog, { ...filter, page: pageParameter(page) }));
  }
}

/** What the change-log statement answers beside its items. */
class Neo4jMutationTx implements MutationTx {
  constructor(
    private readonly tx: Statements,
    private readonly idempotency?: IdempotencyScope,
  ) {}

  private run(name: string, params: Params): Promise<Row[]> {
    return this.tx.run(name, params);
  }

  async findNodes(ids: readonly string[]): Promise<Map<string, NodeFacts>> {
    const unique = [...new Set(ids)];
    const found = new Map<string, NodeFacts>();
    if (unique.length === 0) return found;
    for (const { label, ...row } of decodeRows(Q.findNodes, foundNodeRow, await this.run(Q.findNodes, { ids: unique }))) {
      if (label !== null && isNodeLabel(label)) found.set(row.id, { ...row, label });
    }
    return found;
  }

  async findEdges(ids: readonly string[], types: readonly DatedEdgeType[]): Promise<Map<string, EdgeFacts[]>> {
    const unique = [...new Set(ids)];
    const found = new Map<string, EdgeFacts[]>();
    if (unique.length === 0) return found;
    const rows = await this.run(Q.findEdges, { ids: unique, types: types.filter((type) => (DATED_EDGE_TYPES as readonly string[]).includes(type)) });
    for (const row of decodeRows(Q.findEdges, foundEdgesRow, rows)) found.set(row.id, row.edges);
    return found;
  }

  async lock(ids: readonly string[]): Promise<void> {
    if (ids.length > 0) decodeOnlyRow(Q.lock, lockedCountRow, await this.run(Q.lock, { ids: [...new Set(ids)] }));
  }

  async closeEdges(rows: { edge: string; to: string }[]): Promise<void> {
    if (rows.length > 0) decodeOnlyRow(Q.closeEdges, closedCountRow, await this.run(Q.closeEdges, { rows }));
  }

  async createHolds(rows: Parameters<MutationTx['createHolds']>[0]): Promise<void> {
    if (rows.length > 0) decodeOnlyRow(Q.createHolds, createdCountRow, await this.run(Q.createHolds, { rows }));
  }

  async setTownConsulted(person: string, post: string, from: string, townConsulted: boolean): Promise<number> {
    return decodeOnlyRow(Q.setTownConsulted, updatedCountRow, await this.run(Q.setTownConsulted, { person, post, from, townConsulted })).updated;
  }

  async createResponsibilities(rows: Parameters<MutationTx['createResponsibilities']>[0]): Promise<void> {
    if (rows.length > 0) decodeOnlyRow(Q.createResponsibilities, createdCountRow, await this.run(Q.createResponsibilities, { rows }));
  }

  async closeOffices(rows: { id: string; on: string; mergedInto: string[] }[]): Promise<void> {
    if (rows.length > 0) decodeOnlyRow(Q.closeOffices, closedCountRow, await this.run(Q.closeOffices, { rows }));
  }

  async closePosts(rows: { id: string; on: string }[]): Promise<void> {
    if (rows.length > 0) decodeOnlyRow(Q.closePosts, cutCountRow, await this.run(Q.closePosts, { rows }));
  }

  async writeDatasetRows(rows: Partial<DatasetRows>): Promise<void> {
    for (const [kind, statement] of WRITE_STATEMENTS) {
      const kindRows = rows[kind];
      if (kindRows && kindRows.length > 0) await this.run(statement, { rows: kindRows });
    }
  }

  async findMeaningKeys(keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    return new Set(decodeRows(Q.findMeaningKeys, meaningKeyRow, await this.run(Q.findMeaningKeys, { keys })).map((row) => row.key));
  }

  async exportRecords(statement: string, ids: readonly string[]): Promise<Record<string, unknown>[]> {
    return decodeRows(statement, exportRow, await this.run(statement, { ids: [...ids] })).map((row) => row.record);
  }

  async deleteNode(id: string): Promise<DeletedNode | null> {
    const [row] = decodeRows(Q.deleteNode, deletedNodeRow, await this.run(Q.deleteNode, { id }));
    return row ?? null;
  }

  async appendAuditRecord(record: AuditRecord): Promise<void> {
    decodeOnlyRow(Q.recordChange, recordedChangeRow, await this.run(Q.recordChange, { ...record }));
  }

  async findCreationRecord(mutation: string, id: string): Promise<AuditRecord | null> {
    const [row] = decodeRows(Q.findCreationChange, creationChangeRow, await this.run(Q.findCreationChange, { mutation, id }));
    return row?.change ?? null;
  }

  markReplayed(): void {
    this.idempotency?.markReplayed();
  }

  readView(): StatementRunner {
    return new OpenTransactionRunner(this.tx);
  }

}
