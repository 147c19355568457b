import fs from 'node:fs';
import path from 'node:path';
import type { Viewer } from '../../src/auth/roles';
import { parseDatasetText, readDatasetSource } from '../../src/dataset/source';
import { graphToDataset } from '../../src/dataset/from-graph';
import { DatasetRepository } from '../../src/repositories/dataset.repository';
import { DutyAuditRepository } from '../../src/repositories/duty-audit.repository';
import { ChangesRepository } from '../../src/repositories/changes.repository';
import { MutationRepository, MutationTx } from '../../src/repositories/mutation.repository';
import { DatasetImportService } from '../../src/services/dataset-import.service';
import { ChangesService } from '../../src/services/changes.service';
import { DutyAuditService } from '../../src/services/duty-audit.service';
import { ReorganizationSpec, ReorganizeService } from '../../src/services/reorganize.service';
import { copyWithPrefix } from '../../src/dataset/generate-towns';
import { PROJECT_ROOT } from '../../src/project-root';
import { TestGraphQL, uniqueId } from '../helpers/graphql';
import { openTestDatabase, TestDatabase } from '../helpers/test-database';
import { importPilotTown, PilotTown } from './pilot-town.fixture';

const ADMIN: Viewer = { subject: 'organisation-office', roles: ['admin'], anonymous: false };
const STAFF: Viewer = { subject: 'clerk', roles: ['staff'], anonymous: false };
const REFORM_DAY = '2008-09-01';
const AFTER_DAY = '2008-10-31';

type Plain = Record<string, any>;

/**
 * The "before" state of a dataset: every record and edge that starts on or after `cut` dropped, and
 * every `to` on or after `cut` cleared (with the mergers it carried), so replaying the changes of
 * those days through mutations must give back the dataset.
 */
function stateBefore(dataset: Plain, cut: string): Plain {
  const starts = (item: Plain) => typeof item.from === 'string' && item.from >= cut;
  const open = <T extends Plain>(item: T): T => {
    const copy: Plain = { ...item };
    if (typeof copy.to === 'string' && copy.to >= cut) {
      delete copy.to;
      delete copy.mergedInto;
    }
    return copy as T;
  };
  const edges = (list: Plain[] | undefined) => (list ?? []).filter((edge) => !starts(edge)).map(open);
  const dropped = new Set<string>();
  const records = (list: Plain[] | undefined) =>
    (list ?? []).filter((record) => {
      if (starts(record)) dropped.add(record.id);
      return !starts(record);
    });
  const before: Plain = { ...dataset };
  before.offices = records(dataset.offices).map(open);
  before.posts = records(dataset.posts).map((post) => ({ ...open(post), units: edges(post.units), inChargeOf: edges(post.inChargeOf) }));
  for (const post of before.posts) if (dropped.has(post.deputyOf)) delete post.deputyOf;
  before.people = (dataset.people ?? []).map((person: Plain) => ({ ...person, holds: edges(person.holds), residentCadreIn: edges(person.residentCadreIn) }));
  before.villages = (dataset.villages ?? []).map((village: Plain) => ({ ...village, under: edges(village.under) }));
  before.stations = (dataset.stations ?? []).map((station: Plain) => ({ ...station, runBy: edges(station.runBy), locatedIn: edges(station.locatedIn), partyRelations: edges(station.partyRelations) }));
  before.duties = (dataset.duties ?? []).map((duty: Plain) => ({ ...duty, owners: edges(duty.owners) }));
  return before;
}

/** The days in [from, until] on which an office, post, unit, leader, duty owner or village edge starts or ends. */
function changeDays(dataset: Plain, from: string, until: string): string[] {
  const days = new Set<string>();
  const add = (item: Plain) => [item.from, item.to].forEach((day) => typeof day === 'string' && day >= from && day <= until && days.add(day));
  (dataset.offices ?? []).forEach(add);
  for (const post of dataset.posts ?? []) [post, ...(post.units ?? []), ...(post.inChargeOf ?? [])].forEach(add);
  for (const duty of dataset.duties ?? []) (duty.owners ?? []).forEach(add);
  for (const village of dataset.villages ?? []) (village.under ?? []).forEach(add);
  return [...days].sort();
}

