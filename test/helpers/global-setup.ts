import fs from 'node:fs';
import 'reflect-metadata';
import { startLocalNeo4j } from '../../src/db/local-neo4j';
import { TEST_NEO4J, TEST_STATE_FILE } from './test-neo4j-config';
import { prepareTestDatabase } from './test-database';

/**
 * Starts one real Neo4j for the whole run (unless NEO4J_URI points at one), applies the
 * migrations and loads the sample town, which tests read but never change.
 */
export default async function globalSetup(): Promise<void> {
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    fs.rmSync(TEST_NEO4J.dataDir, { recursive: true, force: true });
    const local = await startLocalNeo4j({ ...TEST_NEO4J, password: process.env.NEO4J_PASSWORD });
    uri = local.uri;
    (globalThis as { __LOCAL_NEO4J__?: unknown }).__LOCAL_NEO4J__ = local;
    process.env.NEO4J_URI = uri;
  }
  fs.mkdirSync(require('node:path').dirname(TEST_STATE_FILE), { recursive: true });
  fs.writeFileSync(TEST_STATE_FILE, JSON.stringify({ uri }));
  await prepareTestDatabase(uri);
}
