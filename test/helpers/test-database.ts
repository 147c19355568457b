import fs from 'node:fs';
import { loadConfig } from '../../src/config';
import { connectDatabase } from '../../src/app';
import type { Neo4jExecutor } from '../../src/db/executor';
import type { Driver } from 'neo4j-driver';
import { createLogger } from '../../src/logger';
import { loadSampleTown } from '../../src/sample-town';
import { warmSearch } from '../../src/services/search-readiness';
import { TEST_STATE_FILE } from './test-neo4j-config';

export interface TestDatabase {
  uri: string;
  driver: Driver;
  executor: Neo4jExecutor;
  close(): Promise<void>;
}

export function testNeo4jUri(): string {
  if (process.env.NEO4J_URI) return process.env.NEO4J_URI;
  if (fs.existsSync(TEST_STATE_FILE)) return (JSON.parse(fs.readFileSync(TEST_STATE_FILE, 'utf8')) as { uri: string }).uri;
  throw new Error('No test Neo4j: run integration tests through jest (global setup starts one) or set NEO4J_URI');
}

/** A driver and executor on the test Neo4j, migrated; close it in afterAll. */
export async function openTestDatabase(uri = testNeo4jUri(), environment: Record<string, string> = {}): Promise<TestDatabase> {
  const config = loadConfig({ ...environment, ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'silent' });
  const { driver, executor } = await connectDatabase(config, uri, createLogger('silent'));
  return { uri, driver, executor, close: () => driver.close() };
}

/** Global setup: migrations and the sample town, once per run (start-up work: not bound by the per-request timeout). */
export async function prepareTestDatabase(uri: string): Promise<void> {
  // One transaction imports the whole town; on a loaded shared machine it can take longer than the
  // service's 15 s default (NEO4J_TX_TIMEOUT_MS still wins when set).
  const db = await openTestDatabase(uri, { NEO4J_TX_TIMEOUT_MS: '120000' });
  try {
    const startup = db.executor.forStartup(loadConfig(process.env).neo4j.startupTimeoutMs);
    await loadSampleTown(startup);
    // Plans the search statement once for the whole run, as the service does before /ready.
    await warmSearch(startup, createLogger('silent'));
  } finally {
    await db.close();
  }
}
