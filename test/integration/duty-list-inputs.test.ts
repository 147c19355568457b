import { TestGraphQL } from '../helpers/graphql';
import { importFixtureTown, FixtureTown } from '../helpers/fixture-town';
import { openTestDatabase, TestDatabase } from '../helpers/test-database';

/**
 * Issue 19: createDuty and updateDuty set the fields of a town's responsibility list (事项类型,
 * 履职类型, 设定依据 with articles, 追责情形, 廉政风险点 with control measures), validated with every
 * problem at once, written all-or-nothing, in the change record, and searchable the moment they commit.
 */
const TOWN = {
  format: 'dutygraph/1',
  meta: { title: 'A town for the list-field inputs', year: 2008, note: 'invented names' },
  townships: [{ id: 'town', name: '清单镇', nameEn: 'List Town' }],
  offices: [{ id: 'office:economy', name: '经济发展办公室', nameEn: 'Economic Development Office', kind: 'OFFICE', township: 'town', from: '2008-01-01' }],
  duties: [{ id: 'duty:existing', title: '惠农补贴发放', category: 'BASIC', township: 'town', owners: [{ owner: 'office:economy', role: 'LEAD', from: '2008-01-01' }] }],
};

const DUTY_FIELDS = 'id itemType legalBases { title article } accountability integrityRisks { risk control }';
const CHANGE = 'change { id touched { changes { field before { ...Value } after { ...Value } } } }';
const VALUE = 'fragment Value on FieldValue { ... on TextValue { text } ... on TextListValue { texts } }';
const CREATE = `mutation($id: ID!, $input: DutyInput!) { createDuty(id: $id, input: $input) { ${CHANGE} duty(asOf: "2008-11-01") { ${DUTY_FIELDS} } } } ${VALUE}`;
const UPDATE = `mutation($id: ID!, $input: DutyInput!) { updateDuty(id: $id, input: $input) { ${CHANGE} duty(asOf: "2008-11-01") { ${DUTY_FIELDS} } } } ${VALUE}`;
const SEARCH = `query($query: String!, $township: ID) { dutySearch(query: $query, asOf: "2008-11-01", township: $township, first: 5) { answers { duty { id } matchedBy } suggestions { duty { id } matchedBy } } }`;

type Problem = { field: string; message: string };
type DutyAnswer = { id: string; itemType: string | null; legalBases: { title: string; article: string | null }[]; accountability: string[]; integrityRisks: { risk: string; control: string | null }[] };
type Value = { text?: string; texts?: string[] } | null;
type Payload = { change: { id: string; touched: { changes: { field: string; before: Value; after: Value }[] }[] }; duty: DutyAnswer };
/** The change record's values of one entity, by field path. */
const changesOf = (payload: Payload) =>
  Object.fromEntries(payload.change.touched[0]!.changes.map((change) => [change.field, { before: change.before, after: change.after }]));

