import { sampleTownSession } from '../helpers/sample-town-session';

/**
 * The questions of DOMAIN.md asked of the sample town (loaded by the global setup), with the
 * answers the report implies. The dates: 2008-08-14 is the eve of the pilot, 2008-11-01 the day
 * after it; docs/sample-town.md lists what the dataset holds on each.
 */
const TOWN = 'town:lishun';
const BEFORE = '2008-08-14';
const AFTER = '2008-11-01';

describe('the sample town answers the questions of the report', () => {
  const town = sampleTownSession();

  describe('whoIsResponsible', () => {
    const ANSWER = `query Who($query: String!, $asOf: Date) {
      whoIsResponsible(query: $query, asOf: $asOf, first: 3) { edges { node {
        duty { id title titleEn }
        status
        flags
        leads { owner { ... on Node { id } } kind holders { person { id } acting } leadersInCharge { post { id } holders { person { id } } } }
        assists { owner { ... on Node { id } } }
        basis { document { id } clause }
        explanation { kind person { id } steps { from { id } to { id } edge { type from to } } }
        fallback { fallbackKind post { id } holders { person { id } } }
        nearestOwnedParent { duty { id } leads { owner { ... on Node { id } } } }
      } } }
    }`;
    const ask = async (query: string, asOf = AFTER) => (await town.graphql.data(ANSWER, { query, asOf })).whoIsResponsible.edges.map((edge: any) => edge.node) as any[];
    const holderOf = async (postId: string, day: string): Promise<string> => {
      const { records } = await town.db.driver.executeQuery(
        'MATCH (p:Person)-[h:HOLDS]->(:Post {id: $post}) WHERE h.from <= date($day) AND (h.to IS NULL OR date($day) < h.to) RETURN p.id AS id',
        { post: postId, day },
      );
      expect(records).toHaveLength(1);
      return records[0]!.get('id') as string;
    };

    it.each(['村级组织建设', 'village-level organisation construction'])('names the deputy party secretary’s line for %s after the reform', async (query) => {
      const [first] = await ask(query);
      expect(first.duty.id).toBe('duty:village-organisation-construction');
      expect(first.status).toBe('OWNED');
      expect(first.leads.map((owner: any) => owner.owner.id)).toEqual(['office:party-affairs']);
      expect(first.leads[0].leadersInCharge.map((leader: any) => leader.post.id)).toEqual(['post:deputy-party-secretary']);
      expect(first.basis.document.id).toBe('doc:office-responsibilities');

      const deputySecretary = await holderOf('post:deputy-party-secretary', AFTER);
      const leaderPath = first.explanation.find((path: any) => path.kind === 'LEADER_IN_CHARGE');
      expect(leaderPath.person.id).toBe(deputySecretary);
      // Duty ← Office ← Post ← Person, each edge with its dates.
      expect(leaderPath.steps.map((step: any) => step.edge.type)).toEqual(['RESPONSIBLE_FOR', 'IN_CHARGE_OF', 'HOLDS']);
      expect(leaderPath.steps.every((step: any) => typeof step.edge.from === 'string')).toBe(true);
      expect(first.explanation.some((path: any) => path.kind === 'HOLDER' && path.person.id === (first.leads[0].holders[0].person.id))).toBe(true);
    });

    it('shows the overlap the reform removed: before it two units led village-level organisation construction', async () => {
      const [first] = await ask('村级组织建设', BEFORE);
      expect(first.duty.id).toBe('duty:village-organisation-construction');
      expect(first.status).toBe('OVERLAP');
      expect(first.leads.map((owner: any) => owner.owner.id).sort()).toEqual(['office:old-agriculture', 'office:old-party-government']);
    });

    it('states the division of labour of the pilot: the three leaders lead their tasks themselves', async () => {
      for (const [dutyId, postId] of [
        ['duty:team-organisation-system', 'post:discipline-secretary'],
        ['duty:village-organisation-rules', 'post:deputy-party-secretary'],
        ['duty:rural-village-management', 'post:deputy-mayor-agriculture'],
      ]) {
        const [first] = await ask(dutyId!, '2008-08-25');
        expect(first.duty.id).toBe(dutyId);
        expect(first.status).toBe('OWNED');
        expect(first.leads.map((owner: any) => [owner.owner.id, owner.kind])).toEqual([[postId, 'POST']]);
      }
    });

    it('answers a blank duty with its nearest owned parent', async () => {
      const [first] = await ask('duty:college-graduates-villages');
      expect(first.status).toBe('BLANK');
      expect(first.leads).toEqual([]);
      expect(first.nearestOwnedParent.duty.id).toBe('duty:village-organisation-construction');
      expect(first.nearestOwnedParent.leads.map((owner: any) => owner.owner.id)).toEqual(['office:party-affairs']);
    });

    it('answers a vacant lead post with the leader in charge of its office', async () => {
      const [first] = await ask('农村道路');
      expect(first.duty.id).toBe('duty:rural-roads');
      expect(first.status).toBe('VACANT');
      expect(first.leads.map((owner: any) => owner.owner.id)).toEqual(['post:village-construction-deputy']);
      expect(first.fallback.fallbackKind).toBe('LEADER_IN_CHARGE');
      expect(first.fallback.post.id).toBe('post:deputy-mayor-agriculture');
      expect(first.fallback.holders.map((holding: any) => holding.person.id)).toEqual([await holderOf('post:deputy-mayor-agriculture', AFTER)]);
    });

    it('finds a duty by an English word with a typo', async () => {
      const answers = await ask('homestaed');
      expect(answers[0].duty.id).toBe('duty:homestead-approval');
    });
  });

  describe('dutyAudit', () => {
    const AUDIT = `query Audit($asOf: Date) {
      dutyAudit(asOf: $asOf, township: "town:lishun") { totalDuties counts { flag count } findings { edges { node { duty { id } flags } } } }
    }`;
    const audit = async (asOf: string) => {
      const answer = (await town.graphql.data(AUDIT, { asOf })).dutyAudit;
      return { ...answer, findings: answer.findings.edges.map((edge: any) => edge.node) };
    };
    const byFlag = (findings: { duty: { id: string }; flags: string[] }[], flag: string) =>
      findings.filter((finding) => finding.flags.includes(flag)).map((finding) => finding.duty.id).sort();

    it('before the pilot finds the overlaps, cross-overs and blanks the reform was meant to remove', async () => {
      const result = await audit(BEFORE);
      expect(result.totalDuties).toBe(92);
      expect(byFlag(result.findings, 'OVERLAP')).toEqual([
        'duty:land-management', 'duty:letters-and-visits', 'duty:river-management', 'duty:village-organisation-construction', 'duty:work-safety',
      ]);
      expect(byFlag(result.findings, 'CROSSOVER')).toEqual(['duty:employment', 'duty:farmland-irrigation', 'duty:village-finances']);
      expect(byFlag(result.findings, 'BLANK')).toEqual([
        'duty:college-graduates-villages', 'duty:democratic-decision-making', 'duty:industry-associations', 'duty:resident-instructors',
        'duty:rural-village-management', 'duty:team-organisation-system', 'duty:team-work-rules', 'duty:village-affairs-rules', 'duty:village-organisation-rules',
      ]);
      expect(byFlag(result.findings, 'VACANT')).toEqual([]);
      // The deputy mayor for agriculture also headed the agriculture office he was in charge of.
      expect(byFlag(result.findings, 'SELF_SUPERVISED')).toHaveLength(10);
      expect(byFlag(result.findings, 'SELF_SUPERVISED')).toContain('duty:agriculture');
    });

    it('after the pilot finds only the few that remain', async () => {
      const result = await audit(AFTER);
      expect(result.counts).toEqual([
        { flag: 'OVERLAP', count: 2 }, { flag: 'CROSSOVER', count: 2 }, { flag: 'BLANK', count: 1 }, { flag: 'VACANT', count: 1 }, { flag: 'SELF_SUPERVISED', count: 0 },
      ]);
      expect(result.findings.map((finding: any) => [finding.duty.id, finding.flags.join(',')])).toEqual([
        ['duty:college-graduates-villages', 'BLANK'],
        ['duty:floating-population', 'CROSSOVER'],
        ['duty:illegal-construction', 'OVERLAP'],
        ['duty:rural-roads', 'VACANT'],
        ['duty:village-finances', 'CROSSOVER'],
        ['duty:work-safety', 'OVERLAP'],
      ]);
    });
  });

  describe('stationPartyRelations', () => {
    const STATIONS = `query Stations($asOf: Date) {
      stationPartyRelations(asOf: $asOf, township: "town:lishun") { edges { node {
        station { id } organization { id } from basis exemption insideTownCommittee flags head { townConsulted }
      } } }
    }`;
    const stations = async (asOf: string) => (await town.graphql.data(STATIONS, { asOf })).stationPartyRelations.edges.map((edge: any) => edge.node) as any[];

    it('shows the 4 stations that moved into the town party committee on 2008-10-15', async () => {
      const moved = (await stations(AFTER)).filter((row) => row.from === '2008-10-15');
      expect(moved.map((row) => row.station.id).sort()).toEqual(['station:forestry', 'station:justice', 'station:land', 'station:water']);
      for (const row of moved) {
        expect(row.organization.id).toBe('party:town-committee');
        expect(row.insideTownCommittee).toBe(true);
        expect(row.basis).toMatch(/属地管理/);
        expect(row.flags).toEqual([]);
      }
    });

    it('flags the one station outside without an exemption, and its head appointed without consulting the town', async () => {
      const rows = await stations(AFTER);
      const flagged = rows.filter((row) => row.flags.length > 0);
      expect(flagged.map((row) => [row.station.id, row.flags])).toEqual([
        ['station:power', ['OUTSIDE_TOWN_COMMITTEE_WITHOUT_EXEMPTION', 'HEAD_APPOINTED_WITHOUT_CONSULTATION']],
      ]);
      const exempted = rows.filter((row) => row.exemption);
      expect(exempted.map((row) => row.station.id).sort()).toEqual(['station:industry-commerce', 'station:police', 'station:tax']);
    });

    it('before the move the four sat with their departments and were flagged', async () => {
      const rows = await stations(BEFORE);
      const outside = rows.filter((row) => row.flags.includes('OUTSIDE_TOWN_COMMITTEE_WITHOUT_EXEMPTION')).map((row) => row.station.id).sort();
      expect(outside).toEqual(['station:forestry', 'station:justice', 'station:land', 'station:power', 'station:water']);
    });
  });

  it('townshipStats counts what the report counts, after the pilot', async () => {
    const { townshipStats } = await town.graphql.data(`{
      townshipStats(township: "town:lishun", asOf: "${AFTER}") {
        villages { total administrative residential } offices { total } leadershipPosts
        middlePosts { filled vacant } stations duties dutiesByFlag { flag count }
      }
    }`);
    expect(townshipStats).toMatchObject({
      villages: { total: 61, administrative: 58, residential: 3 },
      offices: { total: 6 },
      leadershipPosts: 11,
      middlePosts: { filled: 13, vacant: 1 },
      stations: 9,
      duties: 92,
    });
    expect(townshipStats.dutiesByFlag).toContainEqual({ flag: 'OVERLAP', count: 2 });
  });

  it('changes across the pilot: 16→11 posts, eight units into six offices, 13 villages re-homed, 4 stations moved', async () => {
    const { changes } = await town.graphql.data(`{
      changes(before: "${BEFORE}", after: "${AFTER}", township: "${TOWN}") {
        leadershipPostsBefore leadershipPostsAfter
        officesCreated { office { id } }
        officesClosed { office { id } mergedInto { id } }
        villagesRehomed { village { id } }
        stationPartyRelationsMoved { station { id } }
        dutyOwnerChanges { duty { id } }
      }
    }`);
    expect([changes.leadershipPostsBefore, changes.leadershipPostsAfter]).toEqual([16, 11]);
    expect(changes.officesCreated).toHaveLength(6);
    const merged = changes.officesClosed.filter((closed: any) => closed.mergedInto.length > 0);
    const withdrawn = changes.officesClosed.filter((closed: any) => closed.mergedInto.length === 0);
    expect(merged).toHaveLength(8);
    expect(withdrawn.map((closed: any) => closed.office.id)).toEqual(['office:yushe']);
    expect(changes.villagesRehomed).toHaveLength(13);
    expect(changes.stationPartyRelationsMoved).toHaveLength(4);
    expect(changes.dutyOwnerChanges.length).toBeGreaterThan(80);
  });
});
