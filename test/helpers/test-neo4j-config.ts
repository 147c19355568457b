import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';

/** The test run's own local Neo4j: another port and a throwaway store, so `npm start` can run beside it. */
const TEST_PORT = Number(process.env.NEO4J_TEST_PORT ?? 7697);

export const TEST_NEO4J = {
  port: TEST_PORT,
  dataDir: path.join(PROJECT_ROOT, '.data', 'neo4j-test'),
  heapMb: 1024,
  pageCacheMb: 256,
};

/** Where global setup tells the test workers which server to use. */
export const TEST_STATE_FILE = path.join(PROJECT_ROOT, '.data', 'test-neo4j.json');

/**
 * A port beside the test server's for a test that starts a Neo4j of its own (7697 + offset by
 * default), so two checkouts given different NEO4J_TEST_PORTs can run their suites at once.
 */
export function neighbourTestPort(offset: number): number {
  return TEST_PORT + offset;
}
