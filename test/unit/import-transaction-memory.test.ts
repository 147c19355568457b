import type { Params, Row, StatementRunner, Statements } from '../../src/db/executor';
import { DatabaseUnavailableError } from '../../src/errors';
import { DatasetRepository, takeRows, TRANSACTION_BYTES_PER_ROW, WRITE_STATEMENTS } from '../../src/repositories/dataset.repository';
import type { DatasetRows } from '../../src/dataset/to-rows';

const OUT_OF_TRANSACTION_MEMORY = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';

/**
 * A server whose transaction memory holds `fits` rows: a transaction writing more is rolled back
 * with MemoryPoolOutOfMemoryError, as Neo4j refuses it — by the statement that runs out
 * (`refusedBy: 'statement'`), or at commit — and the executor translates the server's error as
 * translateDriverError does. What committed is kept, in order.
 */
class ServerWithTransactionMemory implements StatementRunner {
  readonly committed: { statement: string; row: unknown }[] = [];
  refusedTransactions = 0;
  failedWithServerError = 0;

  constructor(
    private readonly fits: number,
    private readonly refusedBy: 'statement' | 'commit' = 'statement',
  ) {}

  async query(name: string): Promise<Row[]> {
    // By the estimate per row, 200 rows fit.
    if (name === 'dataset/transaction-memory-limit') return [{ name: 'db.memory.transaction.max', value: `${200 * TRANSACTION_BYTES_PER_ROW}B` }];
    return [];
  }

  async readWork<T>(_unit: string, work: (tx: Statements) => Promise<T>): Promise<T> {
    return work({ run: async () => [] });
  }

  async writeWork<T>(_unit: string, work: (tx: Statements) => Promise<T>): Promise<T> {
    const pending: { statement: string; row: unknown }[] = [];
    const outOfMemory = () => Object.assign(new Error('out of transaction memory'), { code: OUT_OF_TRANSACTION_MEMORY });
    try {
      const result = await work({
        run: async (statement: string, params?: Params) => {
          pending.push(...(params?.rows as unknown[]).map((row) => ({ statement, row })));
          if (this.refusedBy === 'statement' && pending.length > this.fits) throw outOfMemory();
          return [];
        },
      });
      if (pending.length > this.fits) throw outOfMemory();
      this.committed.push(...pending);
      return result;
    } catch (error) {
      if (pending.length > this.fits) this.refusedTransactions += 1;
      const code = (error as { code?: string }).code;
      // The driver retries a unit of work that fails with a transient server error (the same rows again).
      if (code) this.failedWithServerError += 1;
      throw code ? new DatabaseUnavailableError('UNREACHABLE', code) : error;
    }
  }
}

/** `count` rows of the first two write kinds (nodes first, as the model writes them). */
function rowsOf(count: number): DatasetRows {
  const rows = Object.fromEntries(WRITE_STATEMENTS.map(([kind]) => [kind, []])) as unknown as DatasetRows;
  const [first, second] = WRITE_STATEMENTS;
  (rows as unknown as Record<string, unknown[]>)[first![0]] = Array.from({ length: count - Math.floor(count / 3) }, (_, index) => ({ id: `a${index}` }));
  (rows as unknown as Record<string, unknown[]>)[second![0]] = Array.from({ length: Math.floor(count / 3) }, (_, index) => ({ id: `b${index}` }));
  return rows;
}

describe('an import in parts (--rows-per-transaction auto) when a transaction needs more memory than estimated', () => {
  it('rolls the transaction back and writes the rest in halves, every row once and in order', async () => {
    // The server says 200 rows fit (by the estimate per row), but only 70 really do.
    const server = new ServerWithTransactionMemory(70);
    const splits: [number, number][] = [];
    const rows = rowsOf(600);
    const report = await new DatasetRepository(server, 50).writeRows(rows, { rowsPerTransaction: 'auto', onTransactionMemoryExceeded: (size, now) => splits.push([size, now]) });

    expect(splits).toEqual([
      [200, 100],
      [100, 50],
    ]);
    expect(server.refusedTransactions).toBe(2);
    // The statement's refusal ends the unit of work as no server error, which the driver would retry with the same rows.
    expect(server.failedWithServerError).toBe(0);
    expect(report.rows).toBe(600);
    expect(report.transactions).toBe(12);
    const [first, second] = WRITE_STATEMENTS;
    const expected = [...(rows as unknown as Record<string, unknown[]>)[first![0]]!.map((row) => ({ statement: first![1], row })), ...(rows as unknown as Record<string, unknown[]>)[second![0]]!.map((row) => ({ statement: second![1], row }))];
    expect(server.committed).toEqual(expected);
  });

  it('splits as well when the server refuses the transaction at commit', async () => {
    const server = new ServerWithTransactionMemory(70, 'commit');
    const report = await new DatasetRepository(server, 50).writeRows(rowsOf(600), { rowsPerTransaction: 'auto' });
    expect(server.refusedTransactions).toBe(2);
    expect(report.rows).toBe(600);
    expect(server.committed).toHaveLength(600);
  });

  it('does not split an import that asked for one transaction: the refusal reaches the caller', async () => {
    const server = new ServerWithTransactionMemory(70);
    await expect(new DatasetRepository(server, 50).writeRows(rowsOf(100))).rejects.toMatchObject({ serverCode: OUT_OF_TRANSACTION_MEMORY });
    expect(server.failedWithServerError).toBe(1);
    expect(server.committed).toEqual([]);
  });

  it('does not split on a fixed number of rows per transaction either (the caller chose it)', async () => {
    const server = new ServerWithTransactionMemory(70);
    await expect(new DatasetRepository(server, 50).writeRows(rowsOf(300), { rowsPerTransaction: 100 })).rejects.toBeInstanceOf(DatabaseUnavailableError);
  });
});

describe('takeRows: the next transaction of the chunks still to write', () => {
  const chunk = (statement: string, count: number) => ({ statement, rows: Array.from({ length: count }, (_, index) => ({ index })) });

  it('takes whole chunks up to the rows per transaction', () => {
    const [taken, rest] = takeRows([chunk('a', 40), chunk('a', 40), chunk('b', 30)], 100);
    expect(taken.map((item) => item.rows.length)).toEqual([40, 40]);
    expect(rest.map((item) => [item.statement, item.rows.length])).toEqual([['b', 30]]);
  });

  it('cuts the first chunk when it alone is larger, keeping its rest first', () => {
    const [taken, rest] = takeRows([chunk('a', 50), chunk('b', 10)], 20);
    expect(taken).toEqual([{ statement: 'a', rows: chunk('a', 20).rows }]);
    expect(rest.map((item) => [item.statement, item.rows[0], item.rows.length])).toEqual([
      ['a', { index: 20 }, 30],
      ['b', { index: 0 }, 10],
    ]);
  });
});
