import { FixtureTown, importFixtureTown } from '../helpers/fixture-town';
import { TestGraphQL } from '../helpers/graphql';
import { openTestDatabase, TestDatabase } from '../helpers/test-database';

/**
 * A small town whose reform pilot (2008-08-15..2008-10-31) fixes the audit findings, for the
 * whoIsResponsible and dutyAudit tests. Each test file imports its own copy under a unique id
 * prefix (through the real importer) and deletes exactly that copy afterwards.
 *
 * Before the pilot (2008-08-31):
 *   OVERLAP          duty:village-organisation-construction (organisation bureau and civil affairs bureau)
 *   CROSSOVER        duty:rural-management-system (civil affairs, under the deputy mayor; its parent under
 *                    the deputy party secretary)
 *   BLANK            duty:village-affairs-rules (nearest owned parent: the construction duty), duty:homestead-approval
 *   SELF_SUPERVISED  duty:village-organisations and the construction duty (person:t2fb4w34np is deputy party secretary
 *                    and heads the organisation bureau the secretary is in charge of)
 * After the pilot (2008-11-01):
 *   BLANK            duty:homestead-approval
 *   VACANT           duty:village-affairs-rules (led by the vacant post of director of village affairs, in the
 *                    party affairs office; person:q2j0qbt2c1, holding the post DEPUTY_OF it, stands in)
 */
