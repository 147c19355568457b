import fs from 'node:fs';
import path from 'node:path';
import { connectDatabase } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Neo4jExecutor } from '../../src/db/executor';
import { LocalNeo4j, startLocalNeo4j } from '../../src/db/local-neo4j';
import { createLogger } from '../../src/logger';
import { PROJECT_ROOT } from '../../src/project-root';
import { loadSampleTown } from '../../src/sample-town';

export interface EvalDatabase {
  executor: Neo4jExecutor;
  close(): Promise<void>;
}

/**
 * The sample town in a Neo4j of its own: NEO4J_URI when set, else an embedded one on
 * BENCH_NEO4J_PORT (default 7697 + 30) with a fresh store in .data/eval-neo4j.
 */
export async function openSampleTown(): Promise<EvalDatabase> {
  let local: LocalNeo4j | undefined;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    const dataDir = path.join(PROJECT_ROOT, '.data', 'eval-neo4j');
    fs.rmSync(dataDir, { recursive: true, force: true });
    local = await startLocalNeo4j({ port: Number(process.env.BENCH_NEO4J_PORT ?? 7727), dataDir, heapMb: 1024, pageCacheMb: 256 });
    uri = local.uri;
  }
  const config = loadConfig({ ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'silent' });
  const { driver, executor } = await connectDatabase(config, uri, createLogger('silent'));
  await loadSampleTown(executor);
  return {
    executor,
    close: async () => {
      await driver.close();
      await local?.stop();
    },
  };
}
