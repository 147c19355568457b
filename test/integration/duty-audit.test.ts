import { createServices } from '../../src/services';
import { TestGraphQL } from '../helpers/graphql';
import type { TestDatabase } from '../helpers/test-database';
import { closePilotTownService, openPilotTownService, PilotTown } from './pilot-town.fixture';

const BEFORE = '2008-08-31';
const AFTER = '2008-11-01';

const AUDIT = `
  query Audit($asOf: Date, $township: ID) {
    dutyAudit(asOf: $asOf, township: $township) {
      asOf township totalDuties
      counts { flag count }
      findings { edges { node {
        duty { id parent { id title } }
        flags
        reasons { flag message }
        overlap { leads { owner { ... on Node { id } } } }
        crossover {
          parent { id }
          dutyLines { owner { owner { ... on Node { id } } } office { id } leadersInCharge { id } }
          parentLines { owner { owner { ... on Node { id } } } office { id } leadersInCharge { id } }
        }
        blank { assists { owner { ... on Node { id } } } }
        vacant { leads { owner { ... on Node { id } } vacant } }
        selfSupervised { person { id } owner { owner { ... on Node { id } } } post { id } leader { id } office { id } }
      } } }
    }
  }`;

interface Line {
  owner: { owner: { id: string } };
  office: { id: string } | null;
  leadersInCharge: { id: string }[];
}
interface Finding {
  duty: { id: string; parent: { id: string; title: string } | null };
  flags: string[];
  reasons: { flag: string; message: string }[];
  overlap: { leads: { owner: { id: string } }[] } | null;
  crossover: { parent: { id: string }; dutyLines: Line[]; parentLines: Line[] } | null;
  blank: { assists: { owner: { id: string } }[] } | null;
  vacant: { leads: { owner: { id: string }; vacant: boolean }[] } | null;
  selfSupervised: { person: { id: string }; owner: { owner: { id: string } }; post: { id: string }; leader: { id: string }; office: { id: string } }[];
}
interface Audit {
  asOf: string;
  township: string | null;
  totalDuties: number;
  counts: { flag: string; count: number }[];
  findings: Finding[];
}

