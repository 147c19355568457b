import { z } from 'zod';
import { RowShapeError, decodeOnlyRow } from '../../src/db/row-decoder';
import { EntityKind, MODEL } from '../../src/domain/model';
import { registeredItemRows } from '../../src/repositories/rows/entity-item-rows';
import { ENTITY_ITEM_ROWS, entityPageRow } from '../../src/repositories/rows/entities.rows';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A value every decoder accepts, with every key present and every list holding one item (so nested keys are checked too). */
function sampleOf(schema: z.ZodType): Json {
  const def = (schema as unknown as { def: Record<string, unknown> & { type: string } }).def;
  switch (def.type) {
    case 'object':
      return Object.fromEntries(Object.entries(def.shape as Record<string, z.ZodType>).map(([key, inner]) => [key, sampleOf(inner)]));
    case 'array':
      return [sampleOf(def.element as z.ZodType)];
    case 'nullable':
      return sampleOf(def.innerType as z.ZodType);
    case 'enum':
      return Object.values(def.entries as Record<string, string>)[0] as string;
    case 'string':
      return '2008-09-01';
    case 'number':
      return 1;
    case 'boolean':
      return true;
    default:
      throw new Error(`no sample for a ${def.type}`);
  }
}

/** Every key path of a sample, through the first item of each list: ['posts', 0, 'post', 'rank']. */
function keyPaths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.length > 0 ? keyPaths(value[0] as Json, [...at, 0]) : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [[...at, key], ...keyPaths(inner, [...at, key])]);
}

/** A copy of `value` with the key at `path` removed, or renamed to `renamedTo`. */
function withKey(value: Json, path: (string | number)[], renamedTo?: string): Json {
  const copy = structuredClone(value);
  let parent = copy as Record<string | number, Json>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const key = path[path.length - 1] as string;
  if (renamedTo !== undefined) parent[renamedTo] = parent[key] as Json;
  delete parent[key];
  return copy;
}

const page = (item: Json): Json => ({
  dataFrom: '2008-01-01', townshipFound: true, totalCount: 1, hasPreviousPage: false, hasNextPage: false, items: [item], positions: [{ key: '2008-01-01', type: 'DATE', id: 'x' }],
});

describe.each(MODEL.map((entry) => [entry.kind, entry.statements.find] as const))('the %s statement decoder', (kind, statement) => {
  const sample = sampleOf(ENTITY_ITEM_ROWS[kind]);
  const decoder = entityPageRow(kind);
  const paths = keyPaths(sample);

  it('reads a row with every key of the statement', () => {
    expect(decodeOnlyRow(statement, decoder, [page(sample)]).items).toEqual([sample]);
    expect(paths.length).toBeGreaterThan(4);
  });

  it('fails on every missing key, naming it', () => {
    for (const path of paths) {
      const named = String(path[path.length - 1]);
      expect(() => decodeOnlyRow(statement, decoder, [page(withKey(sample, path))])).toThrow(RowShapeError);
      expect(() => decodeOnlyRow(statement, decoder, [page(withKey(sample, path))])).toThrow(named);
    }
  });

  it('fails on every misspelt key (a nullable field does not silently become null)', () => {
    for (const path of paths) {
      const misspelt = `${String(path[path.length - 1])}X`;
      expect(() => decodeOnlyRow(statement, decoder, [page(withKey(sample, path, misspelt))])).toThrow(misspelt);
    }
  });

  it('accepts the parts a selection left out: empty lists and nulls', () => {
    const item = sampleOf(ENTITY_ITEM_ROWS[kind]) as Record<string, Json>;
    const entry = MODEL.find((candidate) => candidate.kind === kind);
    for (const part of entry?.parts ?? []) if (part in item) item[part] = Array.isArray(item[part]) ? [] : null;
    expect(() => decodeOnlyRow(statement, decoder, [page(item)])).not.toThrow();
  });
});

describe('the entity page row', () => {
  it('fails on a missing envelope key and on more than one row', () => {
    const decoder = entityPageRow('office');
    expect(() => decodeOnlyRow('entities/find-offices', decoder, [{ dataFrom: null, townshipFound: true, items: [] }])).toThrow('totalCount');
    expect(() => decodeOnlyRow('entities/find-offices', decoder, [])).toThrow('expected one row');
  });
});

describe('the item decoders each label registers (repositories/rows/items)', () => {
  it('has one decoder per model kind, each of its own label file, and fails naming a kind without one', () => {
    const kinds = MODEL.map((entry) => entry.kind);
    expect(Object.keys(ENTITY_ITEM_ROWS).sort()).toEqual([...kinds].sort());
    expect(new Set(Object.values(ENTITY_ITEM_ROWS)).size).toBe(kinds.length);
    expect(() => registeredItemRows([...kinds, 'hamlet' as EntityKind])).toThrow(/hamlet has none/);
    expect(() => registeredItemRows(kinds.filter((kind) => kind !== 'duty'))).toThrow(/duty is not in the model/);
  });
});
