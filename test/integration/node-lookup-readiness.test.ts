import { Writable } from 'node:stream';
import pino from 'pino';
import { warmNodeLookup } from '../../src/services/node-lookup-readiness';
import { openTestDatabase, TestDatabase } from '../helpers/test-database';

describe('planning the node lookup before /ready', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('runs entities/find-nodes once on the real Neo4j, with no ids, and says so in the log', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) }));
    await warmNodeLookup(db.executor, logger);
    const logged = lines.map((line) => JSON.parse(line) as { msg: string; ms: number });
    expect(logged.map((line) => line.msg)).toEqual(['node lookup planned']);
    expect(logged[0]!.ms).toBeGreaterThanOrEqual(0);
  });
});
