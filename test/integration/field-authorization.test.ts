import type { Role, Viewer } from '../../src/auth/roles';
import { sampleTownSession } from '../helpers/sample-town-session';

/**
 * Who may read what, on the sample town: viewer — duties, offices, posts, stations, no personal
 * data; staff — also people's names and appointments; discipline — also party relations and
 * station-head consultations; admin — all. A refused field fails alone with FORBIDDEN and its
 * value is never sent.
 */
const viewerWith = (role: Role): Viewer => ({ subject: `${role}-tester`, roles: [role], anonymous: false });

const PROBES = {
  dutyOwner: { query: '{ whoIsResponsible(query: "duty:land-management", asOf: "2008-11-01") { edges { node { leads { owner { ... on Node { id } } } } } } }', role: 'viewer' },
  holderName: { query: '{ whoIsResponsible(query: "duty:land-management", asOf: "2008-11-01") { edges { node { leads { holders { person { name } } } } } } }', role: 'staff' },
  stationDepartment: { query: '{ stationPartyRelations(township: "town:lishun", asOf: "2008-11-01") { edges { node { station { id } department { id } } } } }', role: 'viewer' },
  stationOrganization: { query: '{ stationPartyRelations(township: "town:lishun", asOf: "2008-11-01") { edges { node { organization { id } } } } }', role: 'discipline' },
  stationConsultation: { query: '{ stationPartyRelations(township: "town:lishun", asOf: "2008-11-01") { edges { node { head { townConsulted } } } } }', role: 'discipline' },
  appointments: { query: '{ changes(before: "2008-08-14", after: "2008-11-01", township: "town:lishun") { appointments { person { id } } } }', role: 'staff' },
  movedRelations: { query: '{ changes(before: "2008-08-14", after: "2008-11-01", township: "town:lishun") { stationPartyRelationsMoved { station { id } } } }', role: 'discipline' },
  changeLog: { query: '{ changeLog(first: 1) { totalCount } }', role: 'discipline' },
  // Issue 20: appointments and what is derived from them are staff facts wherever they appear.
  holderIds: { query: '{ whoIsResponsible(query: "duty:land-management", asOf: "2008-11-01") { edges { node { leads { holders { person { id } acting from } } } } } }', role: 'staff' },
  leaderHolders: { query: '{ whoIsResponsible(query: "duty:land-management", asOf: "2008-11-01") { edges { node { leads { leadersInCharge { holders { person { id } } } } } } } }', role: 'staff' },
  explanation: { query: '{ whoIsResponsible(query: "duty:land-management", asOf: "2008-11-01") { edges { node { explanation { person { id } steps { to { id } } } } } } }', role: 'staff' },
  auditHolders: { query: '{ dutyAudit(township: "town:lishun", asOf: "2008-11-01") { findings { edges { node { overlap { leads { holders { person { id } } } } } } } } }', role: 'staff' },
  selfSupervision: { query: '{ dutyAudit(township: "town:lishun", asOf: "2008-08-14") { findings { edges { node { selfSupervised { person { id } } } } } } }', role: 'staff' },
  stationHead: { query: '{ stationPartyRelations(township: "town:lishun", asOf: "2008-11-01") { edges { node { head { person { id } acting } } } } }', role: 'staff' },
  peopleHoldingPosts: { query: '{ townshipStats(township: "town:lishun", asOf: "2008-11-01") { peopleHoldingPosts } }', role: 'staff' },
} as const satisfies Record<string, { query: string; role: Role }>;

const ROLES: Role[] = ['viewer', 'staff', 'discipline', 'admin'];
const RANK: Record<Role, number> = { viewer: 0, staff: 1, discipline: 2, admin: 3 };

describe('field-level authorisation by role', () => {
  const town = sampleTownSession();

  const cases = Object.entries(PROBES).flatMap(([name, probe]) => ROLES.map((role) => [name, role, RANK[role] >= RANK[probe.role]] as const));

  it.each(cases)('%s as %s: allowed = %s', async (name, role, allowed) => {
    const result = await town.graphql.run(PROBES[name as keyof typeof PROBES].query, {}, viewerWith(role));
    if (allowed) {
      expect(result.errors ?? []).toEqual([]);
    } else {
      expect(result.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
      // The refused value is not in the response, whatever the error.
      expect(JSON.stringify(result.data ?? null)).not.toMatch(/party:|person:|"townConsulted":(true|false)|totalCount/);
    }
  });
});
