import fs from 'node:fs';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { coalesceBoltWrites } from '../../src/db/bolt-write-coalescing';
import { skipResultCallerStacks } from '../../src/db/driver-result-stacks';
import { startLocalNeo4j, LocalNeo4j } from '../../src/db/local-neo4j';
import { PROJECT_ROOT } from '../../src/project-root';

/** The benchmark's own embedded Neo4j: another port and store than `npm start` (7687) and the tests (7697). */
export const BENCH_NEO4J = {
  port: Number(process.env.BENCH_NEO4J_PORT ?? 7699),
  dataDir: path.join(PROJECT_ROOT, '.data', 'neo4j-bench'),
  heapMb: Number(process.env.BENCH_NEO4J_HEAP_MB ?? 2048),
  pageCacheMb: Number(process.env.BENCH_NEO4J_PAGECACHE_MB ?? 1024),
  /** Half of it is the limit of one transaction: 768 MiB, about 250,000 new nodes and relationships. */
  txMemoryMb: Number(process.env.BENCH_NEO4J_TX_MEMORY_MB ?? 1536),
};

export interface BenchDatabase {
  uri: string;
  /** True when this run started the Neo4j (and owns its store). */
  owned: boolean;
  stop(): Promise<void>;
}

async function reachable(uri: string): Promise<boolean> {
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: 2_000, logging: { level: 'error', logger: () => undefined } });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/**
 * NEO4J_URI (or `uri`) when given: used as it is, never wiped. Otherwise the bench Neo4j on
 * 127.0.0.1:7699 with its store in .data/neo4j-bench: reused when already running, else started
 * (with `fresh`, on an emptied store) and stopped by `stop()`.
 */
export async function openBenchDatabase(options: { uri?: string; fresh?: boolean; log?: (line: string) => void } = {}): Promise<BenchDatabase> {
  const log = options.log ?? (() => undefined);
  if (options.uri) return { uri: options.uri, owned: false, stop: async () => undefined };
  const uri = `bolt://127.0.0.1:${BENCH_NEO4J.port}`;
  if (await reachable(uri)) {
    log(`using the bench Neo4j already running at ${uri}`);
    return { uri, owned: false, stop: async () => undefined };
  }
  if (options.fresh) fs.rmSync(BENCH_NEO4J.dataDir, { recursive: true, force: true });
  log(`starting the bench Neo4j at ${uri} (store ${path.relative(PROJECT_ROOT, BENCH_NEO4J.dataDir)}, heap ${BENCH_NEO4J.heapMb} MiB, page cache ${BENCH_NEO4J.pageCacheMb} MiB)`);
  // The launcher reads NEO4J_LOCAL_TX_MEMORY_MB from the environment it inherits.
  process.env.NEO4J_LOCAL_TX_MEMORY_MB = String(BENCH_NEO4J.txMemoryMb);
  const local: LocalNeo4j = await startLocalNeo4j({ ...BENCH_NEO4J });
  return { uri: local.uri, owned: true, stop: () => local.stop() };
}

/**
 * The raw and @neo4j/graphql paths' driver. It coalesces its socket writes and makes its results
 * without the caller's stack, as the service's does (src/db/bolt-write-coalescing.ts,
 * src/db/driver-result-stacks.ts), so comparing a path with the raw one measures the layers above
 * the driver, not a difference in how the same Bolt messages are sent.
 */
export function benchDriver(uri: string, poolSize = 100): Driver {
  coalesceBoltWrites();
  skipResultCallerStacks();
  const password = process.env.NEO4J_PASSWORD;
  return neo4j.driver(uri, password ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', password) : undefined, {
    maxConnectionPoolSize: poolSize,
    logging: { level: 'error', logger: () => undefined },
  });
}
