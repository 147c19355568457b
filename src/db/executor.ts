import type { Driver, ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import { CypherCatalog } from './cypher-catalog';
import { translateDriverError } from './driver-errors';
import { toPlain } from './values';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Notified of each statement sent, so tests and logs can count round trips per request. */
export interface StatementObserver {
  onStatement(name: string): void;
}

/** Runs named statements inside a transaction; rows come back as plain JS. */
export class TransactionRunner {
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

  /** For statements that are not in the catalog by design (migrations). */
  async runText(label: string, text: string, params: Params = {}): Promise<Row[]> {
    this.observer?.onStatement(label);
    const result = await this.tx.run(text, params);
    return result.records.map(recordToRow);
  }
}

export interface ExecutorOptions {
  database: string;
  transactionTimeoutMs: number;
}

/**
 * The one place that opens sessions: one session per unit of work, a managed transaction
 * (retried by the driver on transient errors, so units of work must be safe to repeat),
 * a timeout and metadata on every transaction, the session closed in `finally`,
 * and driver errors translated into client errors.
 */
export class Neo4jExecutor {
  constructor(
    private readonly driver: Driver,
    readonly catalog: CypherCatalog,
    private readonly options: ExecutorOptions,
    private readonly observer?: StatementObserver,
    private readonly metadata: Record<string, string> = {},
  ) {}

  /** The same executor, tagged with a request id and observed by a per-request counter. */
  forRequest(requestId: string, observer?: StatementObserver): Neo4jExecutor {
    return new Neo4jExecutor(this.driver, this.catalog, this.options, observer, { ...this.metadata, requestId });
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

  writeWork<T>(unit: string, work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    return this.execute('WRITE', unit, work);
  }

  private async execute<T>(mode: 'READ' | 'WRITE', unit: string, work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode });
    const config = { timeout: this.options.transactionTimeoutMs, metadata: { ...this.metadata, unit } };
    try {
      const runWork = (tx: ManagedTransaction) => work(new TransactionRunner(tx, this.catalog, this.observer));
      return mode === 'READ' ? await session.executeRead(runWork, config) : await session.executeWrite(runWork, config);
    } catch (error) {
      throw translateDriverError(error, this.options.transactionTimeoutMs);
    } finally {
      await session.close();
    }
  }
}

function recordToRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}
