import neo4j from 'neo4j-driver';
import type { Params, Row, StatementRunner, Statements } from '../../src/db/executor';
import { DutyAuditRepository } from '../../src/repositories/duty-audit.repository';
import { ResponsibilityRepository } from '../../src/repositories/responsibility.repository';
import { DutyAuditService } from '../../src/services/duty-audit.service';
import { QueryEmbedders, ResponsibilityService } from '../../src/services/responsibility.service';
import { CALIBRATION } from '../../src/domain/search-confidence';
import { firstPage } from '../../src/domain/page';

/** Records the named statements and parameters a service sends; answers with a canned row. */
function recordingExecutor(row: Row): { executor: StatementRunner; sent: { name: string; params: Params }[] } {
  const sent: { name: string; params: Params }[] = [];
  const statements: Statements = {
    run: async (name: string, params: Params = {}) => {
      sent.push({ name, params });
      return [row];
    },
  };
  const executor: StatementRunner = {
    query: (name, params) => statements.run(name, params),
    readWork: (_unit, work) => work(statements),
    writeWork: (_unit, work) => work(statements),
  };
  return { executor, sent };
}

const EMPTY_SEARCH: Row = { dataFrom: '2008-01-01', townshipFound: true, hits: [], positions: [], totalCount: 0, hasPreviousPage: false, hasNextPage: false, nearest: [], evidence: [] };

describe('the statements whoIsResponsible and dutyAudit send (golden)', () => {
  /** A stand-in for the models: a fixed vector per language, and which texts were embedded. */
  function fakeEmbedders(asked: string[]): () => Promise<QueryEmbedders> {
    const embedder = (dimensions: number) => ({ embedQuery: async (text: string) => (asked.push(text), new Array<number>(dimensions).fill(0.01)) });
    return async () => ({ zh: embedder(512), en: embedder(384) });
  }

  it('whoIsResponsible sends one named statement: the stemmed words as Lucene, the query vector of its language, the calibration, integer limits', async () => {
    const { executor, sent } = recordingExecutor(EMPTY_SEARCH);
    const asked: string[] = [];
    await new ResponsibilityService(new ResponsibilityRepository(executor), fakeEmbedders(asked)).whoIsResponsible({ query: '  Land (managements) ', asOf: '2008-11-01', township: 'town' }, firstPage(3));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.name).toBe('responsibility/who-is-responsible');
    const params = sent[0]!.params;
    expect(params).toMatchObject({
      query: 'Land (managements)',
      lucene: '+townshipKey:townshiptown +(land manag)',
      terms: [['land'], ['manag']],
      exactTitle: 'land (managements)',
      vectorIndex: 'duty_meaning_en',
      vectorProperty: 'vectorEn',
      calibration: CALIBRATION.en,
      asOf: '2008-11-01',
      township: 'town',
    });
    expect(params.vector).toHaveLength(384);
    // The model is asked with the one word the vocabulary offers for "managements" (search/spelling.ts).
    expect(asked).toEqual(['land (management)']);
    const page = params.page as { first: unknown; last: unknown };
    expect(neo4j.isInt(page.first) && (page.first as { toNumber(): number }).toNumber()).toBe(3);
    expect(page.last).toBeNull();
    expect(params.confidentOnly).toBe(true);
    expect(neo4j.isInt(params.candidates) && neo4j.isInt(params.vectorCandidates)).toBe(true);
  });

  it('reads a question in Chinese, traditional characters as simplified, with the Chinese model', async () => {
    const { executor, sent } = recordingExecutor(EMPTY_SEARCH);
    const asked: string[] = [];
    await new ResponsibilityService(new ResponsibilityRepository(executor), fakeEmbedders(asked)).whoIsResponsible({ query: '新農合報銷', asOf: '2008-11-01' }, firstPage(5));
    expect(asked).toEqual(['新农合报销']);
    expect(sent[0]?.params).toMatchObject({ vectorIndex: 'duty_meaning_zh', vectorProperty: 'vectorZh', calibration: CALIBRATION.zh, terms: [['新农'], ['合'], ['报销']] });
    expect(sent[0]?.params.vector).toHaveLength(512);
  });

  it('whoIsResponsible refuses a blank question before sending anything', async () => {
    const { executor, sent } = recordingExecutor(EMPTY_SEARCH);
    await expect(new ResponsibilityService(new ResponsibilityRepository(executor), fakeEmbedders([])).whoIsResponsible({ query: ' \t ' }, firstPage(5))).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'query' },
    });
    expect(sent).toEqual([]);
  });

  it('maps the rows: ranked hits with their nearest owned ancestor, evidence with defaults for absent values', async () => {
    const { executor } = recordingExecutor({
      ...EMPTY_SEARCH,
      hits: [{ id: 'duty:a', matchedBy: 'TITLE', confidence: 1, meaning: 0.8, words: 1 }],
      positions: [{ key: [1, 1, 0.8], type: null, id: 'duty:a' }],
      totalCount: 1,
      nearest: [{ of: 'duty:a', id: 'duty:root', distance: 2 }],
      // As the statement returns it: every key of its projections, absent properties as null.
      evidence: [
        {
          duty: { id: 'duty:a', title: '甲', titleEn: null, category: null, keywords: null, itemType: null, legalBases: [], accountability: [], integrityRisks: [] },
          parentId: null,
          basis: null,
          owners: [],
        },
      ],
    });
    const rows = await new ResponsibilityRepository(executor).findResponsible({
      query: 'x', lucene: 'x', terms: [['x']], exactTitle: 'x', vector: [0.1], vectorIndex: 'duty_meaning_en', vectorProperty: 'vectorEn', vectorCandidates: 20,
      calibration: CALIBRATION.en, asOf: '2008-11-01', township: null, candidates: 200,
      page: { first: 5, last: null, after: null, before: null }, confidentOnly: true, confidentAt: 0.5,
    });
    expect(rows.hits).toEqual([{ id: 'duty:a', matchedBy: 'TITLE', confidence: 1, meaning: 0.8, words: 1, nearestOwned: { id: 'duty:root', distance: 2 } }]);
    expect(rows.evidence).toEqual([{ duty: { id: 'duty:a', title: '甲', titleEn: null, category: null, keywords: [], itemType: null, legalBases: [], accountability: [], integrityRisks: [] }, parentId: null, basis: null, owners: [] }]);
  });

  it('dutyAudit and countFlags send the one audit statement with the day and township', async () => {
    const { executor, sent } = recordingExecutor({ dataFrom: '2008-01-01', townshipFound: true, audited: [], evidence: [], owners: [] });
    const service = new DutyAuditService(new DutyAuditRepository(executor));
    expect(await service.countFlags('2008-08-31', 'town')).toEqual({ OVERLAP: 0, CROSSOVER: 0, BLANK: 0, VACANT: 0, SELF_SUPERVISED: 0 });
    await service.dutyAudit('2008-11-01', null);
    expect(sent).toEqual([
      { name: 'audit/audit-duties', params: { asOf: '2008-08-31', township: 'town' } },
      { name: 'audit/audit-duties', params: { asOf: '2008-11-01', township: null } },
    ]);
  });

  it('refuses a day before the data on asOf, after the one statement that reads dataFrom', async () => {
    const { executor } = recordingExecutor({ dataFrom: '2008-01-01', townshipFound: true, audited: [], evidence: [], owners: [] });
    await expect(new DutyAuditService(new DutyAuditRepository(executor)).dutyAudit('2007-12-31', 'town')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'asOf' },
    });
  });
});
