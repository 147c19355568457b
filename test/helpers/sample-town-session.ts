import { TestGraphQL } from './graphql';
import { openTestDatabase, TestDatabase } from './test-database';

/**
 * The sample town (loaded once by the global set-up) behind the GraphQL schema, for a test file that
 * reads it: call `sampleTownSession()` inside the file's `describe`; it opens the test database and
 * the schema before the file's tests and closes them after. `town.graphql.run(…)`, `town.db.driver`.
 */
export function sampleTownSession(): SampleTownSession {
  const session = new SampleTownSession();
  beforeAll(() => session.open());
  afterAll(() => session.close());
  return session;
}

export class SampleTownSession {
  private opened: { db: TestDatabase; graphql: TestGraphQL } | undefined;

  async open(): Promise<void> {
    const db = await openTestDatabase();
    this.opened = { db, graphql: await TestGraphQL.create(db.executor) };
  }

  async close(): Promise<void> {
    await this.opened?.graphql.stop();
    await this.opened?.db.close();
    this.opened = undefined;
  }

  get db(): TestDatabase {
    return this.current().db;
  }

  get graphql(): TestGraphQL {
    return this.current().graphql;
  }

  private current(): { db: TestDatabase; graphql: TestGraphQL } {
    if (!this.opened) throw new Error('the sample town session is open only inside the tests of the describe that made it');
    return this.opened;
  }
}
