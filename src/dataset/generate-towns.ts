import { RECORD_LISTS } from './records';
import type { DatasetRecord } from './records';
import { FieldPath } from './path';
import { derivedPersonId } from './person-ids';
import { definitionsOf, walkReferences } from './references';
import { syntheticDuties, townSeed } from './synthetic-duties';

type PlainDataset = Record<string, unknown>;

/** `t0042.`: the id prefix of the 42nd copy; ids stay valid for sample ids of up to 94 characters. */
export function townPrefix(index: number): string {
  return `t${String(index).padStart(4, '0')}.`;
}

/**
 * A copy of a dataset whose every id (its own and every reference to one) starts with `prefix`,
 * and whose names (and, with `distinctTitles`, duty titles) end with `nameSuffix`. The id fields
 * come from the same list the validator checks, so a field added to the format is renamed here too.
 */
export function copyWithPrefix(
  dataset: PlainDataset,
  prefix: string,
  nameSuffix = '',
  options: { opaquePeople?: boolean; distinctTitles?: boolean } = {},
): PlainDataset {
  const copy = structuredClone(dataset);
  const typed = copy as unknown as DatasetRecord;
  // Generated towns give each person a new opaque id (a hash of the town and the sample id, never of a name):
  // a prefix would let one person's id in every copy point back to the same sample person.
  const renamed = (id: string) => (options.opaquePeople && id.startsWith('person:') ? derivedPersonId(`${prefix}${id}`) : `${prefix}${id}`);
  for (const { id, path } of [...definitionsOf(typed), ...walkReferences(typed)]) setAt(copy, path, renamed(id));
  if (nameSuffix) {
    for (const list of RECORD_LISTS) {
      for (const record of (copy[list] as Record<string, unknown>[] | undefined) ?? []) {
        for (const field of options.distinctTitles ? ['name', 'nameEn', 'title', 'titleEn'] : ['name', 'nameEn']) {
          if (typeof record[field] === 'string') record[field] = `${record[field]}${nameSuffix}`;
        }
      }
    }
  }
  return copy;
}

export interface GenerateOptions {
  /** Synthetic duties added to each township of each copy, parents included (default 0: plain copies). */
  dutiesPerTown?: number;
  /** Share of the synthetic child duties with two LEAD owners (default 0.03). */
  overlapShare?: number;
  /** Share of the synthetic child duties with no owner (default 0.03). */
  blankShare?: number;
  /** Seed of the synthetic duties (default 1): the same seed gives the same file. */
  seed?: number;
  /**
   * Put before every copy's prefix (`bench-x.` gives `bench-x.t0001.`), so a run can own its
   * data beside other data in one graph. Lower case, digits and `._:-`, like ids.
   */
  idPrefix?: string;
  /**
   * Give every copy's duty titles the copy's suffix too (default false). A province's towns work from
   * the county's list, so the same titles repeat in every town, and the importer embeds each distinct
   * text once; true is the worst case, every text distinct (20,240 texts for 100 towns instead of ≈2,000).
   */
  distinctTitles?: boolean;
}

const ID_PREFIX = /^[a-z0-9][a-z0-9._:-]{0,40}$/;

/**
 * `towns` copies of a sample, for benchmarks: copy i has ids prefixed `t000i.` and names suffixed
 * ` #000i`; with `dutiesPerTown`, each township also gets that many synthetic duties (see
 * synthetic-duties.ts). Deterministic: the same sample, count and options give the same file, byte
 * for byte; and town i is the same whatever the count.
 */
export function generateTowns(sample: PlainDataset, towns: number, options: GenerateOptions = {}): PlainDataset {
  const idPrefix = options.idPrefix ?? '';
  if (idPrefix !== '' && !ID_PREFIX.test(idPrefix)) throw new Error(`the id prefix must match ${ID_PREFIX.source}, got '${idPrefix}'`);
  for (const [name, share] of [['overlapShare', options.overlapShare], ['blankShare', options.blankShare]] as const) {
    if (share !== undefined && !(share >= 0 && share <= 1)) throw new Error(`${name} must be from 0 to 1, got ${share}`);
  }
  if ((options.overlapShare ?? 0.03) + (options.blankShare ?? 0.03) > 1) throw new Error('overlapShare + blankShare must be at most 1');
  const copies = Array.from({ length: towns }, (_, index) => {
    const prefix = `${idPrefix}${townPrefix(index + 1)}`;
    const copy = copyWithPrefix(sample, prefix, ` #${String(index + 1).padStart(4, '0')}`, { opaquePeople: true, distinctTitles: options.distinctTitles ?? false });
    if (options.dutiesPerTown) addSyntheticDuties(copy, prefix, index + 1, options);
    return copy;
  });
  const meta = (sample.meta as Record<string, unknown> | undefined) ?? {};
  const extra = options.dutiesPerTown ? ` with ${options.dutiesPerTown} synthetic duties per town (seed ${options.seed ?? 1})` : '';
  const generated: PlainDataset = {
    format: sample.format,
    meta: { ...meta, title: `${towns} copies of ${String(meta.title ?? 'the sample town')}${extra} (benchmark data)` },
  };
  for (const list of RECORD_LISTS) {
    const records = copies.flatMap((copy) => (copy[list] as unknown[] | undefined) ?? []);
    if (records.length > 0) generated[list] = records;
  }
  return generated;
}

function addSyntheticDuties(copy: PlainDataset, prefix: string, town: number, options: GenerateOptions): void {
  const townships = ((copy.townships as Record<string, unknown>[] | undefined) ?? []).map((township) => String(township.id));
  const taken = new Set(definitionsOf(copy as unknown as DatasetRecord).map((definition) => definition.id));
  const duties = (copy.duties as Record<string, unknown>[] | undefined) ?? [];
  townships.forEach((township, index) => {
    const added = syntheticDuties(copy, township, townships.length === 1 ? prefix : `${prefix}${index + 1}.`, {
      duties: options.dutiesPerTown ?? 0,
      overlapShare: options.overlapShare ?? 0.03,
      blankShare: options.blankShare ?? 0.03,
      seed: townSeed(options.seed ?? 1, town * 100 + index),
    });
    const clash = added.find((duty) => taken.has(String(duty.id)));
    if (clash) throw new Error(`a synthetic duty id clashes with the sample: ${String(clash.id)}`);
    duties.push(...added);
  });
  if (duties.length > 0) copy.duties = duties;
}

function setAt(target: Record<string, unknown>, path: FieldPath, value: unknown): void {
  let node: unknown = target;
  for (const segment of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[segment];
  (node as Record<string | number, unknown>)[path[path.length - 1] as string | number] = value;
}