const PILOT_TOWN = {
  format: 'dutygraph/1',
  meta: { title: 'Pilot town for the responsibility tests', year: 2008, note: 'invented names' },
  townships: [{ id: 'town', name: '试点镇', nameEn: 'Pilot Town', pilot: { from: '2008-08-15', to: '2008-10-31' } }],
  documents: [
    { id: 'doc:responsibilities', title: '镇内设机构工作职责', titleEn: 'Working Responsibilities of Institutions in the Town', issuedOn: '2008-09-01', township: 'town' },
  ],
  offices: [
    { id: 'office:organisation-bureau', name: '组织办', nameEn: 'Organisation Bureau', kind: 'BUREAU', township: 'town', from: '2008-01-01', to: '2008-09-01', mergedInto: ['office:party-affairs'] },
    { id: 'office:civil-affairs', name: '民政办', nameEn: 'Civil Affairs Bureau', kind: 'BUREAU', township: 'town', from: '2008-01-01', to: '2008-09-01', mergedInto: ['office:social-affairs'] },
    { id: 'office:party-affairs', name: '党务办公室', nameEn: 'Party Affairs Office', kind: 'OFFICE', township: 'town', from: '2008-09-01' },
    { id: 'office:social-affairs', name: '社会事务办公室', nameEn: 'Social Affairs Office', kind: 'OFFICE', township: 'town', from: '2008-09-01' },
  ],
  posts: [
    {
      id: 'post:deputy-party-secretary', name: '镇党委副书记', nameEn: 'Deputy Party Secretary', level: 'LEADERSHIP', rank: 'DEPUTY', from: '2008-01-01',
      units: [{ unit: 'town', from: '2008-01-01' }],
      inChargeOf: [{ office: 'office:organisation-bureau', from: '2008-01-01', to: '2008-09-01' }, { office: 'office:party-affairs', from: '2008-09-01' }],
    },
    {
      id: 'post:deputy-mayor-agriculture', name: '分管农业副镇长', nameEn: 'Deputy Mayor for Agriculture', level: 'LEADERSHIP', rank: 'DEPUTY', from: '2008-01-01',
      units: [{ unit: 'town', from: '2008-01-01' }],
      inChargeOf: [{ office: 'office:civil-affairs', from: '2008-01-01', to: '2008-09-01' }, { office: 'office:social-affairs', from: '2008-09-01' }],
    },
    { id: 'post:organisation-bureau-chief', name: '组织办主任', nameEn: 'Chief, Organisation Bureau', level: 'MIDDLE', rank: 'PRINCIPAL', from: '2008-01-01', to: '2008-09-01', units: [{ unit: 'office:organisation-bureau', from: '2008-01-01', to: '2008-09-01' }] },
    { id: 'post:civil-affairs-chief', name: '民政办主任', nameEn: 'Chief, Civil Affairs Bureau', level: 'MIDDLE', rank: 'PRINCIPAL', from: '2008-01-01', to: '2008-09-01', units: [{ unit: 'office:civil-affairs', from: '2008-01-01', to: '2008-09-01' }] },
    { id: 'post:party-affairs-director', name: '党务办公室主任', nameEn: 'Director, Party Affairs Office', level: 'MIDDLE', rank: 'PRINCIPAL', from: '2008-09-01', units: [{ unit: 'office:party-affairs', from: '2008-09-01' }] },
    { id: 'post:social-affairs-director', name: '社会事务办公室主任', nameEn: 'Director, Social Affairs Office', level: 'MIDDLE', rank: 'PRINCIPAL', from: '2008-09-01', units: [{ unit: 'office:social-affairs', from: '2008-09-01' }] },
    { id: 'post:village-affairs-director', name: '村务办主任', nameEn: 'Director of Village Affairs', level: 'MIDDLE', rank: 'PRINCIPAL', from: '2008-09-01', units: [{ unit: 'office:party-affairs', from: '2008-09-01' }] },
    {
      id: 'post:village-affairs-deputy', name: '村务办副主任', nameEn: 'Deputy Director of Village Affairs', level: 'MIDDLE', rank: 'DEPUTY', from: '2008-09-01',
      deputyOf: 'post:village-affairs-director', units: [{ unit: 'office:party-affairs', from: '2008-09-01' }],
    },
  ],
  people: [
    { id: 'person:t2fb4w34np', name: '李明', nameEn: 'Li Ming', holds: [{ post: 'post:deputy-party-secretary', from: '2008-01-01' }, { post: 'post:organisation-bureau-chief', from: '2008-01-01', to: '2008-09-01' }] },
    { id: 'person:c7cshqmcfv', name: '赵强', nameEn: 'Zhao Qiang', holds: [{ post: 'post:deputy-mayor-agriculture', from: '2008-01-01' }] },
    { id: 'person:h43kqg25gr', name: '吴军', holds: [{ post: 'post:civil-affairs-chief', from: '2008-01-01', to: '2008-09-01' }] },
    { id: 'person:3nkhq83zb4', name: '张华', holds: [{ post: 'post:party-affairs-director', from: '2008-09-20' }] },
    { id: 'person:q2j0qbt2c1', name: '陈静', holds: [{ post: 'post:village-affairs-deputy', from: '2008-09-20' }] },
  ],
  duties: [
    {
      id: 'duty:village-organisations', title: '村级组织', titleEn: 'Village organisations', category: 'BASIC', township: 'town', keywords: ['村级组织'],
      owners: [{ owner: 'office:organisation-bureau', role: 'LEAD', from: '2008-01-01', to: '2008-09-01' }, { owner: 'office:party-affairs', role: 'LEAD', from: '2008-09-01' }],
    },
    {
      id: 'duty:village-organisation-construction', title: '村级组织建设', titleEn: 'Village-level organisation construction',
      description: '指导村两委建设', descriptionEn: 'Guide the building of the village two committees', category: 'BASIC', township: 'town',
      keywords: ['村级组织', '两委', 'village committee'], parent: 'duty:village-organisations', basis: { document: 'doc:responsibilities', clause: '第三条' },
      owners: [
        { owner: 'office:organisation-bureau', role: 'LEAD', from: '2008-01-01', to: '2008-09-01' },
        { owner: 'office:civil-affairs', role: 'LEAD', from: '2008-01-01', to: '2008-09-01' },
        { owner: 'office:party-affairs', role: 'LEAD', from: '2008-09-01' },
        { owner: 'office:social-affairs', role: 'ASSIST', from: '2008-09-01' },
      ],
    },
    {
      id: 'duty:rural-management-system', title: '农村管理制度', titleEn: 'Rural village management system', category: 'BASIC', township: 'town', parent: 'duty:village-organisations',
      owners: [{ owner: 'office:civil-affairs', role: 'LEAD', from: '2008-01-01', to: '2008-09-01' }, { owner: 'office:party-affairs', role: 'LEAD', from: '2008-09-01' }],
    },
    {
      id: 'duty:village-affairs-rules', title: '村务管理细则', titleEn: 'Detailed Rules for Village Affairs', category: 'BASIC', township: 'town', parent: 'duty:village-organisation-construction',
      owners: [{ owner: 'post:village-affairs-director', role: 'LEAD', from: '2008-09-01' }],
    },
    { id: 'duty:homestead-approval', title: '农村宅基地审批', titleEn: 'Approval of rural homestead land', category: 'BASIC', township: 'town', parent: 'duty:village-organisations', keywords: ['宅基地', 'homestead'] },
  ],
};

export type PilotTown = FixtureTown;

export function importPilotTown(db: TestDatabase): Promise<PilotTown> {
  return importFixtureTown(db, PILOT_TOWN, 'responsibility');
}

/** A test file's Neo4j, its GraphQL service and its own copy of the pilot town. */
export interface PilotTownService {
  db: TestDatabase;
  gql: TestGraphQL;
  town: PilotTown;
}

export async function openPilotTownService(): Promise<PilotTownService> {
  const db = await openTestDatabase();
  const gql = await TestGraphQL.create(db.executor);
  const town = await importPilotTown(db);
  return { db, gql, town };
}

/** Deletes the copy, stops the service and closes the driver, in that order. */
export async function closePilotTownService({ db, gql, town }: PilotTownService): Promise<void> {
  await town.remove();
  await gql.stop();
  await db.close();
}