describe('the list fields on createDuty and updateDuty (real Neo4j)', () => {
  let db: TestDatabase;
  let gql: TestGraphQL;
  let town: FixtureTown;
  beforeAll(async () => {
    db = await openTestDatabase();
    gql = await TestGraphQL.create(db.executor);
    town = await importFixtureTown(db, TOWN, 'duty-inputs');
  });
  afterAll(async () => {
    await town.remove();
    await gql.stop();
    await db.close();
  });

  const stored = async (id: string) =>
    (await db.driver.executeQuery('MATCH (d:Duty {id: $id}) RETURN d {.itemType, .category, .legalBasisTitles, .legalBasisArticles, .accountability, .riskPoints, .riskControls, .listText} AS d', { id })).records[0]?.get('d');
  const problemsOf = async (query: string, variables: Record<string, unknown>): Promise<Record<string, string>> => {
    const result = await gql.run(query, variables);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return Object.fromEntries((result.errors?.[0]?.extensions?.problems as Problem[]).map((problem) => [problem.field, problem.message]));
  };
  /** The duties the search finds (an answer or a suggestion) by their words (WORDS or BOTH), not by meaning alone. */
  const foundByWords = async (query: string) => {
    type Hit = { duty: { id: string }; matchedBy: string };
    const result = await gql.run<{ dutySearch: { answers: Hit[]; suggestions: Hit[] } }>(SEARCH, { query, township: town.township });
    expect(result.errors).toBeUndefined();
    return [...result.data!.dutySearch.answers, ...result.data!.dutySearch.suggestions].filter((hit) => hit.matchedBy === 'WORDS' || hit.matchedBy === 'BOTH').map((hit) => hit.duty.id);
  };

  it('createDuty sets every list field, answers them and records them in the change record', async () => {
    const id = town.id('duty:homestead');
    const input = {
      title: '农村宅基地审批',
      category: 'ASSISTING',
      township: town.township,
      itemType: 'ADMINISTRATIVE_LICENSING',
      legalBases: [{ title: '《中华人民共和国土地管理法》', article: '第六十二条' }, { title: '《省农村宅基地管理办法》' }],
      accountability: ['未按规定程序审批的', '违规批准超面积宅基地的'],
      integrityRisks: [{ risk: '审核中优亲厚友', control: '审批结果村务公开七日' }, { risk: '收受好处' }],
    };
    const result = await gql.run<{ createDuty: Payload }>(CREATE, { id, input });
    expect(result.errors).toBeUndefined();
    const { duty, change } = result.data!.createDuty;
    expect(duty).toEqual({
      id,
      itemType: 'ADMINISTRATIVE_LICENSING',
      legalBases: [{ title: '《中华人民共和国土地管理法》', article: '第六十二条' }, { title: '《省农村宅基地管理办法》', article: null }],
      accountability: ['未按规定程序审批的', '违规批准超面积宅基地的'],
      integrityRisks: [{ risk: '审核中优亲厚友', control: '审批结果村务公开七日' }, { risk: '收受好处', control: null }],
    });
    const changes = changesOf(result.data!.createDuty);
    expect(changes.itemType).toEqual({ before: null, after: { text: 'ADMINISTRATIVE_LICENSING' } });
    expect(changes['legalBases.0.article']).toEqual({ before: null, after: { text: '第六十二条' } });
    expect(changes['integrityRisks.1.risk']).toEqual({ before: null, after: { text: '收受好处' } });
    expect(changes.accountability).toEqual({ before: null, after: { texts: input.accountability } });
    expect(await stored(id)).toMatchObject({ category: 'ASSISTING', legalBasisArticles: ['第六十二条', ''], riskControls: ['审批结果村务公开七日', ''] });
  });

  it('updateDuty with a new risk point: stored, the old value kept in the change record, and found by the search right after', async () => {
    const id = town.id('duty:existing');
    // A risk that shares no word with the duty's title.
    expect(await foundByWords('私自收取押金')).not.toContain(id);
    const result = await gql.run<{ updateDuty: Payload }>(UPDATE, { id, input: { integrityRisks: [{ risk: '私自收取押金', control: '面积由村民小组核实' }], itemType: 'ADMINISTRATIVE_PAYMENT' } });
    expect(result.errors).toBeUndefined();
    const { duty } = result.data!.updateDuty;
    expect(duty.integrityRisks).toEqual([{ risk: '私自收取押金', control: '面积由村民小组核实' }]);
    const changes = changesOf(result.data!.updateDuty);
    expect(Object.keys(changes).sort()).toEqual(['integrityRisks.0.control', 'integrityRisks.0.risk', 'itemType']);
    expect(changes['integrityRisks.0.risk']).toEqual({ before: null, after: { text: '私自收取押金' } });
    expect((await stored(id)).listText).toContain('私自收取押金');
    expect(await foundByWords('私自收取押金')).toContain(id);
  });

  it('updateDuty: an absent list keeps its entries, null removes them', async () => {
    const id = town.id('duty:homestead');
    const kept = await gql.run<{ updateDuty: Payload }>(UPDATE, { id, input: { title: '农村宅基地审批（初审）' } });
    expect(kept.errors).toBeUndefined();
    expect(kept.data!.updateDuty.duty.legalBases).toHaveLength(2);
    expect(kept.data!.updateDuty.duty.integrityRisks).toHaveLength(2);
    const removed = await gql.run<{ updateDuty: Payload }>(UPDATE, { id, input: { legalBases: null, accountability: [] } });
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.updateDuty.duty).toMatchObject({ legalBases: [], accountability: [], itemType: 'ADMINISTRATIVE_LICENSING' });
    // History: the removed entries are the change record's values before.
    const changes = changesOf(removed.data!.updateDuty);
    expect(changes['legalBases.1.title']).toEqual({ before: { text: '《省农村宅基地管理办法》' }, after: null });
    expect(changes.accountability?.before).toEqual({ texts: ['未按规定程序审批的', '违规批准超面积宅基地的'] });
    expect(await stored(id)).toMatchObject({ legalBasisTitles: [], accountability: [] });
  });

  it('every problem of the list fields at once, each at its path, and nothing written', async () => {
    const id = town.id('duty:existing');
    const before = await stored(id);
    const problems = await problemsOf(UPDATE, {
      id,
      input: {
        itemType: 'ADMINISTRATIVE_APPROVAL',
        category: 'MAIN',
        legalBases: [{ title: '《中华人民共和国农业法》', article: '第三十八条' }, { title: '《条例》', article: '' }, { article: '第一条' }],
        accountability: ['', 'x'.repeat(5000)],
        integrityRisks: [{ risk: '' , control: '有' }],
      },
    });
    expect(Object.keys(problems).sort()).toEqual(
      ['input.accountability', 'input.category', 'input.integrityRisks[0].risk', 'input.itemType', 'input.legalBases[1].article', 'input.legalBases[2].title'].sort(),
    );
    expect(problems['input.itemType']).toContain('ADMINISTRATIVE_APPROVAL');
    expect(problems['input.legalBases[1].article']).toMatch(/1 to \d+ characters/);
    expect(await stored(id)).toEqual(before);
  });

  it('createDuty with a bad list entry writes nothing (all-or-nothing)', async () => {
    const id = town.id('duty:refused');
    const problems = await problemsOf(CREATE, { id, input: { title: '农技推广', category: 'BASIC', township: town.township, integrityRisks: [{ risk: '正常' }, { risk: '', control: '' }] } });
    expect(Object.keys(problems).sort()).toEqual(['input.integrityRisks[1].control', 'input.integrityRisks[1].risk']);
    expect(await stored(id)).toBeUndefined();
  });
});
