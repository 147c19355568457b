import type { RecordList } from '../../domain/model';

/**
 * The record class of each record list of the format, registered by the class itself:
 * `@DatasetList('offices') export class OfficeRecord` in its `<label>.record.ts`, which also adds its
 * type to `RecordOfList` (declaration merging), so `DatasetRecord` is typed and decorated per list of
 * the model (dataset.record.ts) with no shared list of the classes. dataset.record.ts loads the record
 * files by the model's kinds, not by imports, so a compilation of part of the code (test/client's
 * tsconfig) includes `src/dataset/records/*.record.ts` to see every list's type.
 */
export interface RecordOfList {}

type RecordClass = new () => object;
const CLASSES = new Map<string, RecordClass>();

export function DatasetList(list: RecordList): (type: RecordClass) => void {
  return (type) => {
    const taken = CLASSES.get(list);
    if (taken && taken !== type) throw new Error(`${type.name}: the record list ${list} already has its record class (${taken.name})`);
    CLASSES.set(list, type);
  };
}

/** The record class of each list asked (the model's), in that order; a list with none, or a class of a list not asked, fails naming it. */
export function registeredRecordClasses(lists: readonly string[]): RecordClass[] {
  const missing = lists.filter((list) => !CLASSES.has(list)).map((list) => `${list} has none`);
  const extra = [...CLASSES.keys()].filter((list) => !lists.includes(list)).map((list) => `${list} is not in the model`);
  if (missing.length > 0 || extra.length > 0) throw new Error(`record classes (@DatasetList in dataset/records/<label>.record.ts): ${[...missing, ...extra].join('; ')}`);
  return lists.map((list) => CLASSES.get(list)!);
}
