import type { Driver, ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import { CypherCatalog } from './cypher-catalog';
import { meansUnavailable, translateDriverError } from './driver-errors';
import type { DatabaseCircuit } from './database-circuit';
import { DatabaseUnavailableError } from '../errors';
import { toPlain } from './values';
import type { RequestCausality } from './read-your-writes';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Notified of each statement sent, so tests and logs can count round trips per request. */
export interface StatementObserver {
  onStatement(name: string): void;
}

/** The statements of one transaction: each runs a named statement of the Cypher catalog. */
export interface Statements {
  run(name: string, params?: Params): Promise<Row[]>;
}

/**
 * What repositories depend on: runs named statements of the Cypher catalog, each unit of work in
 * one transaction, rows back as plain JS. `Neo4jExecutor` is the one over the driver; tests implement
 * it with a plain object.
 */
export interface StatementRunner {
  /** One named read statement, one round trip. */
  query(name: string, params?: Params): Promise<Row[]>;
  /** Several named statements in one read transaction. */
  readWork<T>(unit: string, work: (tx: Statements) => Promise<T>): Promise<T>;
  /** Several named statements in one write transaction: all of them commit, or none; the graph's revision advances with them. */
  writeWork<T>(unit: string, work: (tx: Statements) => Promise<T>, options?: WriteOptions): Promise<T>;
}

export interface WriteOptions {
  /**
   * Default true: the transaction also advances the graph's revision (system/advance-graph-revision),
   * so answers cached at an older revision are never served again. False only for a schema change,
   * which Neo4j does not let share a transaction with a write.
   */
  advancesRevision?: boolean;
}

const ADVANCE_REVISION = 'system/advance-graph-revision';

/**
 * Runs every unit of work inside one transaction that is already open (a mutation's), so the
 * services it is given to read what that transaction has written so far (a dry run's changes and audit).
 */
export class OpenTransactionRunner implements StatementRunner {
  constructor(private readonly tx: Statements) {}

  query(name: string, params: Params = {}): Promise<Row[]> {
    return this.tx.run(name, params);
  }

  readWork<T>(_unit: string, work: (tx: Statements) => Promise<T>): Promise<T> {
    return work(this.tx);
  }

  writeWork<T>(_unit: string, work: (tx: Statements) => Promise<T>): Promise<T> {
    return work(this.tx);
  }
}

/** Runs named statements inside a transaction; rows come back as plain JS. */
export class TransactionRunner implements Statements {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly catalog: CypherCatalog,
    private readonly observer?: StatementObserver,
  ) {}

  async run(name: string, params: Params = {}): Promise<Row[]> {
    this.observer?.onStatement(name);
    const result = await this.tx.run(this.catalog.get(name), params);
    return result.records.map(recordToRow);
  }

  /** A catalog statement the request's statement count leaves out: bookkeeping of every write, not part of the question. */
  async runUnobserved(name: string, params: Params = {}): Promise<Row[]> {
    const result = await this.tx.run(this.catalog.get(name), params);
    return result.records.map(recordToRow);
  }

  /** For statements that are not in the catalog by design (migrations). */
  async runText(label: string, text: string, params: Params = {}): Promise<Row[]> {
    this.observer?.onStatement(label);
    const result = await this.tx.run(text, params);
    return result.records.map(recordToRow);
  }
}

/** How one unit of work went, for an operator's metrics. */
export interface UnitOfWorkObservation {
  mode: 'READ' | 'WRITE';
  unit: string;
  /** From asking for a session to the transaction's work starting: waiting for a pooled connection, and BEGIN. Unset when the work never started. */
  waitedSeconds?: number;
  /** From asking for a session to the answer or the failure, the driver's retries included. */
  seconds: number;
  /**
   * `ok`; `refused` before it started (the circuit open, too many in flight, no time left); `unavailable`
   * (DATABASE_UNAVAILABLE on the way: down, deadline); or `error` (the statement failed: bad data, a constraint).
   */
  outcome: 'ok' | 'refused' | 'unavailable' | 'error';
}

