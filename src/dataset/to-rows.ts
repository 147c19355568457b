import type { DatasetRecord } from './records';
import { MODEL_OF_LABEL, ResolvedWrite, RowKind, WRITES } from '../domain/model';
import { COMPUTED_ROWS, ComputeContext, dutySearchOf } from './computed-rows';
import type { DatasetRows, WriteRow } from './row-shapes';

export type { DatasetRows, RowOf, WriteRow } from './row-shapes';
export type { RowKind } from '../domain/model';

/**
 * A validated dataset as the rows the write statements UNWIND, one list per row kind, each built
 * from what the model table says of it (`writes` in domain/model.ts): no label is named here.
 */
export function datasetToRows(dataset: DatasetRecord): DatasetRows {
  const rows: Partial<Record<RowKind, unknown[]>> = {};
  const context: ComputeContext = { dataset, rows: rows as Partial<DatasetRows>, search: dutySearchOf() };
  for (const write of WRITES) {
    const records = (dataset[MODEL_OF_LABEL[write.label].list as keyof DatasetRecord] ?? []) as readonly Plain[];
    rows[write.kind] = write.computed ? COMPUTED_ROWS[write.kind as keyof typeof COMPUTED_ROWS](context) : rowsOfWrite(write, records);
  }
  return rows as DatasetRows;
}

type Plain = Readonly<Record<string, unknown>>;

/** One write's rows: a row per record (node, reference) or per item of its edge list (`each`). */
export function rowsOfWrite(write: ResolvedWrite, records: readonly Plain[]): WriteRow[] {
  const columns = write.columns.map((column) => columnReader(column, write.source?.[column] ?? column, write.absent?.[column] ?? null));
  const rowOf = (item: Plain, key: Record<string, unknown>) => {
    const row: Record<string, unknown> = key;
    for (const [column, read] of columns) row[column] = read(item);
    return row;
  };
  if (write.each === undefined) return records.map((record) => rowOf(record, { id: record.id }));
  const each = write.each;
  return records.flatMap((record) => ((record[each] ?? []) as readonly Plain[]).map((item) => rowOf(item, { [write.kindOfLabel]: record.id })));
}

/** A column and how it reads its value: the field at the (dotted) path, or the absent value. */
function columnReader(column: string, source: string, absent: unknown): [string, (item: Plain) => unknown] {
  const path = source.split('.');
  return [
    column,
    (item) => {
      let value: unknown = item;
      for (const key of path) value = value === null || value === undefined ? undefined : (value as Plain)[key];
      return value === undefined || value === null ? absent : value;
    },
  ];
}
