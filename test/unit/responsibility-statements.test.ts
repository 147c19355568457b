import neo4j from 'neo4j-driver';
import type { Neo4jExecutor, Params, Row } from '../../src/db/executor';
import { DutyAuditRepository } from '../../src/repositories/duty-audit.repository';
import { ResponsibilityRepository } from '../../src/repositories/responsibility.repository';
import { DutyAuditService } from '../../src/services/duty-audit.service';
import { ResponsibilityService } from '../../src/services/responsibility.service';

/** Records the named statements and parameters a service sends; answers with a canned row. */
function recordingExecutor(row: Row): { executor: Neo4jExecutor; sent: { name: string; params: Params }[] } {
  const sent: { name: string; params: Params }[] = [];
  const executor = {
    query: async (name: string, params: Params = {}) => {
      sent.push({ name, params });
      return [row];
    },
  } as unknown as Neo4jExecutor;
  return { executor, sent };
}

const EMPTY_SEARCH: Row = { dataFrom: '2008-01-01', townshipFound: true, hits: [], nearest: [], evidence: [] };

describe('the statements whoIsResponsible and dutyAudit send (golden)', () => {
  it('whoIsResponsible sends one named statement with the escaped Lucene query and integer limits', async () => {
    const { executor, sent } = recordingExecutor(EMPTY_SEARCH);
    await new ResponsibilityService(new ResponsibilityRepository(executor)).whoIsResponsible({ query: '  Land (management) ', asOf: '2008-11-01', township: 'town', first: 3 });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.name).toBe('responsibility/who-is-responsible');
    const params = sent[0]!.params;
    expect(params).toMatchObject({ query: 'Land (management)', lucene: '+townshipKey:townshiptown +(land (titleEn:land~1 descriptionEn:land~1 keywordText:land~1) management (titleEn:management~2 descriptionEn:management~2 keywordText:management~2))', exactTitle: 'land (management)', asOf: '2008-11-01', township: 'town' });
    expect(neo4j.isInt(params.first) && (params.first as { toNumber(): number }).toNumber()).toBe(3);
    expect(neo4j.isInt(params.candidates)).toBe(true);
  });

  it('whoIsResponsible refuses a blank question before sending anything', async () => {
    const { executor, sent } = recordingExecutor(EMPTY_SEARCH);
    await expect(new ResponsibilityService(new ResponsibilityRepository(executor)).whoIsResponsible({ query: ' \t ' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'query' },
    });
    expect(sent).toEqual([]);
  });

  it('maps the rows: ranked hits with their nearest owned ancestor, evidence with defaults for absent values', async () => {
    const { executor } = recordingExecutor({
      ...EMPTY_SEARCH,
      hits: [{ id: 'duty:a', matchedBy: 'TITLE', score: 2.5 }],
      nearest: [{ of: 'duty:a', id: 'duty:root', distance: 2 }],
      evidence: [{ duty: { id: 'duty:a', title: '甲' }, parentId: null, basis: null, owners: [] }],
    });
    const rows = await new ResponsibilityRepository(executor).findResponsible({
      query: 'x', lucene: 'x', exactTitle: 'x', asOf: '2008-11-01', township: null, first: 5, candidates: 200,
    });
    expect(rows.hits).toEqual([{ id: 'duty:a', matchedBy: 'TITLE', score: 2.5, nearestOwned: { id: 'duty:root', distance: 2 } }]);
    expect(rows.evidence).toEqual([{ duty: { id: 'duty:a', title: '甲', titleEn: null, category: null, keywords: [], itemType: null, legalBases: [], accountability: [], integrityRisks: [] }, parentId: null, basis: null, owners: [] }]);
  });

  it('dutyAudit and countFlags send the one audit statement with the day and township', async () => {
    const { executor, sent } = recordingExecutor({ dataFrom: '2008-01-01', townshipFound: true, audited: [], evidence: [] });
    const service = new DutyAuditService(new DutyAuditRepository(executor));
    expect(await service.countFlags('2008-08-31', 'town')).toEqual({ OVERLAP: 0, CROSSOVER: 0, BLANK: 0, VACANT: 0, SELF_SUPERVISED: 0 });
    await service.dutyAudit('2008-11-01', null);
    expect(sent).toEqual([
      { name: 'audit/audit-duties', params: { asOf: '2008-08-31', township: 'town' } },
      { name: 'audit/audit-duties', params: { asOf: '2008-11-01', township: null } },
    ]);
  });

  it('refuses a day before the data on asOf, after the one statement that reads dataFrom', async () => {
    const { executor } = recordingExecutor({ dataFrom: '2008-01-01', townshipFound: true, audited: [], evidence: [] });
    await expect(new DutyAuditService(new DutyAuditRepository(executor)).dutyAudit('2007-12-31', 'town')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'asOf' },
    });
  });
});
