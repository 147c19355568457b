import { getMetadataStorage } from 'class-validator';
import { ConstantField, IntegerField, NestedField, NestedListField, TextField } from './fields';
import { TEXT_MAX, TITLE_MAX } from './dated-edge';
import { DATASET_FORMAT } from './enums';
import { fileStemOf, MODEL, RecordList } from '../../domain/model';
import { RecordOfList, registeredRecordClasses } from './record-list';

// Each label's own record file, `<stem>.record.ts` of this folder, registers its class (`@DatasetList`) as it loads.
for (const entry of MODEL) require(`./${fileStemOf(entry)}.record`);

/** What the file is; not stored in the graph (an export writes its own). */
export class DatasetMeta {
  @TextField(TITLE_MAX, { optional: true }) title?: string;
  @IntegerField(1900, 2100, { optional: true }) year?: number;
  @TextField(TEXT_MAX, { optional: true }) note?: string;
}

/** The record lists in the order of the format, which is also the order nodes are written in: the model's. */
export const RECORD_LISTS: readonly RecordList[] = MODEL.map((entry) => entry.list);
export type RecordListName = RecordList;

/**
 * A whole `dutygraph/1` file: one list per node label, edges nested in the records they leave. The
 * lists are the model's (`offices?: OfficeRecord[]` …), each of its label's record class, decorated
 * below as a nested list (class-validator and class-transformer need a decorated property each).
 */
export class DatasetRecord {
  @ConstantField(DATASET_FORMAT) format!: string;

  @NestedField(() => DatasetMeta, { optional: true }) meta?: DatasetMeta;
}
type RecordLists = { [L in RecordList]?: RecordOfList[L][] };
export interface DatasetRecord extends RecordLists {}

const RECORD_CLASSES = registeredRecordClasses(RECORD_LISTS);
RECORD_LISTS.forEach((list, index) => NestedListField(() => RECORD_CLASSES[index]!)(DatasetRecord.prototype, list));

/**
 * Each record's fields in the order its record class declares them, which is the order of
 * docs/dataset-format.md and of an export, so an export reads like a hand-written file.
 */
export const RECORD_FIELDS: Readonly<Record<RecordList, readonly string[]>> = Object.fromEntries(
  RECORD_LISTS.map((list, index): [RecordList, readonly string[]] => [list, declaredFields(RECORD_CLASSES[index]!)]),
) as Record<RecordList, readonly string[]>;

function declaredFields(type: new () => object): string[] {
  return [...new Set(getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).map((metadata) => metadata.propertyName))];
}
