import { Neo4jError } from 'neo4j-driver';
import { retryStartupStep, startupFailureLine, StartupError } from '../../src/startup-steps';
import { DatabaseUnavailableError, QueryTimeoutError } from '../../src/errors';
import { createLogger } from '../../src/logger';

const oneLine = (line: string) => {
  expect(line).not.toContain('\n');
  expect(line).not.toMatch(/\s+at .*:\d+/);
};

describe('start-up failures: one line, what failed and what to do', () => {
  it('a transaction timeout on a busy machine names the start-up limit, not a query hint', () => {
    const line = startupFailureLine('loading the sample town', new QueryTimeoutError(15_000));
    oneLine(line);
    expect(line).toMatch(/^loading the sample town failed: .*NEO4J_STARTUP_TIMEOUT_MS/);
    expect(line).not.toMatch(/Narrow it/);
  });

  it('Neo4j going away says to check Neo4j', () => {
    const line = startupFailureLine('applying the migrations', new DatabaseUnavailableError());
    oneLine(line);
    expect(line).toMatch(/^applying the migrations failed: Neo4j stopped answering .*Check that Neo4j is running/);
  });

  it('anything else: its first line only, never the stack', () => {
    const error = new Error('3 problems in the dataset; nothing was imported:\n  - a\n  - b');
    const line = startupFailureLine('loading the sample town', error);
    oneLine(line);
    expect(line).toBe('loading the sample town failed: 3 problems in the dataset; nothing was imported. Fix the cause named here and start again.');
  });
});

describe('retryStartupStep', () => {
  const logger = createLogger('silent');

  it('retries what a busy machine causes, then succeeds', async () => {
    let calls = 0;
    const result = await retryStartupStep(
      'importing',
      async () => {
        calls += 1;
        if (calls < 2) throw new Neo4jError('x', 'ServiceUnavailable', '', '');
        return 'done';
      },
      logger,
      3,
    );
    expect(result).toBe('done');
    expect(calls).toBe(2);
  }, 10_000);

  it('does not retry a failure a retry cannot fix, and throws it as one StartupError line', async () => {
    let calls = 0;
    const failing = retryStartupStep(
      'applying the migrations',
      async () => {
        calls += 1;
        throw new Error('Migration 0001_unique_ids was changed after it was applied; add a new migration instead of editing it.');
      },
      logger,
    );
    await expect(failing).rejects.toBeInstanceOf(StartupError);
    await expect(failing).rejects.toThrow(/^applying the migrations failed: Migration 0001_unique_ids was changed/);
    expect(calls).toBe(1);
  });
});
