import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { parse as parseYaml } from 'yaml';
import { canonicalDataset } from '../../src/dataset/from-graph';
import { copyWithPrefix } from '../../src/dataset/generate-towns';
import { buildDutySearch } from '../../src/search/duty-search';
import { DatasetValidationError, formatProblem } from '../../src/dataset/problems';
import { serialiseDataset } from '../../src/dataset/serialise';
import { DatasetRepository } from '../../src/repositories/dataset.repository';
import { DatasetExportService } from '../../src/services/dataset-export.service';
import { DatasetImportService } from '../../src/services/dataset-import.service';
import { uniqueId } from '../helpers/graphql';
import { openTestDatabase, TestDatabase } from '../helpers/test-database';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
type PlainDataset = Record<string, unknown>;

/** Counts and a digest of every node this test made and every relationship touching one. */
interface GraphSnapshot {
  nodes: number;
  relationships: number;
  digest: string;
}

describe('dataset import and export on the real Neo4j', () => {
  // Every id this test writes starts with the prefix, so it owns (and deletes) exactly its data.
  const prefix = `${uniqueId('it-import')}.`;
  const town = `${prefix}town`;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dutygraph-import-'));
  const fixture = copyWithPrefix(parseYaml(fs.readFileSync(path.join(FIXTURES, 'small-town.yaml'), 'utf8')) as PlainDataset, prefix);
  let db: TestDatabase;
  let importer: DatasetImportService;
  let exporter: DatasetExportService;

  const writeFixture = (name: string, dataset: PlainDataset) => {
    const file = path.join(workDir, name);
    fs.writeFileSync(file, name.endsWith('.json') ? JSON.stringify(dataset) : serialiseDataset(dataset, 'yaml'));
    return file;
  };

  const snapshot = async (): Promise<GraphSnapshot> => {
    const { records } = await db.driver.executeQuery(
      `MATCH (n) WHERE n.id STARTS WITH $prefix
       WITH collect(n) AS nodes
       CALL (nodes) {
         UNWIND nodes AS n
         MATCH (n)-[r]-(m)
         RETURN collect(DISTINCT r) AS relationships
       }
       RETURN [n IN nodes | [labels(n), properties(n)]] AS nodes,
              [r IN relationships | [type(r), startNode(r).id, endNode(r).id, properties(r)]] AS relationships`,
      { prefix },
    );
    const nodes = (records[0]?.get('nodes') as unknown[]) ?? [];
    const relationships = (records[0]?.get('relationships') as unknown[]) ?? [];
    const lines = [...nodes, ...relationships].map((value) => stableJson(value)).sort();
    return { nodes: nodes.length, relationships: relationships.length, digest: crypto.createHash('sha256').update(lines.join('\n')).digest('hex') };
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    importer = new DatasetImportService(new DatasetRepository(db.executor));
    exporter = new DatasetExportService(new DatasetRepository(db.executor));
  });

  afterAll(async () => {
    await db.driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix });
    await db.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('refuses an invalid file with every problem and writes nothing, not even its valid records', async () => {
    const broken = structuredClone(fixture);
    const people = broken.people as { holds: { from: string; post: string }[] }[];
    people[0]!.holds[0]!.from = '2008-02-30';
    people[1]!.holds[0]!.post = `${prefix}post:nowhere`;
    const before = await snapshot();

    const error = await importer.importFile(writeFixture('broken.yaml', broken)).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DatasetValidationError);
    const lines = (error as DatasetValidationError).problems.map(formatProblem);
    expect(lines).toEqual([
      expect.stringMatching(/broken\.yaml:\d+: people\[0\]\.holds\[0\]\.from: '2008-02-30' is not a date \(YYYY-MM-DD\)$/),
      expect.stringContaining(`people[1].holds[0].post: unknown id '${prefix}post:nowhere': no Post with this id in the file or in the graph`),
    ]);
    expect(await snapshot()).toEqual(before);
    expect(before.nodes).toBe(0);
  });

  it('leaves nothing behind when the write fails half-way through its transaction', async () => {
    const sent: string[] = [];
    // The observer runs inside the transaction, before each statement: failing at the HOLDS edges
    // means every node and several edges were already written in it.
    const failing = db.executor.forRequest('test-failing-import', {
      onStatement: (name) => {
        sent.push(name);
        if (name === 'dataset/merge-holds') throw new Error('simulated failure in the middle of the import');
      },
    });
    const file = writeFixture('fails-midway.yaml', fixture);

    await expect(new DatasetImportService(new DatasetRepository(failing)).importFile(file)).rejects.toThrow('simulated failure');

    expect(sent).toEqual(expect.arrayContaining(['dataset/merge-townships', 'dataset/merge-duties', 'dataset/merge-post-units', 'dataset/merge-holds']));
    expect(await snapshot()).toMatchObject({ nodes: 0, relationships: 0 });
  });

  it('imports a file, and importing it again changes nothing', async () => {
    const file = writeFixture('small-town.json', fixture);

    const first = await importer.importFile(file);
    const afterFirst = await snapshot();
    const second = await importer.importFile(file);
    const afterSecond = await snapshot();

    expect(first.records).toEqual({ townships: 1, departments: 2, partyOrganizations: 3, documents: 2, offices: 4, posts: 6, people: 5, villages: 2, stations: 2, duties: 3 });
    // The second import embeds nothing: every duty text already has its meaning (a row each when first embedded).
    expect(second.embeddedTexts).toBe(0);
    expect(second.rows).toBe(first.rows - first.embeddedTexts);
    expect(afterFirst.nodes).toBe(30);
    expect(afterFirst.relationships).toBeGreaterThan(40);
    expect(afterSecond).toEqual(afterFirst);
  });

  it('writes the same graph when a big file is split on purpose into several transactions', async () => {
    const before = await snapshot();
    const split = await importer.importFile(writeFixture('split.json', fixture), { rowsPerTransaction: 10 });
    expect(split.transactions).toBeGreaterThan(5);
    expect(await snapshot()).toEqual(before);
  });

  it('finds the same graph facts by one scan of the graph as by a lookup per id, and asks nothing for no ids', async () => {
    const ids = [...((fixture.people as { id: string }[]).map((person) => person.id)), ...(fixture.posts as { id: string }[]).map((post) => post.id), ...(fixture.duties as { id: string }[]).map((duty) => duty.id)];
    const factsBy = async (asked: string[]) => {
      const sent: string[] = [];
      const facts = await new DatasetRepository(db.executor.forRequest('test-graph-facts', { onStatement: (name) => sent.push(name) })).findGraphFacts(asked);
      return { sent, facts };
    };
    const { records } = await db.driver.executeQuery('MATCH (n) RETURN count(n) AS nodes');
    const nodes = Number(records[0]?.get('nodes'));
    // The scan is chosen when the file names at least a quarter as many ids as the graph has nodes:
    // ids of nothing in the graph pad the question up to that, and answer nothing either way.
    const padding = Array.from({ length: Math.ceil(nodes / 4) }, (_, index) => `${prefix}absent:${index}`);

    const lookedUp = await factsBy(ids);
    const scanned = await factsBy([...ids, ...padding]);

    expect(lookedUp.sent).toContain('dataset/find-existing-ids');
    expect(scanned.sent).toEqual(['dataset/count-nodes', 'dataset/scan-ids', 'dataset/scan-duty-parents']);
    expect(lookedUp.facts.labels.size).toBe(ids.length);
    expect(lookedUp.facts.singleHolder.size).toBe((fixture.posts as unknown[]).length);
    expect(lookedUp.facts.dutyParents.size).toBeGreaterThan(0);
    expect(scanned.facts.labels).toEqual(lookedUp.facts.labels);
    expect(scanned.facts.singleHolder).toEqual(lookedUp.facts.singleHolder);
    // The scan returns every PART_OF edge of the graph, a superset of the chains the lookup walks.
    for (const [duty, parent] of lookedUp.facts.dutyParents) expect(scanned.facts.dutyParents.get(duty)).toBe(parent);
    expect(await factsBy([])).toEqual({ sent: [], facts: { labels: new Map(), singleHolder: new Map(), dutyParents: new Map() } });
  });

  it('sizes --rows-per-transaction auto from the server: a small file in one transaction, a province in equal parts that each fit', async () => {
    const repository = new DatasetRepository(db.executor);
    const province = 3_593_815;
    const perTransaction = await repository.rowsPerTransactionFor(province);
    if (Number.isFinite(perTransaction)) {
      const parts = Math.ceil(province / perTransaction);
      expect(parts).toBeGreaterThan(1);
      // Equal parts (no sliver at the end), and one part fits in one transaction by the same rule.
      expect(parts * perTransaction - province).toBeLessThan(parts);
      expect(await repository.rowsPerTransactionFor(perTransaction)).toBe(Number.POSITIVE_INFINITY);
    }
    const before = await snapshot();
    const auto = await importer.importFile(writeFixture('auto.json', fixture), { rowsPerTransaction: 'auto' });
    expect(auto.transactions).toBe(1);
    expect(await snapshot()).toEqual(before);
  });

  it('writes dates as Neo4j dates, the pilot as pilotFrom/pilotTo, keywords as a list and as keywordText', async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (t:Township {id: $town}), (d:Duty {id: $duty})
       MATCH (:Person {id: $person})-[h:HOLDS]->(:Post)
       RETURN t.pilotFrom IS :: DATE AS pilotIsDate, toString(t.pilotFrom) AS pilotFrom, toString(t.pilotTo) AS pilotTo,
              toString(t.dataFrom) AS dataFrom, t.population IS :: INTEGER AS populationIsInteger,
              d.keywords AS keywords, d.keywordText AS keywordText, h.from IS :: DATE AS holdFromIsDate, h.acting AS acting`,
      { town, duty: `${prefix}duty:village-organisation`, person: `${prefix}person:t2fb4w34np` },
    );
    expect(records[0]?.toObject()).toEqual({
      pilotIsDate: true,
      pilotFrom: '2008-08-15',
      pilotTo: '2008-10-31',
      dataFrom: '2000-01-01',
      populationIsInteger: true,
      keywords: ['村级组织', '两委', 'village committee'],
      keywordText: '村级组织 两委 village committee',
      holdFromIsDate: true,
      acting: false,
    });
  });

  it('resolves polymorphic edges to the right label, and the full-text index finds duties by keyword', async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (post:Post)-[:IN]->(unit) WHERE post.id STARTS WITH $prefix
       RETURN post.id AS post, labels(unit)[0] AS label ORDER BY post`,
      { prefix },
    );
    expect(Object.fromEntries(records.map((record) => [String(record.get('post')).slice(prefix.length), record.get('label')]))).toEqual({
      'post:deputy-mayor-agriculture': 'Township',
      'post:east-village-secretary': 'Village',
      'post:economic-director': 'Office',
      'post:economic-staff': 'Office',
      'post:party-secretary': 'Township',
      'post:police-chief': 'Station',
    });
    const search = await db.driver.executeQuery(
      "CALL db.index.fulltext.queryNodes('duty_words', $lucene) YIELD node WHERE node.id STARTS WITH $prefix RETURN node.id AS id",
      { lucene: buildDutySearch('两委').lucene, prefix },
    );
    expect(search.records.map((record) => record.get('id'))).toEqual([`${prefix}duty:village-organisation`]);
  });

  it('exports the township as the file it imported (order and omitted defaults aside), and the export imports again', async () => {
    const exported = await exporter.exportDataset({ township: town });
    const reparsed = parseYaml(serialiseDataset(exported, 'yaml')) as PlainDataset;

    expect(canonicalDataset(reparsed)).toEqual(canonicalDataset(fixture));

    const before = await snapshot();
    await importer.importFile(writeFixture('exported.yaml', reparsed));
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to export a township that is not in the graph', async () => {
    await expect(exporter.exportDataset({ township: `${prefix}no-such-town` })).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  it('imports a CSV duty list whose offices, posts, documents and township are already in the graph', async () => {
    const file = path.join(workDir, 'duties.csv');
    fs.writeFileSync(file, prefixCsvIds(fs.readFileSync(path.join(FIXTURES, 'small-town-duties.csv'), 'utf8'), prefix));

    const summary = await importer.importFile(file);
    const afterFirst = await snapshot();
    await importer.importFile(file);

    expect(summary.records).toEqual({ duties: 3 });
    expect(await snapshot()).toEqual(afterFirst);
    const { records } = await db.driver.executeQuery(
      `MATCH (duty:Duty {id: $duty})
       RETURN duty.title AS title, duty.keywords AS keywords,
              COLLECT { MATCH (owner)-[r:RESPONSIBLE_FOR]->(duty) RETURN [owner.id, r.role, toString(r.from)] ORDER BY r.role DESC, owner.id } AS owners,
              COLLECT { MATCH (duty)-[:PART_OF]->(parent) RETURN parent.id } AS parents,
              COLLECT { MATCH (duty)-[b:DEFINED_BY]->(document) RETURN [document.id, b.clause] } AS bases,
              COLLECT { MATCH (duty)-[:IN]->(township:Township) RETURN township.id } AS townships`,
      { duty: `${prefix}duty:homestead-approval` },
    );
    expect(records[0]?.toObject()).toEqual({
      title: '农村宅基地审批',
      keywords: ['宅基地', 'homestead'],
      owners: [
        [`${prefix}office:economic`, 'LEAD', '2008-09-01'],
        [`${prefix}office:party-government`, 'ASSIST', '2008-09-01'],
        [`${prefix}post:deputy-mayor-agriculture`, 'ASSIST', '2008-09-01'],
      ],
      parents: [`${prefix}duty:village-organisation`],
      bases: [[`${prefix}doc:responsibilities`, '第五条']],
      townships: [town],
    });
  });

  it('replaces a changed single-valued reference, and keeps dated edges as history', async () => {
    const changed = structuredClone(fixture);
    const duties = changed.duties as { id: string; parent?: string; basis?: { document: string; clause?: string }; owners?: { owner: string; role: string; from: string; to?: string }[] }[];
    const rules = duties.find((duty) => duty.id === `${prefix}duty:village-affairs-rules`)!;
    const organisation = duties.find((duty) => duty.id === `${prefix}duty:village-organisation`)!;
    const land = duties.find((duty) => duty.id === `${prefix}duty:land-management`)!;
    delete rules.parent;
    // One statement replaces a duty's township, parent and basis: each changes on its own.
    organisation.basis = { document: `${prefix}doc:competition`, clause: '第一条' };
    land.parent = organisation.id;
    rules.owners![0]!.to = '2008-12-01';
    rules.owners!.push({ owner: `${prefix}office:economic`, role: 'LEAD', from: '2008-12-01' });

    await importer.importFile(writeFixture('changed.yaml', changed));

    const { records } = await db.driver.executeQuery(
      `MATCH (duty:Duty {id: $duty})
       RETURN COUNT { (duty)-[:PART_OF]->() } AS parents,
              COLLECT { MATCH (owner)-[r:RESPONSIBLE_FOR]->(duty) RETURN [owner.id, toString(r.from), toString(r.to)] ORDER BY r.from } AS owners`,
      { duty: rules.id },
    );
    expect(records[0]?.get('parents').toNumber()).toBe(0);
    const references = await db.driver.executeQuery(
      `MATCH (duty:Duty) WHERE duty.id IN $ids
       RETURN duty.id AS id,
              COLLECT { MATCH (duty)-[:PART_OF]->(parent) RETURN parent.id } AS parents,
              COLLECT { MATCH (duty)-[b:DEFINED_BY]->(document) RETURN [document.id, b.clause] } AS bases,
              COLLECT { MATCH (duty)-[:IN]->(township:Township) RETURN township.id } AS townships
       ORDER BY id`,
      { ids: [organisation.id, land.id] },
    );
    expect(references.records.map((record) => record.toObject())).toEqual([
      { id: land.id, parents: [organisation.id], bases: [], townships: [town] },
      { id: organisation.id, parents: [], bases: [[`${prefix}doc:competition`, '第一条']], townships: [town] },
    ]);
    expect(records[0]?.get('owners')).toEqual([
      [`${prefix}post:deputy-mayor-agriculture`, '2008-09-01', '2008-12-01'],
      [`${prefix}office:economic`, '2008-12-01', null],
    ]);
  });
});

/** The CSV fixture names unprefixed ids; this test's copy of the town has prefixed ones. */
function prefixCsvIds(text: string, prefix: string): string {
  const rows = parseCsv(text, { columns: true }) as Record<string, string>[];
  const idColumns = ['id', 'parent', 'leadUnit', 'assistingUnits', 'basisDocument', 'township'];
  const prefixed = rows.map((row) => {
    const copy = { ...row };
    for (const column of idColumns) {
      copy[column] = (row[column] ?? '')
        .split(';')
        .filter((id) => id.length > 0)
        .map((id) => `${prefix}${id}`)
        .join(';');
    }
    return copy;
  });
  return stringifyCsv(prefixed, { header: true, columns: Object.keys(rows[0] ?? {}) });
}

/** JSON with sorted keys and Neo4j values as text, so equal graphs give equal digests. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      const text = String(inner);
      if (text !== '[object Object]') return text; // Neo4j Date and Integer print as their value
      return Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
    }
    return inner;
  });
}
