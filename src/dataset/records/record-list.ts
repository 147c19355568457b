import type { RecordList } from '../../domain/model';
import { LabelRegistry } from '../../domain/label-registry';

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
const CLASSES = new LabelRegistry<RecordClass>('its record class', 'record classes (@DatasetList in dataset/records/<label>.record.ts)');

export function DatasetList(list: RecordList): (type: RecordClass) => void {
  return (type) => CLASSES.register(list, type);
}

/** The record class of each list asked (the model's), in that order; a list with none, or a class of a list not asked, fails naming it. */
export function registeredRecordClasses(lists: readonly string[]): RecordClass[] {
  return CLASSES.each(lists);
}