/** Told of every unit of work's end (the service's metrics). */
export interface UnitOfWorkMonitor {
  unitOfWorkEnded(observation: UnitOfWorkObservation): void;
}

export interface ExecutorOptions {
  database: string;
  transactionTimeoutMs: number;
  /** Each request's units of work together end within this long (see `forRequest`); unset: no deadline. */
  requestDeadlineMs?: number;
  /** Admits units of work (fails fast while the database is known down, sheds load); unset: always admitted. */
  circuit?: DatabaseCircuit;
  /** Told how each unit of work went; unset: nobody is. */
  monitor?: UnitOfWorkMonitor;
}

/**
 * The one place that opens sessions: one session per unit of work, a managed transaction
 * (retried by the driver on transient errors, so units of work must be safe to repeat),
 * a timeout and metadata on every transaction, the session closed in `finally`,
 * and driver errors translated into client errors.
 *
 * A request's executor carries its deadline: every unit of work of the request — waiting for a
 * connection, the driver's retries and the transaction — ends by then, answered or failed with
 * `DATABASE_UNAVAILABLE` (reason `DEADLINE`); the server-side transaction timeout is cut to what
 * is left, so the database gives up on it too.
 */
export class Neo4jExecutor implements StatementRunner {
  constructor(
    private readonly driver: Driver,
    readonly catalog: CypherCatalog,
    private readonly options: ExecutorOptions,
    private readonly observer?: StatementObserver,
    private readonly metadata: Record<string, string> = {},
    /** Epoch ms by which this executor's units of work must end; undefined: no deadline. */
    private readonly deadlineAt?: number,
    /** The request's bookmarks (read-your-writes across replicas); undefined: the driver's own. */
    private readonly causality?: RequestCausality,
  ) {}

  /**
   * The same executor, tagged with a request id, observed by a per-request counter, bound by the
   * request deadline from now, and (given the request's causality) beginning every transaction after
   * the bookmarks the caller has seen.
   */
  forRequest(requestId: string, observer?: StatementObserver, causality?: RequestCausality): Neo4jExecutor {
    const deadlineAt = this.options.requestDeadlineMs === undefined ? undefined : Date.now() + this.options.requestDeadlineMs;
    return new Neo4jExecutor(this.driver, this.catalog, this.options, observer, { ...this.metadata, requestId }, deadlineAt, causality);
  }

  /** For serving requests: units admitted by the circuit, each request bound by `requestDeadlineMs` (see `forRequest`). */
  forServing(circuit: DatabaseCircuit, requestDeadlineMs: number): Neo4jExecutor {
    return new Neo4jExecutor(this.driver, this.catalog, { ...this.options, circuit, requestDeadlineMs }, this.observer, this.metadata);
  }

  /**
   * For start-up work (migrations, the sample import): its own transaction timeout instead of the
   * per-request one, no request deadline, and not held back by the circuit.
   */
  forStartup(transactionTimeoutMs: number): Neo4jExecutor {
    return new Neo4jExecutor(this.driver, this.catalog, { database: this.options.database, transactionTimeoutMs }, this.observer, { ...this.metadata, unit: 'startup' });
  }

  /** The same executor, telling `monitor` how each unit of work went. */
  withMonitor(monitor: UnitOfWorkMonitor): Neo4jExecutor {
    return new Neo4jExecutor(this.driver, this.catalog, { ...this.options, monitor }, this.observer, this.metadata, this.deadlineAt, this.causality);
  }

  /** The circuit that admits this executor's units of work, when serving. */
  get circuit(): DatabaseCircuit | undefined {
    return this.options.circuit;
  }

  /** The same executor with another transaction timeout (start-up work that may take longer than a request). */
  withTimeout(transactionTimeoutMs: number): Neo4jExecutor {
    return new Neo4jExecutor(this.driver, this.catalog, { ...this.options, transactionTimeoutMs }, this.observer, this.metadata);
  }

