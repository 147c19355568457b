import { FixtureTown, importFixtureTown } from '../helpers/fixture-town';
import type { TestDatabase } from '../helpers/test-database';

/**
 * A small town with one of every label, for the entity lookups, lists and navigation. Each test file
 * imports its own copy under a unique id prefix (through the real importer) and deletes exactly that copy.
 *
 * On 2008-11-01: person:504tr06fn4 is party secretary (in charge of the party and government office) and acting
 * director of that office (cross-posting); person:t2fb4w34np moved from deputy mayor to the office's deputy director
 * on 2008-09-01 and is resident cadre in village:east; village:east moved from the withdrawn sub-district
 * office to the town on 2008-10-01; station:land moved its party relation into the town committee on
 * 2008-10-15 and its head was appointed without consulting the town; duty:blank has no owner and
 * duty:overlap two leads. Data starts on 2008-01-01.
 */
const ENTITIES_TOWN = {
  format: 'dutygraph/1',
  meta: { title: 'Entity town for the lookup and navigation tests', year: 2008, note: 'invented names' },
  townships: [{ id: 'town', name: '实体镇', nameEn: 'Entity Town', areaKm2: 42.5, population: 20000, distanceToCityKm: 12, staff: 80, pilot: { from: '2008-08-15', to: '2008-10-31' } }],
  departments: [{ id: 'dept:land', name: '市国土局', nameEn: 'City Land Bureau' }],
  partyOrganizations: [
    { id: 'party:town-committee', name: '实体镇党委', nameEn: 'Entity Town Party Committee', kind: 'TOWN_COMMITTEE', township: 'town' },
    { id: 'party:land-committee', name: '市国土局党委', nameEn: 'Land Bureau Party Committee', kind: 'DEPARTMENT_COMMITTEE', department: 'dept:land' },
  ],
  documents: [{ id: 'doc:rules', title: '机构职责', titleEn: 'Responsibilities of Institutions', issuedOn: '2008-09-01', issuer: '实体镇党委', township: 'town' }],
  offices: [
    { id: 'office:general', name: '综合办', nameEn: 'General Bureau', kind: 'BUREAU', township: 'town', from: '2008-01-01', to: '2008-09-01', mergedInto: ['office:party-government'] },
    { id: 'office:party-government', name: '党政办公室', nameEn: 'Party and Government Office', kind: 'OFFICE', township: 'town', from: '2008-09-01' },
    { id: 'office:sub-district', name: '东片办事处', nameEn: 'East Sub-district Office', kind: 'SUB_DISTRICT_OFFICE', township: 'town', from: '2008-01-01', to: '2008-10-01' },
  ],
  posts: [
    {
      id: 'post:secretary', name: '镇党委书记', nameEn: 'Party Secretary', level: 'LEADERSHIP', rank: 'PRINCIPAL', from: '2008-01-01',
      units: [{ unit: 'town', from: '2008-01-01' }], inChargeOf: [{ office: 'office:party-government', from: '2008-09-01' }],
    },
    {
      id: 'post:deputy-mayor', name: '副镇长', nameEn: 'Deputy Mayor', level: 'LEADERSHIP', rank: 'DEPUTY', from: '2008-01-01',
      units: [{ unit: 'town', from: '2008-01-01' }], inChargeOf: [{ office: 'office:general', from: '2008-01-01', to: '2008-09-01' }],
    },
    { id: 'post:pg-director', name: '党政办主任', nameEn: 'Director, Party and Government Office', level: 'MIDDLE', rank: 'PRINCIPAL', from: '2008-09-01', units: [{ unit: 'office:party-government', from: '2008-09-01' }] },
    {
      id: 'post:pg-deputy', name: '党政办副主任', nameEn: 'Deputy Director, Party and Government Office', level: 'MIDDLE', rank: 'DEPUTY', from: '2008-09-01',
      deputyOf: 'post:pg-director', units: [{ unit: 'office:party-government', from: '2008-09-01' }],
    },
    { id: 'post:east-secretary', name: '东村党支部书记', nameEn: 'Branch Secretary, East Village', level: 'VILLAGE_COMMITTEE', rank: 'PRINCIPAL', from: '2008-01-01', units: [{ unit: 'village:east', from: '2008-01-01' }] },
    { id: 'post:east-director', name: '东村村委会主任', nameEn: 'Director, East Village Committee', level: 'VILLAGE_COMMITTEE', rank: 'PRINCIPAL', from: '2008-01-01', units: [{ unit: 'village:east', from: '2008-01-01' }] },
    { id: 'post:land-head', name: '国土所所长', nameEn: 'Head of the Land Station', level: 'STATION_HEAD', rank: 'PRINCIPAL', from: '2008-01-01', units: [{ unit: 'station:land', from: '2008-01-01' }] },
  ],
  people: [
    {
      id: 'person:504tr06fn4', name: '王芳', nameEn: 'Wang Fang', gender: 'F', birthDate: '1970-05-01', partyMember: true,
      holds: [{ post: 'post:secretary', from: '2008-01-01' }, { post: 'post:pg-director', from: '2008-09-01', acting: true }],
    },
    {
      id: 'person:t2fb4w34np', name: '李强', nameEn: 'Li Qiang', gender: 'M', birthDate: '1980-02-03', partyMember: false,
      holds: [{ post: 'post:deputy-mayor', from: '2008-01-01', to: '2008-09-01' }, { post: 'post:pg-deputy', from: '2008-09-01' }],
      residentCadreIn: [{ village: 'village:east', from: '2008-09-15' }],
      candidateFor: [{ document: 'doc:rules', on: '2008-08-20' }],
    },
    { id: 'person:hrqjhxb2hs', name: '周伟', nameEn: 'Zhou Wei', holds: [{ post: 'post:east-secretary', from: '2008-01-01' }] },
    { id: 'person:5p846dp8s2', name: '孙敏', nameEn: 'Sun Min', holds: [{ post: 'post:land-head', from: '2008-01-01', townConsulted: false }] },
  ],
  villages: [
    { id: 'village:east', name: '东村', nameEn: 'East Village', kind: 'ADMINISTRATIVE', complex: true, under: [{ unit: 'office:sub-district', from: '2008-01-01', to: '2008-10-01' }, { unit: 'town', from: '2008-10-01' }] },
    { id: 'village:west', name: '西区', nameEn: 'West Residential Area', kind: 'RESIDENTIAL', under: [{ unit: 'town', from: '2008-01-01' }] },
  ],
  stations: [
    {
      id: 'station:land', name: '实体国土所', nameEn: 'Entity Land Station',
      runBy: [{ department: 'dept:land', from: '2008-01-01' }],
      locatedIn: [{ township: 'town', from: '2008-01-01' }],
      partyRelations: [
        { organization: 'party:land-committee', from: '2008-01-01', to: '2008-10-15', basis: '由主管部门党委管理' },
        { organization: 'party:town-committee', from: '2008-10-15', basis: '属地管理' },
      ],
    },
  ],
  duties: [
    {
      id: 'duty:admin', title: '行政事务', titleEn: 'Administrative affairs', category: 'BASIC', township: 'town', keywords: ['行政', 'administration'],
      owners: [{ owner: 'office:general', role: 'LEAD', from: '2008-01-01', to: '2008-09-01' }, { owner: 'office:party-government', role: 'LEAD', from: '2008-09-01' }],
    },
    {
      id: 'duty:documents', title: '文件管理', titleEn: 'Document management', category: 'BASIC', township: 'town', parent: 'duty:admin',
      basis: { document: 'doc:rules', clause: '第二条' },
      owners: [{ owner: 'post:pg-director', role: 'LEAD', from: '2008-09-01' }, { owner: 'post:secretary', role: 'ASSIST', from: '2008-09-01' }],
    },
    { id: 'duty:blank', title: '无人负责事项', titleEn: 'Unowned matter', category: 'ASSISTING', township: 'town', parent: 'duty:admin' },
    {
      id: 'duty:overlap', title: '重叠事项', titleEn: 'Overlapping matter', category: 'BASIC', township: 'town',
      owners: [{ owner: 'office:party-government', role: 'LEAD', from: '2008-09-01' }, { owner: 'post:secretary', role: 'LEAD', from: '2008-09-01' }],
    },
  ],
};

export type EntitiesTown = FixtureTown;

export function importEntitiesTown(db: TestDatabase): Promise<EntitiesTown> {
  return importFixtureTown(db, ENTITIES_TOWN, 'entities');
}
