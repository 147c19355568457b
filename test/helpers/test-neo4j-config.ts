import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';

/** The test run's own local Neo4j: another port and a throwaway store, so `npm start` can run beside it. */
export const TEST_NEO4J = {
  port: Number(process.env.NEO4J_TEST_PORT ?? 7697),
  dataDir: path.join(PROJECT_ROOT, '.data', 'neo4j-test'),
  heapMb: 1024,
  pageCacheMb: 256,
};

/** Where global setup tells the test workers which server to use. */
export const TEST_STATE_FILE = path.join(PROJECT_ROOT, '.data', 'test-neo4j.json');