  /** One named read statement, one round trip. */
  query(name: string, params: Params = {}): Promise<Row[]> {
    return this.readWork(name, (tx) => tx.run(name, params));
  }

  readWork<T>(unit: string, work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    return this.execute('READ', unit, work);
  }

  writeWork<T>(unit: string, work: (tx: TransactionRunner) => Promise<T>, options: WriteOptions = {}): Promise<T> {
    if (options.advancesRevision === false) return this.execute('WRITE', unit, work);
    return this.execute('WRITE', unit, async (tx) => {
      const result = await work(tx);
      await tx.runUnobserved(ADVANCE_REVISION);
      return result;
    });
  }

  private async execute<T>(mode: 'READ' | 'WRITE', unit: string, work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    const startedAt = performance.now();
    let workStartedAt: number | undefined;
    const observe = (outcome: UnitOfWorkObservation['outcome']) =>
      this.options.monitor?.unitOfWorkEnded({
        mode,
        unit,
        seconds: (performance.now() - startedAt) / 1000,
        outcome,
        ...(workStartedAt === undefined ? {} : { waitedSeconds: (workStartedAt - startedAt) / 1000 }),
      });
    const remainingMs = this.deadlineAt === undefined ? Infinity : this.deadlineAt - Date.now();
    if (remainingMs <= 0) {
      observe('refused');
      throw new DatabaseUnavailableError('DEADLINE');
    }
    let ticket: ReturnType<DatabaseCircuit['admit']> | undefined;
    try {
      ticket = this.options.circuit?.admit();
    } catch (error) {
      observe('refused');
      throw error;
    }
    const timeoutMs = Math.max(1, Math.floor(Math.min(this.options.transactionTimeoutMs, remainingMs)));
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode,
      ...(this.causality ? { bookmarkManager: this.causality.manager } : {}),
    });
    const config = { timeout: timeoutMs, metadata: { ...this.metadata, unit } };
    // Errors the unit's own statements raised, as opposed to the driver's around them (connection, begin, commit).
    const fromStatements = new WeakSet<object>();
    const runWork = async (tx: ManagedTransaction) => {
      workStartedAt ??= performance.now();
      try {
        return await work(new TransactionRunner(tx, this.catalog, this.observer));
      } catch (error) {
        if (typeof error === 'object' && error !== null) fromStatements.add(error);
        throw error;
      }
    };
    let settled = false;
    const running = (mode === 'READ' ? session.executeRead(runWork, config) : session.executeWrite(runWork, config)).finally(() => {
      settled = true;
    });
    let deadlineTimer: NodeJS.Timeout | undefined;
    const racers: Promise<T>[] = [running];
    if (ticket) racers.push(ticket.aborted);
    if (remainingMs !== Infinity) {
      racers.push(new Promise<never>((_resolve, reject) => {
        deadlineTimer = setTimeout(() => reject(new DatabaseUnavailableError('DEADLINE')), remainingMs);
      }));
    }
    try {
      const result = await Promise.race(racers);
      ticket?.answered();
      if (mode === 'WRITE') this.causality?.markWritten();
      observe('ok');
      return result;
    } catch (error) {
      const phase = typeof error === 'object' && error !== null && fromStatements.has(error) ? 'STATEMENT' : 'CONNECTION';
      const translated = translateDriverError(error, timeoutMs, phase);
      if (meansUnavailable(translated)) ticket?.unavailable();
      else ticket?.answered();
      observe(translated instanceof DatabaseUnavailableError ? 'unavailable' : 'error');
      throw translated;
    } finally {
      clearTimeout(deadlineTimer);
      if (settled) {
        await session.close();
      } else {
        // Given up on (deadline, circuit open): the session closes once the driver lets go of it.
        void running.catch(() => undefined).finally(() => session.close().catch(() => undefined));
      }
    }
  }
}

function recordToRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}
