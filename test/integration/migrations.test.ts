import { applyMigrations, loadMigrations, migrationsAreApplied } from '../../src/db/migrations';
import { openTestDatabase, TestDatabase } from '../helpers/test-database';
import { uniqueId } from '../helpers/graphql';

describe('migrations on the real Neo4j', () => {
  let db: TestDatabase;
  const townId = uniqueId('town:migration-test');
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: townId });
    await db.close();
  });

  it('records each migration once, and a re-run applies nothing', async () => {
    const rerun = await applyMigrations(db.executor);
    expect(rerun.applied).toEqual([]);
    expect(rerun.alreadyApplied).toHaveLength(loadMigrations().length);
    const { records } = await db.driver.executeQuery('MATCH (m:Migration) RETURN m.version AS version, count(*) AS times ORDER BY version');
    expect(records.map((r) => r.get('version').toNumber())).toEqual(loadMigrations().map((m) => m.version));
    expect(records.every((r) => r.get('times').toNumber() === 1)).toBe(true);
    expect(await migrationsAreApplied(db.executor)).toBe(true);
  });

  it('enforces a unique id on every domain label', async () => {
    const { records } = await db.driver.executeQuery("SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties");
    const labels = records.filter((r) => r.get('properties')[0] === 'id').map((r) => r.get('label'));
    expect(labels.sort()).toEqual(['Change', 'Department', 'Document', 'Duty', 'Office', 'PartyOrganization', 'Person', 'Post', 'Station', 'Township', 'Village']);
    await db.driver.executeQuery('CREATE (:Duty {id: $id})', { id: `${townId}:dup` });
    await expect(db.driver.executeQuery('CREATE (:Duty {id: $id})', { id: `${townId}:dup` })).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
  });

  it('finds duties by Chinese and by English text through the full-text index', async () => {
    await db.driver.executeQuery(
      `UNWIND $duties AS d CREATE (x:Duty) SET x = d`,
      {
        duties: [
          { id: `${townId}:land`, title: '农村宅基地审批', titleEn: 'Approval of rural homestead land', keywordText: '宅基地 homestead' },
          { id: `${townId}:safety`, title: '安全生产监督检查', titleEn: 'Work safety inspection', keywordText: '安全 safety' },
        ],
      },
    );
    const search = async (text: string) => {
      const { records } = await db.driver.executeQuery(
        "CALL db.index.fulltext.queryNodes('duty_text', $text) YIELD node WHERE node.id STARTS WITH $prefix RETURN node.id AS id",
        { text, prefix: townId },
      );
      return records.map((r) => r.get('id') as string);
    };
    expect(await search('宅基地')).toEqual([`${townId}:land`]);
    expect(await search('安全生产')).toEqual([`${townId}:safety`]);
    expect(await search('homestead')).toEqual([`${townId}:land`]);
    expect(await search('inspection')).toEqual([`${townId}:safety`]);
    expect(await search('inspektion~')).toEqual([`${townId}:safety`]);
  });
});