describe('dutyAudit on the real Neo4j', () => {
  let db: TestDatabase;
  let gql: TestGraphQL;
  let town: PilotTown;

  beforeAll(async () => {
    ({ db, gql, town } = await openPilotTownService());
  });
  afterAll(() => closePilotTownService({ db, gql, town }));

  const audit = async (asOf: string, township: string | null = town.township): Promise<Audit> => {
    const result = await gql.run<{ dutyAudit: Omit<Audit, 'findings'> & { findings: { edges: { node: Finding }[] } } }>(AUDIT, { asOf, township });
    expect(result.errors).toBeUndefined();
    expect(result.statements).toEqual(['audit/audit-duties']);
    const answer = result.data!.dutyAudit;
    return { ...answer, findings: answer.findings.edges.map((edge) => edge.node) };
  };
  /** Flagged duty ids per flag, fixture ids without the prefix. */
  const byFlag = (found: Audit) => {
    const ids: Record<string, string[]> = {};
    for (const finding of found.findings) for (const flag of finding.flags) (ids[flag] ??= []).push(finding.duty.id.slice(town.prefix.length));
    return ids;
  };
  const countsOf = (found: Audit) => Object.fromEntries(found.counts.map(({ flag, count }) => [flag, count]));

  it('before the pilot finds the overlapping, crossing, blank and self-supervised duties, in one statement', async () => {
    const found = await audit(BEFORE);
    expect(found.asOf).toBe(BEFORE);
    expect(found.township).toBe(town.township);
    expect(found.totalDuties).toBe(5);
    expect(byFlag(found)).toEqual({
      OVERLAP: ['duty:village-organisation-construction'],
      CROSSOVER: ['duty:rural-management-system'],
      BLANK: ['duty:homestead-approval', 'duty:village-affairs-rules'],
      SELF_SUPERVISED: ['duty:village-organisation-construction', 'duty:village-organisations'],
    });
    expect(countsOf(found)).toEqual({ OVERLAP: 1, CROSSOVER: 1, BLANK: 2, VACANT: 0, SELF_SUPERVISED: 2 });
    const ids = found.findings.map((finding) => finding.duty.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('gives the evidence for each flag', async () => {
    const found = await audit(BEFORE);
    const finding = (id: string) => found.findings.find((f) => f.duty.id === town.id(id))!;

    const overlap = finding('duty:village-organisation-construction');
    expect(overlap.overlap?.leads.map((lead) => lead.owner.id).sort()).toEqual([town.id('office:civil-affairs'), town.id('office:organisation-bureau')].sort());
    expect(overlap.reasons.map((reason) => reason.flag)).toEqual(['OVERLAP', 'SELF_SUPERVISED']);

    const crossover = finding('duty:rural-management-system').crossover;
    expect(crossover?.parent.id).toBe(town.id('duty:village-organisations'));
    // The duty names its parent as a duty reference (was `parentId`).
    expect(finding('duty:rural-management-system').duty.parent).toEqual({ id: town.id('duty:village-organisations'), title: expect.any(String) });
    expect(crossover?.dutyLines).toEqual([
      { owner: { owner: { id: town.id('office:civil-affairs') } }, office: { id: town.id('office:civil-affairs') }, leadersInCharge: [{ id: town.id('post:deputy-mayor-agriculture') }] },
    ]);
    expect(crossover?.parentLines).toEqual([
      { owner: { owner: { id: town.id('office:organisation-bureau') } }, office: { id: town.id('office:organisation-bureau') }, leadersInCharge: [{ id: town.id('post:deputy-party-secretary') }] },
    ]);

    expect(finding('duty:homestead-approval').blank).toEqual({ assists: [] });
    expect(finding('duty:homestead-approval').overlap).toBeNull();

    expect(finding('duty:village-organisations').selfSupervised).toEqual([
      {
        person: { id: town.id('person:t2fb4w34np') },
        owner: { owner: { id: town.id('office:organisation-bureau') } },
        post: { id: town.id('post:organisation-bureau-chief') },
        leader: { id: town.id('post:deputy-party-secretary') },
        office: { id: town.id('office:organisation-bureau') },
      },
    ]);
  });

  it('after the pilot finds only what remains: one blank duty, and one whose lead post is vacant', async () => {
    const found = await audit(AFTER);
    expect(found.totalDuties).toBe(5);
    expect(byFlag(found)).toEqual({ BLANK: ['duty:homestead-approval'], VACANT: ['duty:village-affairs-rules'] });
    expect(countsOf(found)).toEqual({ OVERLAP: 0, CROSSOVER: 0, BLANK: 1, VACANT: 1, SELF_SUPERVISED: 0 });
    const vacant = found.findings.find((f) => f.flags.includes('VACANT'));
    expect(vacant?.vacant?.leads).toEqual([{ owner: { id: town.id('post:village-affairs-director') }, vacant: true }]);
  });

  it('counts flags for another field (townshipStats) with the same rules and one statement', async () => {
    const statements: string[] = [];
    const executor = db.executor.forRequest('count-flags-test', { onStatement: (name) => statements.push(name) });
    const counts = await createServices(executor).dutyAudit.countFlags(BEFORE, town.township);
    expect(counts).toEqual({ OVERLAP: 1, CROSSOVER: 1, BLANK: 2, VACANT: 0, SELF_SUPERVISED: 2 });
    expect(statements).toEqual(['audit/audit-duties']);
  });

  it('audits every township when none is named, with the same findings for this one', async () => {
    const all = await audit(AFTER, null);
    expect(all.township).toBeNull();
    expect(all.totalDuties).toBeGreaterThanOrEqual(5);
    const mine = all.findings.filter((finding) => finding.duty.id.startsWith(town.prefix));
    expect(mine).toEqual((await audit(AFTER)).findings);
  });

  it('refuses a day before the township data on `asOf`, and names an unknown township', async () => {
    const early = await gql.run(AUDIT, { asOf: '2007-12-31', township: town.township });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    expect(early.statements).toHaveLength(1);
    const unknown = await gql.run(AUDIT, { asOf: AFTER, township: `${town.prefix}nowhere` });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', label: 'Township', id: `${town.prefix}nowhere`, field: 'township' });
  });
});
