import fs from 'node:fs';
import path from 'node:path';
import { MODEL, NODE_LABELS } from '../../src/domain/model';
import { RECORD_LISTS } from '../../src/dataset/records';
import { LABEL_OF_LIST } from '../../src/dataset/references';
import { ENTITY_KINDS, EntityRepository } from '../../src/repositories/entity.repository';
import { entityPartsFor } from '../../src/graphql/entities/entity.selection';
import { ENTITY_ITEM_ROWS } from '../../src/repositories/rows/entities.rows';
import { parse } from 'yaml';

/** A statement as sent, fragments expanded (its golden file, which cypher-golden.test.ts keeps current): the parts live in each label's `<label>-items` fragment. */
const statementText = (name: string) => fs.readFileSync(path.join(__dirname, '../golden/cypher', `${name}.cypher`), 'utf8');

/** The parts a statement tests with `'part' IN $include`. */
const partsTestedBy = (text: string) => [...new Set([...text.matchAll(/'(\w+)' IN \$include/g)].map((match) => match[1]))].sort();

describe('the model table', () => {
  it('lists each label, kind, record list and statement once, in the format order', () => {
    for (const column of ['label', 'kind', 'list'] as const) expect(new Set(MODEL.map((entry) => entry[column])).size).toBe(MODEL.length);
    expect(MODEL.map((entry) => entry.list)).toEqual([...RECORD_LISTS]);
    expect(Object.values(LABEL_OF_LIST)).toEqual([...NODE_LABELS]);
    expect(ENTITY_KINDS).toHaveLength(10);
    expect(EntityRepository.queries).toEqual(MODEL.map((entry) => entry.statements.find));
  });

  it('names only labels of the model as reference targets', () => {
    for (const entry of MODEL) for (const reference of entry.references) for (const label of reference.labels) expect(NODE_LABELS).toContain(label);
  });

  it('has each own field and part of a label in its lookup row (or read by a named field), and the sample data follows the id prefixes', () => {
    const sample = parse(fs.readFileSync(path.join(__dirname, '../../data/sample-town.yaml'), 'utf8')) as Record<string, { id: string }[]>;
    for (const entry of MODEL) {
      const keys = Object.keys(ENTITY_ITEM_ROWS[entry.kind].shape);
      expect(keys).toEqual(expect.arrayContaining([...entry.fields]));
      // A part is a key of the row, or what a field the model names reads (a person's duty routes, leaders of a post held).
      const readBy = Object.values((entry as { partsReadBy?: Record<string, readonly string[]> }).partsReadBy ?? {}).flat();
      expect(entry.parts.filter((part) => !keys.includes(part) && !readBy.includes(part))).toEqual([]);
      expect((sample[entry.list] ?? []).filter((record) => !record.id.startsWith(entry.idPrefix))).toEqual([]);
      expect(sample[entry.list]?.length).toBeGreaterThan(0);
    }
  });

  it.each(MODEL.map((entry) => [entry.statements.find, entry] as const))('%s computes exactly the parts the model names, each only when asked', (statement, entry) => {
    expect(partsTestedBy(statementText(statement))).toEqual([...entry.parts].sort());
  });
});

describe('the parts a selection reads', () => {
  const office = MODEL.find((entry) => entry.label === 'Office')!;
  const post = MODEL.find((entry) => entry.label === 'Post')!;
  const selected = (...fields: string[]) => new Map(fields.map((field) => [field, [{}]]));

  it('reads the part of a selected field of that name, and nothing for plain properties', () => {
    expect(entityPartsFor(office, selected('id', 'name', 'posts', 'posts.rank'))).toEqual(['posts']);
    expect(entityPartsFor(office, selected('id', 'name', 'active'))).toEqual([]);
  });

  it('reads the parts the model names for a derived field', () => {
    expect(entityPartsFor(post, selected('vacant', 'deputyOf'))).toEqual(['deputyOf', 'holders']);
    expect(entityPartsFor(post, selected('holderHistory.person.name'))).toEqual([]);
    expect(entityPartsFor(post, selected('holderHistory'))).toEqual(['holders']);
  });
});