/** The reorganize input that turns the state of the day before `day` into the state of `day`, read off the full dataset. */
function reorganizationOn(dataset: Plain, township: string, day: string): ReorganizationSpec {
  const offices = (dataset.offices ?? []) as Plain[];
  const posts = (dataset.posts ?? []) as Plain[];
  const valid = (edge: Plain) => edge.from <= day && (!edge.to || day < edge.to);
  const newPosts = posts.filter((post) => post.from === day);
  const duties = ((dataset.duties ?? []) as Plain[]).filter((duty) => (duty.owners ?? []).some((edge: Plain) => edge.from === day || edge.to === day));
  return {
    township,
    on: day,
    createOffices: offices.filter((office) => office.from === day).map(({ id, name, nameEn, kind }) => ({ id, name, nameEn, kind })),
    closeOffices: offices.filter((office) => office.to === day).map((office) => ({ office: office.id, mergedInto: office.mergedInto ?? [] })),
    createPosts: newPosts.map((post) => ({
      id: post.id,
      name: post.name,
      nameEn: post.nameEn,
      level: post.level,
      rank: post.rank,
      singleHolder: post.singleHolder,
      unit: (post.units ?? []).find((edge: Plain) => edge.from === day)?.unit,
      deputyOf: post.deputyOf,
      inChargeOf: (post.inChargeOf ?? []).filter((edge: Plain) => edge.from === day).map((edge: Plain) => edge.office),
    })),
    cutPosts: posts.filter((post) => post.to === day).map((post) => post.id),
    movePosts: posts
      .filter((post) => post.from < day && !(post.to && post.to <= day))
      .flatMap((post) => (post.units ?? []).filter((edge: Plain) => edge.from === day).map((edge: Plain) => ({ post: post.id, unit: edge.unit }))),
    leadersInCharge: posts
      .filter((post) => post.from < day)
      .flatMap((post) => (post.inChargeOf ?? []).filter((edge: Plain) => edge.from === day).map((edge: Plain) => ({ post: post.id, office: edge.office }))),
    reassignDuties: duties.map((duty) => {
      const owners = (duty.owners ?? []).filter(valid).map((edge: Plain) => ({ owner: edge.owner, role: edge.role }));
      const leads = new Set(owners.filter((owner: Plain) => owner.role === 'LEAD').map((owner: Plain) => owner.owner));
      return { duty: duty.id, owners, overrideReason: leads.size > 1 ? 'the dataset records a joint lead' : null };
    }),
    moveVillages: ((dataset.villages ?? []) as Plain[]).flatMap((village) =>
      (village.under ?? []).filter((edge: Plain) => edge.from === day).map((edge: Plain) => ({ village: village.id, unit: edge.unit })),
    ),
  };
}

/** What a township looks like on a day: offices, posts and their units, leaders, owners and villages, ids without the prefix. */
async function stateOn(db: TestDatabase, prefix: string, township: string, day: string): Promise<Plain> {
  const strip = (value: unknown) => String(value).slice(prefix.length);
  const rows = async (cypher: string) => {
    const { records } = await db.driver.executeQuery(cypher, { prefix, township, day });
    return records.map((record) => record.keys.map((key) => (key === 'id' || String(key).endsWith('Id') ? strip(record.get(key)) : record.get(key))).join(' ')).sort();
  };
  const valid = (r: string) => `${r}.from <= date($day) AND (${r}.to IS NULL OR date($day) < ${r}.to)`;
  return {
    offices: await rows(`MATCH (o:Office)-[:IN]->(:Township {id: $township}) WHERE ${valid('o')} RETURN o.id AS id, o.kind AS kind`),
    mergers: await rows(`MATCH (o:Office)-[m:MERGED_INTO]->(t:Office) WHERE o.id STARTS WITH $prefix RETURN o.id AS id, t.id AS targetId, toString(m.on) AS on`),
    posts: await rows(
      `MATCH (p:Post)-[r:IN]->(u) WHERE p.id STARTS WITH $prefix AND ${valid('p')} AND ${valid('r')} RETURN p.id AS id, u.id AS unitId, p.level AS level, p.rank AS rank`,
    ),
    deputies: await rows(`MATCH (p:Post)-[:DEPUTY_OF]->(q:Post) WHERE p.id STARTS WITH $prefix RETURN p.id AS id, q.id AS principalId`),
    leaders: await rows(`MATCH (p:Post)-[r:IN_CHARGE_OF]->(o:Office) WHERE p.id STARTS WITH $prefix AND ${valid('r')} RETURN p.id AS id, o.id AS officeId`),
    owners: await rows(`MATCH (o)-[r:RESPONSIBLE_FOR]->(d:Duty) WHERE d.id STARTS WITH $prefix AND ${valid('r')} RETURN d.id AS id, o.id AS ownerId, r.role AS role`),
    villages: await rows(`MATCH (v:Village)-[r:UNDER]->(u) WHERE v.id STARTS WITH $prefix AND ${valid('r')} RETURN v.id AS id, u.id AS unitId`),
  };
}

