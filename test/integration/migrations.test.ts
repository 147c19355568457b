import { applyMigrations, loadMigrations, migrationsAreApplied } from '../../src/db/migrations';
import { openTestDatabase, TestDatabase } from '../helpers/test-database';
import { uniqueId } from '../helpers/graphql';
import { searchTerms } from '../../src/search/search-terms';
import { buildDutySearch } from '../../src/search/duty-search';

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

  it('finds duties by the words search cut from their texts, through the one full-text index a statement reads', async () => {
    const duties = [
      { id: `${townId}:land`, texts: ['农村宅基地审批', 'Approval of rural homestead land', '宅基地 homestead'] },
      { id: `${townId}:safety`, texts: ['安全生产监督检查', 'Work safety inspection', '安全 safety'] },
    ];
    await db.driver.executeQuery('UNWIND $duties AS d CREATE (x:Duty {id: d.id, searchText: d.searchText})', {
      duties: duties.map((duty) => ({ id: duty.id, searchText: searchTerms(duty.texts.join(' \n ')).join(' ') })),
    });
    const search = async (text: string) => {
      const { lucene } = buildDutySearch(text);
      const { records } = await db.driver.executeQuery(
        "CALL db.index.fulltext.queryNodes('duty_words', $lucene) YIELD node WHERE node.id STARTS WITH $prefix RETURN node.id AS id",
        { lucene, prefix: townId },
      );
      return records.map((r) => r.get('id') as string);
    };
    expect(await search('宅基地')).toEqual([`${townId}:land`]);
    expect(await search('安全生产')).toEqual([`${townId}:safety`]);
    expect(await search('homestead')).toEqual([`${townId}:land`]);
    expect(await search('inspections')).toEqual([`${townId}:safety`]);

    // Migration 0009 dropped the cjk indexes no statement reads (Neo4j kept them up to date in every write).
    const { records } = await db.driver.executeQuery("SHOW FULLTEXT INDEXES YIELD name RETURN name ORDER BY name");
    expect(records.map((record) => record.get('name'))).toEqual(['duty_words']);
  });

  it('keeps no relationship property index (the relationship-type lookup belongs to Neo4j): migration 0010 dropped the validity-period ones no plan used', async () => {
    const { records } = await db.driver.executeQuery("SHOW INDEXES YIELD name, type, entityType WHERE entityType = 'RELATIONSHIP' AND type <> 'LOOKUP' RETURN name");
    expect(records.map((record) => record.get('name'))).toEqual([]);
  });
});
