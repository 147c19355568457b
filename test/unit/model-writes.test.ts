import fs from 'node:fs';
import path from 'node:path';
import { MODEL, NODE_LABELS, ResolvedWrite, WRITE_PHASES, WRITE_STATEMENTS, WRITES } from '../../src/domain/model';
import { CypherCatalog } from '../../src/db/cypher-catalog';
import { loadCatalog } from '../../src/repositories/catalog';
import { COMPUTED_ROWS } from '../../src/dataset/computed-rows';
import { datasetToRows, rowsOfWrite } from '../../src/dataset/to-rows';
import { DatasetRepository } from '../../src/repositories/dataset.repository';

/**
 * The rows a dataset is written as, and the statements that write them, come from the model table
 * (`writes`): adding a label adds its entry and its Cypher, not a branch in dataset/to-rows.ts or a
 * line in a list of statements.
 */
const SRC = path.join(__dirname, '../../src');
const statementText = (name: string) => fs.readFileSync(path.join(__dirname, '../../cypher/queries', `${name}.cypher`), 'utf8');
/** The keys of `row` a statement reads. */
const rowKeysReadBy = (text: string) => [...new Set([...text.matchAll(/\brow\.(\w+)/g)].map((match) => match[1]!))].sort();

describe('the writes of the model table', () => {
  it('gives every label its node row, first among its writes, and every row kind once', () => {
    for (const entry of MODEL) expect(entry.writes[0]).toMatchObject({ kind: entry.list, phase: 'node' });
    const kinds = WRITES.map((write) => write.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it('writes every reference and edge list of a label through one of its writes', () => {
    for (const entry of MODEL) {
      const writes = WRITES.filter((write) => write.label === entry.label);
      for (const { path: at } of entry.references) {
        const [field, star, inner] = at;
        const written = writes.some((write) =>
          star === '*' && inner !== undefined
            ? write.each === field && write.columns.includes(inner)
            : write.columns.some((column) => (write.source?.[column] ?? column) === at.filter((key) => key !== '*').join('.')),
        );
        expect([entry.label, at.join('.'), written]).toEqual([entry.label, at.join('.'), true]);
      }
      for (const list of entry.edgeLists) expect(writes.filter((write) => write.each === list)).toHaveLength(1);
    }
  });

  it.each(WRITES.filter((write) => !write.computed).map((write) => [write.statement, write] as const))('%s reads exactly the columns its write builds', (statement, write) => {
    const keys = [write.each === undefined ? 'id' : write.kindOfLabel, ...write.columns].sort();
    expect(rowKeysReadBy(statementText(statement))).toEqual(keys);
    expect(statementText(statement)).toMatch(/^UNWIND \$rows AS row$/m);
  });

  it('builds each computed kind in dataset/computed-rows.ts, and nothing else there', () => {
    expect(Object.keys(COMPUTED_ROWS).sort()).toEqual(WRITES.filter((write) => write.computed).map((write) => write.kind).sort());
  });

  it('runs the statements by phase (nodes before references and edges, dataFrom last), and the repository loads every one', () => {
    const phases = WRITES.map((write) => WRITE_PHASES.indexOf(write.phase));
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    expect(WRITE_STATEMENTS[0]).toEqual(['townships', 'dataset/merge-townships']);
    expect(WRITE_STATEMENTS.at(-1)).toEqual(['townshipDataFrom', 'dataset/extend-township-data-from']);
    expect(WRITE_STATEMENTS.findIndex(([kind]) => kind === 'dutyMeanings')).toBeLessThan(WRITE_STATEMENTS.findIndex(([kind]) => kind === 'dutyMeaningLinks'));
    expect(DatasetRepository.queries).toEqual(expect.arrayContaining(WRITE_STATEMENTS.map(([, statement]) => statement)));
  });

  it('lets a mutation write only row kinds the model declares', () => {
    const kinds = WRITES.map((write) => write.kind as string);
    for (const entry of MODEL) expect(entry.rows.filter((kind) => !kinds.includes(kind))).toEqual([]);
  });

  it('names no label, record list or row kind in dataset/to-rows.ts', () => {
    const text = fs.readFileSync(path.join(SRC, 'dataset/to-rows.ts'), 'utf8');
    const names = [...MODEL.flatMap((entry) => [entry.label, entry.list, entry.kind]), ...WRITES.map((write) => write.kind)];
    expect(names.filter((name) => new RegExp(`\\b${name}\\b`).test(text))).toEqual([]);
  });
});

describe('the statements that look an id up under every label', () => {
  // Cypher cannot take a label as a parameter and still use the id index: these repeat a fragment per label of the model (cypher/fragments/node-by-id.cypher).
  const EVERY_LABEL = ['dataset/find-existing-ids', 'dataset/scan-ids', 'mutations/find-nodes', 'mutations/delete-node'];
  const catalog = loadCatalog();
  const branches = (text: string) => [...text.matchAll(/MATCH \(node:(\w+)[ )]/g)].map((match) => match[1]);

  it.each(EVERY_LABEL)('%s names no label in its file, and every label of the model once per branch as sent', (statement) => {
    expect(MODEL.filter((entry) => new RegExp(`\\b${entry.label}\\b`).test(statementText(statement).replace(/node:Post|node:Duty|node:Office|\(\w+:(Duty|Township)\)/g, '')))).toEqual([]);
    expect(branches(catalog.get(statement))).toEqual(MODEL.map((entry) => entry.label));
  });

  it('writes a branch for an eleventh label when the model has one', () => {
    const eleven = CypherCatalog.load(undefined, undefined, { labels: [...NODE_LABELS, 'Committee'] });
    for (const statement of EVERY_LABEL) expect(branches(eleven.get(statement))).toEqual([...NODE_LABELS, 'Committee']);
    expect(eleven.get('mutations/find-nodes')).toContain("'Duty', 'Committee']][0] AS label");
  });
});

describe('rows from the model', () => {
  it('builds rows of an eleventh label from its write alone: columns, sources, absent values, edge lists', () => {
    const node: ResolvedWrite = { kind: 'townships', label: 'Township', kindOfLabel: 'township', phase: 'node', statement: 'x', columns: ['name', 'nameEn', 'seats', 'chairFrom'], source: { chairFrom: 'chair.from' }, absent: { seats: 0 } };
    const edge: ResolvedWrite = { ...node, phase: 'edge', each: 'members', columns: ['person', 'from', 'to'], source: {}, absent: {} };
    const records = [
      { id: 'committee:a', name: 'A', seats: 5, chair: { from: '2024-01-01' }, members: [{ person: 'person:x', from: '2024-01-01' }] },
      { id: 'committee:b', name: 'B' },
    ];
    expect(rowsOfWrite(node, records)).toEqual([
      { id: 'committee:a', name: 'A', nameEn: null, seats: 5, chairFrom: '2024-01-01' },
      { id: 'committee:b', name: 'B', nameEn: null, seats: 0, chairFrom: null },
    ]);
    expect(rowsOfWrite(edge, records)).toEqual([{ township: 'committee:a', person: 'person:x', from: '2024-01-01', to: null }]);
  });

  it('writes a small file as the model says: defaults, renamed columns, edges keyed by their record, dataFrom from every start', () => {
    const rows = datasetToRows({
      format: 'dutygraph/1',
      townships: [{ id: 'town:t', name: 'T', pilot: { from: '2019-05-01', to: '2022-05-01' } }],
      offices: [{ id: 'office:o', name: 'O', kind: 'OFFICE', township: 'town:t', from: '2020-01-01', to: '2021-01-01', mergedInto: ['office:p'] }],
      people: [{ id: 'person:p', name: 'P', holds: [{ post: 'post:x', from: '2018-03-01' }] }],
    });
    expect(rows.townships).toEqual([{ id: 'town:t', name: 'T', nameEn: null, areaKm2: null, population: null, distanceToCityKm: null, staff: null, pilotFrom: '2019-05-01', pilotTo: '2022-05-01' }]);
    expect(rows.offices).toEqual([{ id: 'office:o', name: 'O', nameEn: null, aliases: [], kind: 'OFFICE', from: '2020-01-01', to: '2021-01-01' }]);
    expect(rows.officeMergers).toEqual([{ id: 'office:o', mergedInto: ['office:p'], on: '2021-01-01' }]);
    expect(rows.holds).toEqual([{ person: 'person:p', post: 'post:x', acting: false, townConsulted: null, from: '2018-03-01', to: null }]);
    expect(rows.townshipDataFrom).toEqual([{ township: 'town:t', dataFrom: '2018-03-01' }]);
    expect(rows.posts).toEqual([]);
  });
});
