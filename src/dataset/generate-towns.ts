import { RECORD_LISTS } from './records';
import type { DatasetRecord } from './records';
import { FieldPath } from './path';
import { definitionsOf, referencesOf } from './references';

type PlainDataset = Record<string, unknown>;

/** `t0042.`: the id prefix of the 42nd copy; ids stay valid for sample ids of up to 94 characters. */
export function townPrefix(index: number): string {
  return `t${String(index).padStart(4, '0')}.`;
}

/**
 * A copy of a dataset whose every id (its own and every reference to one) starts with `prefix`,
 * and whose names and titles end with `nameSuffix`. The id fields come from the same list the
 * validator checks, so a field added to the format is renamed here too.
 */
export function copyWithPrefix(dataset: PlainDataset, prefix: string, nameSuffix = ''): PlainDataset {
  const copy = structuredClone(dataset);
  const typed = copy as unknown as DatasetRecord;
  for (const { id, path } of [...definitionsOf(typed), ...referencesOf(typed)]) setAt(copy, path, `${prefix}${id}`);
  if (nameSuffix) {
    for (const list of RECORD_LISTS) {
      for (const record of (copy[list] as Record<string, unknown>[] | undefined) ?? []) {
        for (const field of ['name', 'nameEn', 'title', 'titleEn']) {
          if (typeof record[field] === 'string') record[field] = `${record[field]}${nameSuffix}`;
        }
      }
    }
  }
  return copy;
}

/**
 * `towns` copies of a sample, for benchmarks: copy i has ids prefixed `t000i.` and names suffixed
 * ` #000i`. Deterministic: the same sample and count give the same file, byte for byte.
 */
export function generateTowns(sample: PlainDataset, towns: number): PlainDataset {
  const copies = Array.from({ length: towns }, (_, index) => copyWithPrefix(sample, townPrefix(index + 1), ` #${String(index + 1).padStart(4, '0')}`));
  const meta = (sample.meta as Record<string, unknown> | undefined) ?? {};
  const generated: PlainDataset = {
    format: sample.format,
    meta: { ...meta, title: `${towns} copies of ${String(meta.title ?? 'the sample town')} (benchmark data)` },
  };
  for (const list of RECORD_LISTS) {
    const records = copies.flatMap((copy) => (copy[list] as unknown[] | undefined) ?? []);
    if (records.length > 0) generated[list] = records;
  }
  return generated;
}

function setAt(target: Record<string, unknown>, path: FieldPath, value: unknown): void {
  let node: unknown = target;
  for (const segment of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[segment];
  (node as Record<string | number, unknown>)[path[path.length - 1] as string | number] = value;
}
