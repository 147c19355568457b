import { MODEL, MODEL_OF_LIST } from '../domain/model';
import type { NodeLabel } from './labels';
import type { FieldPath } from './path';
import type { DatasetRecord, RecordListName } from './records';

/** The label each record list writes (from the model). */
export const LABEL_OF_LIST: Readonly<Record<RecordListName, NodeLabel>> = Object.fromEntries(MODEL.map((entry) => [entry.list, entry.label])) as Record<RecordListName, NodeLabel>;

/** A record's own id: the node it defines. */
export interface IdDefinition {
  id: string;
  label: NodeLabel;
  path: FieldPath;
}

/** An id a record or edge points at, with the labels it may have. */
export interface IdReference {
  id: string;
  labels: readonly NodeLabel[];
  path: FieldPath;
}

/** Every target label of a polymorphic edge, as the format allows it. */
export { DUTY_OWNER_LABELS, POST_UNIT_LABELS, VILLAGE_UNDER_LABELS } from '../domain/model';

/**
 * The entries of a list that are records at all, with their index in the file. Cross-record checks
 * run on a file that may also have field errors (so one report lists everything); entries that are
 * not mappings, and ids that are not text, were already reported and are skipped here.
 */
export function entriesOf<T>(list: readonly T[] | undefined): [T, number][] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index) => (typeof item === 'object' && item !== null && !Array.isArray(item) ? [[item, index] as [T, number]] : []));
}

export function definitionsOf(dataset: DatasetRecord): IdDefinition[] {
  return (Object.keys(LABEL_OF_LIST) as RecordListName[]).flatMap((list) =>
    entriesOf<{ id: unknown }>(dataset[list]).flatMap(([record, index]) =>
      typeof record.id === 'string' ? [{ id: record.id, label: LABEL_OF_LIST[list], path: [list, index, 'id'] }] : [],
    ),
  );
}

/** The references of the datasets already walked (see referencesOf). */
const walked = new WeakMap<DatasetRecord, readonly IdReference[]>();

/**
 * Every id reference of a validated dataset (walkReferences), walked once: an import asks for them
 * three times (the ids to look up in the graph, the checks, the townships' dataFrom) and a province
 * names millions. A validated dataset is not changed afterwards; a caller that changes the ids it
 * walked (the generator) uses walkReferences.
 */
export function referencesOf(dataset: DatasetRecord): readonly IdReference[] {
  let references = walked.get(dataset);
  if (!references) walked.set(dataset, (references = walkReferences(dataset)));
  return references;
}

/**
 * Every id reference of the format, in file order, as the model's `references` name them. One list
 * of them serves validation (each must exist with an allowed label) and the benchmark generator
 * (each is re-prefixed).
 */
export function walkReferences(dataset: DatasetRecord): IdReference[] {
  const references: IdReference[] = [];
  for (const entry of MODEL) {
    const records = entriesOf<Record<string, unknown>>(dataset[entry.list as RecordListName] as Record<string, unknown>[] | undefined);
    for (const [record, index] of records) {
      for (const reference of MODEL_OF_LIST[entry.list].references) {
        walk(record, reference.path, 0, [entry.list, index], reference.labels as readonly NodeLabel[], references);
      }
    }
  }
  return references;
}

/** Follows `path` from `value`: a name steps into a mapping, '*' into every item of a list (only mappings when more follows). */
function walk(value: unknown, path: readonly string[], at: number, trail: (string | number)[], labels: readonly NodeLabel[], into: IdReference[]): void {
  if (at === path.length) {
    if (typeof value === 'string') into.push({ id: value, labels, path: trail });
    return;
  }
  const step = path[at] as string;
  if (step === '*') {
    if (!Array.isArray(value)) return;
    const items: [unknown, number][] = at + 1 === path.length ? value.map((item, index) => [item, index]) : entriesOf(value);
    for (const [item, index] of items) walk(item, path, at + 1, [...trail, index], labels, into);
    return;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) walk((value as Record<string, unknown>)[step], path, at + 1, [...trail, step], labels, into);
}