describe('reorganize on the real Neo4j', () => {
  let db: TestDatabase;
  let gql: TestGraphQL;
  let after: PilotTown;
  let prefix: string;
  let importer: DatasetImportService;
  const prefixes: string[] = [];

  /** Imports the "before" state of the pilot town under a new prefix. */
  const importBefore = async (): Promise<string> => {
    const records = await new DatasetRepository(db.executor).exportRecords(after.township);
    const exported = JSON.stringify(graphToDataset(records!, { title: 'pilot town' })).split(after.prefix).join('');
    const copyPrefix = `${uniqueId('it-reorganize')}.`;
    prefixes.push(copyPrefix);
    const before = copyWithPrefix(stateBefore(JSON.parse(exported) as Plain, REFORM_DAY), copyPrefix);
    await importer.importSource(parseDatasetText(JSON.stringify(before), 'before.json', 'json'));
    return copyPrefix;
  };

  const pilotReorganization = (p: string): ReorganizationSpec => ({
    township: `${p}town`,
    on: REFORM_DAY,
    note: 'three offices and five bureaus become six offices (pilot fixture)',
    createOffices: [
      { id: `${p}office:party-affairs`, name: '党务办公室', nameEn: 'Party Affairs Office', kind: 'OFFICE' },
      { id: `${p}office:social-affairs`, name: '社会事务办公室', nameEn: 'Social Affairs Office', kind: 'OFFICE' },
    ],
    closeOffices: [
      { office: `${p}office:organisation-bureau`, mergedInto: [`${p}office:party-affairs`] },
      { office: `${p}office:civil-affairs`, mergedInto: [`${p}office:social-affairs`] },
    ],
    cutPosts: [`${p}post:organisation-bureau-chief`, `${p}post:civil-affairs-chief`],
    createPosts: [
      { id: `${p}post:party-affairs-director`, name: '党务办公室主任', level: 'MIDDLE', rank: 'PRINCIPAL', unit: `${p}office:party-affairs` },
      { id: `${p}post:social-affairs-director`, name: '社会事务办公室主任', level: 'MIDDLE', rank: 'PRINCIPAL', unit: `${p}office:social-affairs` },
      { id: `${p}post:village-affairs-director`, name: '村务办主任', level: 'MIDDLE', rank: 'PRINCIPAL', unit: `${p}office:party-affairs` },
      { id: `${p}post:village-affairs-deputy`, name: '村务办副主任', level: 'MIDDLE', rank: 'DEPUTY', unit: `${p}office:party-affairs`, deputyOf: `${p}post:village-affairs-director` },
    ],
    leadersInCharge: [
      { post: `${p}post:deputy-party-secretary`, office: `${p}office:party-affairs` },
      { post: `${p}post:deputy-mayor-agriculture`, office: `${p}office:social-affairs` },
    ],
    reassignDuties: [
      { duty: `${p}duty:village-organisation-construction`, owners: [{ owner: `${p}office:party-affairs`, role: 'LEAD' }, { owner: `${p}office:social-affairs`, role: 'ASSIST' }] },
      { duty: `${p}duty:rural-management-system`, owners: [{ owner: `${p}office:party-affairs`, role: 'LEAD' }] },
      { duty: `${p}duty:village-affairs-rules`, owners: [{ owner: `${p}post:village-affairs-director`, role: 'LEAD' }] },
    ],
  });

  const REORGANIZE = `mutation($input: ReorganizationInput!, $dryRun: Boolean) {
    reorganize(input: $input, dryRun: $dryRun) {
      applied
      change { id mutation entities }
      changes { officesCreated { office { id } } officesClosed { office { id } kind mergedInto { id } } postsAdded { post { id } } postsCut { post { id } } dutyOwnerChanges { duty { id } } }
      flagsCreated { dutyId flag }
      flagsRemoved { dutyId flag }
    } }`;

  const fingerprint = async (p: string) => {
    const { records } = await db.driver.executeQuery(
      `MATCH (n) WHERE n.id STARTS WITH $p OPTIONAL MATCH (n)-[r]-()
       WITH count(DISTINCT n) AS nodes, collect(DISTINCT [type(r), properties(r)]) AS edges
       RETURN nodes, size(edges) AS edgeCount, edges, COUNT { MATCH (c:Change) WHERE any(e IN c.entities WHERE e STARTS WITH $p) } AS changes`,
      { p },
    );
    return JSON.stringify(records[0]!.toObject());
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    gql = await TestGraphQL.create(db.executor);
    importer = new DatasetImportService(new DatasetRepository(db.executor));
    after = await importPilotTown(db);
    prefix = await importBefore();
  });
  afterAll(async () => {
    for (const p of [...prefixes, after.prefix]) {
      await db.driver.executeQuery('MATCH (c:Change) WHERE any(e IN c.entities WHERE e STARTS WITH $p) DELETE c', { p });
      await db.driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p });
    }
    await gql.stop();
    await db.close();
  });

  it('a dry run reports the changes and the audit flags it would create and remove, and writes nothing', async () => {
    const before = await fingerprint(prefix);
    const result = await gql.run<any>(REORGANIZE, { input: pilotReorganization(prefix), dryRun: true }, ADMIN);
    expect(result.errors).toBeUndefined();
    const answer = result.data.reorganize;
    expect(answer.applied).toBe(false);
    expect(answer.change).toBeNull();
    expect(answer.changes.officesCreated.map((c: Plain) => c.office.id).sort()).toEqual([`${prefix}office:party-affairs`, `${prefix}office:social-affairs`]);
    expect(answer.changes.officesClosed.map((c: Plain) => [c.office.id, c.kind])).toEqual(
      expect.arrayContaining([[`${prefix}office:organisation-bureau`, 'MERGED'], [`${prefix}office:civil-affairs`, 'MERGED']]),
    );
    expect(answer.changes.postsCut).toHaveLength(2);
    expect(answer.flagsRemoved).toEqual(expect.arrayContaining([{ dutyId: `${prefix}duty:village-organisation-construction`, flag: 'OVERLAP' }]));
    expect(answer.flagsCreated).toEqual(expect.arrayContaining([{ dutyId: `${prefix}duty:village-affairs-rules`, flag: 'VACANT' }]));
    expect(await fingerprint(prefix)).toBe(before);
  });

  it('refuses viewers and staff', async () => {
    const denied = await gql.run(REORGANIZE, { input: pilotReorganization(prefix), dryRun: true }, STAFF);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reports every problem of a reorganisation at once, with field paths, and writes nothing', async () => {
    const before = await fingerprint(prefix);
    const input: ReorganizationSpec = {
      township: `${prefix}town`,
      on: REFORM_DAY,
      createOffices: [{ id: `${prefix}office:civil-affairs`, name: '重复', kind: 'OFFICE' }],
      closeOffices: [
        { office: `${prefix}office:organisation-bureau`, mergedInto: [] },
        { office: `${prefix}office:nowhere`, mergedInto: [] },
      ],
      movePosts: [{ post: `${prefix}post:deputy-party-secretary`, unit: `${prefix}office:organisation-bureau` }],
      reassignDuties: [{ duty: `${prefix}duty:homestead-approval`, owners: [{ owner: `${prefix}post:deputy-party-secretary`, role: 'LEAD' }, { owner: `${prefix}post:deputy-mayor-agriculture`, role: 'LEAD' }] }],
    };
    const result = await gql.run(REORGANIZE, { input }, ADMIN);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (result.errors![0]!.extensions!.problems as { field: string }[]).map((problem) => problem.field);
    expect(fields).toEqual(['input.createOffices[0].id', 'input.closeOffices[1].office', 'input.movePosts[0].unit']);

    // With the input consistent, the rules on the graph: a withdrawn office's posts and duties need a home; two leads need a reason.
    const second = await gql.run(REORGANIZE, { input: { ...input, createOffices: [], closeOffices: [input.closeOffices![0]], movePosts: [] } }, ADMIN);
    const problems = second.errors![0]!.extensions!.problems as { field: string; message: string }[];
    expect(problems.map((problem) => problem.field)).toEqual(expect.arrayContaining(['input.closeOffices[0].office', 'input.reassignDuties[0].owners']));
    expect(problems.some((problem) => /post '.*organisation-bureau-chief'/.test(problem.message))).toBe(true);
    expect(await fingerprint(prefix)).toBe(before);
  });

  it('a failure in the middle of a reorganisation leaves the graph exactly as it was', async () => {
    const before = await fingerprint(prefix);
    class FailingRepository extends MutationRepository {
      override write<T>(unit: string, work: (tx: MutationTx) => Promise<T>): Promise<T> {
        return super.write(unit, (tx) =>
          work(
            new Proxy(tx, {
              get(target, property) {
                if (property === 'closePosts') return async () => Promise.reject(new Error('injected failure after offices were written'));
                const value = Reflect.get(target, property) as unknown;
                return typeof value === 'function' ? value.bind(target) : value;
              },
            }),
          ),
        );
      }
    }
    const service = new ReorganizeService(new FailingRepository(db.executor), {
      changes: (view, from, to, township) => new ChangesService(new ChangesRepository(view)).changes(from, to, township),
      audit: (view, asOf, township) => new DutyAuditService(new DutyAuditRepository(view)).dutyAudit(asOf, township),
    });
    await expect(service.reorganize(pilotReorganization(prefix), false, ADMIN)).rejects.toThrow('injected failure');
    expect(await fingerprint(prefix)).toBe(before);
  });

  it('replaying the pilot on the "before" state yields the "after" state, with one change record', async () => {
    const result = await gql.run<any>(REORGANIZE, { input: pilotReorganization(prefix) }, ADMIN);
    expect(result.errors).toBeUndefined();
    expect(result.data.reorganize.applied).toBe(true);
    expect(result.data.reorganize.change.mutation).toBe('reorganize');
    const expected = await stateOn(db, after.prefix, after.township, AFTER_DAY);
    expect(expected.offices).toEqual(['office:party-affairs OFFICE', 'office:social-affairs OFFICE']);
    expect(expected.owners).toHaveLength(5);
    expect(await stateOn(db, prefix, `${prefix}town`, AFTER_DAY)).toEqual(expected);
    // The day before is untouched by the replay.
    expect(await stateOn(db, prefix, `${prefix}town`, '2008-08-31')).toEqual(await stateOn(db, after.prefix, after.township, '2008-08-31'));

    const log = await gql.run<any>(`query($e: ID) { changeLog(entity: $e, first: 5) { totalCount edges { node { mutation touched { entityId } } } } }`, { e: `${prefix}office:party-affairs` }, ADMIN);
    expect(log.data.changeLog.totalCount).toBe(1);
    expect(log.data.changeLog.edges[0].node.mutation).toBe('reorganize');

    const again = await gql.run(REORGANIZE, { input: pilotReorganization(prefix) }, ADMIN);
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  const SAMPLE = path.join(PROJECT_ROOT, 'data', 'sample-town.yaml');
  (fs.existsSync(SAMPLE) ? it : it.skip)(
    'replays the sample town (data/sample-town.yaml): its "before" state plus one reorganize per change day gives its state on 2008-10-31',
    async () => {
      const source = readDatasetSource(SAMPLE);
      const full = source.content as Plain;
      const afterPrefix = `${uniqueId('it-reorganize-sample-after')}.`;
      const beforePrefix = `${uniqueId('it-reorganize-sample-before')}.`;
      prefixes.push(afterPrefix, beforePrefix);
      await importer.importSource(parseDatasetText(JSON.stringify(copyWithPrefix(full, afterPrefix)), 'after.json', 'json'));
      await importer.importSource(parseDatasetText(JSON.stringify(copyWithPrefix(stateBefore(full, REFORM_DAY), beforePrefix)), 'before.json', 'json'));
      const township = (full.townships as Plain[])[0]!.id as string;
      for (const day of changeDays(full, REFORM_DAY, AFTER_DAY)) {
        const spec = reorganizationOn(copyWithPrefix(full, beforePrefix) as Plain, `${beforePrefix}${township}`, day);
        const result = await gql.run<any>(REORGANIZE, { input: spec }, ADMIN);
        expect({ day, errors: result.errors ?? [] }).toEqual({ day, errors: [] });
      }
      const expected = await stateOn(db, afterPrefix, `${afterPrefix}${township}`, AFTER_DAY);
      expect(expected.offices).toHaveLength(6);
      expect(expected.villages).toHaveLength(61);
      expect(expected.owners.length).toBeGreaterThan(0);
      expect(await stateOn(db, beforePrefix, `${beforePrefix}${township}`, AFTER_DAY)).toEqual(expected);
    },
    120_000,
  );
});
