import fs from 'node:fs';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { LocalNeo4j, startLocalNeo4j } from '../../src/db/local-neo4j';
import { PROJECT_ROOT } from '../../src/project-root';
import { neighbourTestPort } from '../helpers/test-neo4j-config';

/**
 * The embedded Neo4j launcher itself, on its own port and store (not the shared test server).
 * Skipped when the run uses an external NEO4J_URI: then there is no local launcher to test.
 */
const local = process.env.DUTYGRAPH_EXTERNAL_NEO4J === '1' ? describe.skip : describe;

local('the local embedded Neo4j', () => {
  const port = neighbourTestPort(1);
  const options = { port, dataDir: path.join(PROJECT_ROOT, '.data', 'neo4j-launcher-test'), heapMb: 512, pageCacheMb: 64 };
  let running: LocalNeo4j | undefined;

  beforeAll(() => fs.rmSync(options.dataDir, { recursive: true, force: true }));
  afterAll(async () => {
    await running?.stop();
    fs.rmSync(options.dataDir, { recursive: true, force: true });
  });

  const withDriver = async <T>(uri: string, work: (driver: Driver) => Promise<T>): Promise<T> => {
    const driver = neo4j.driver(uri);
    try {
      return await work(driver);
    } finally {
      await driver.close();
    }
  };

  it('recovers the store after kill -9 and keeps committed writes', async () => {
    running = await startLocalNeo4j(options);
    expect(running.uri).toBe(`bolt://127.0.0.1:${port}`);
    await withDriver(running.uri, (driver) => driver.executeQuery("UNWIND range(1, 500) AS i CREATE (:RecoveryProbe {i: i})"));
    await running.kill();

    running = await startLocalNeo4j(options);
    const count = await withDriver(running.uri, async (driver) => {
      const { records } = await driver.executeQuery('MATCH (p:RecoveryProbe) RETURN count(p) AS n');
      return records[0]!.get('n').toNumber();
    });
    expect(count).toBe(500);
    // Two JVM starts and a store recovery: over a minute on a loaded 2-core machine.
  }, 240_000);

  it('refuses a second instance on the same store with one clear line', async () => {
    await expect(startLocalNeo4j({ ...options, port: neighbourTestPort(2) })).rejects.toThrow(/^the store .*neo4j-launcher-test is locked by another running Neo4j/);
  });

  it('refuses a port that is taken with one clear line', async () => {
    const otherStore = `${options.dataDir}-2`;
    try {
      await expect(startLocalNeo4j({ ...options, dataDir: otherStore })).rejects.toThrow(new RegExp(`^port 127\\.0\\.0\\.1:${port} is already in use`));
    } finally {
      fs.rmSync(otherStore, { recursive: true, force: true });
    }
  });
});
