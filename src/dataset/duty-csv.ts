import { parse } from 'csv-parse/sync';
import { DATASET_FORMAT } from './records/enums';
import { FieldPath, fieldOf, formatPath } from './path';
import type { DatasetProblem } from './problems';
import type { DatasetSource, ProblemLocation } from './dataset-source';

/**
 * A CSV duty list: one row per duty, the header naming the columns (any order).
 * Rows become `duties` records of a dataset and go through the same validation and writing;
 * the offices, posts, documents and townships they name may already be in the graph.
 */
export const DUTY_CSV_COLUMNS = [
  'id',
  'title',
  'titleEn',
  'parent',
  'category',
  'leadUnit',
  'assistingUnits',
  'basisDocument',
  'clause',
  'keywords',
  'from',
  'township',
] as const;
export type DutyCsvColumn = (typeof DUTY_CSV_COLUMNS)[number];

const REQUIRED_COLUMNS: readonly DutyCsvColumn[] = ['id', 'title', 'category', 'township'];
/** Lists inside one cell: `office:a;office:b`, `土地;land`. */
export const CSV_LIST_SEPARATOR = ';';

type CsvCells = Partial<Record<DutyCsvColumn, string>>;

interface PlainOwner {
  owner: string;
  role: 'LEAD' | 'ASSIST';
  from: string | undefined;
}

export function parseDutyCsv(text: string, file: string): DatasetSource {
  const problems: DatasetProblem[] = [];
  const problemAt = (row: number, column: string, message: string): DatasetProblem => ({ file, row, path: column, field: column, message });

  let records: string[][];
  try {
    records = parse(text, { bom: true, trim: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return csvSource(file, [], [], [{ file, row: line, path: '(file)', field: '', message: `CSV syntax: ${(error as Error).message}` }]);
  }

  const header = records[0] ?? [];
  const columns = header.map((name) => name.trim());
  const known = new Set<string>(DUTY_CSV_COLUMNS);
  columns.forEach((name) => {
    if (!known.has(name)) problems.push(problemAt(1, name || '(empty)', `unknown column; the columns are ${DUTY_CSV_COLUMNS.join(', ')}`));
  });
  REQUIRED_COLUMNS.filter((name) => !columns.includes(name)).forEach((name) => problems.push(problemAt(1, name, 'required column is missing')));
  const duplicated = columns.filter((name, index) => columns.indexOf(name) !== index);
  [...new Set(duplicated)].forEach((name) => problems.push(problemAt(1, name, 'column appears more than once')));

  const duties: Record<string, unknown>[] = [];
  const rowOfDuty: number[] = [];
  const ownerColumns: DutyCsvColumn[][] = [];
  records.slice(1).forEach((values, index) => {
    const row = index + 2;
    if (values.length !== columns.length) {
      problems.push(problemAt(row, '(row)', `has ${values.length} values; the header has ${columns.length} columns`));
      return;
    }
    const cells: CsvCells = {};
    columns.forEach((name, column) => {
      const value = values[column]?.trim();
      if (known.has(name) && value) cells[name as DutyCsvColumn] = value;
    });
    const { duty, owners } = dutyOfRow(cells);
    duties.push(duty);
    rowOfDuty.push(row);
    ownerColumns.push(owners);
  });
  return csvSource(file, duties, rowOfDuty, problems, ownerColumns);
}

/** One row as a `duties` record; `owners` says which column each owner came from. */
function dutyOfRow(cells: CsvCells): { duty: Record<string, unknown>; owners: DutyCsvColumn[] } {
  const owners: PlainOwner[] = [];
  const ownerColumns: DutyCsvColumn[] = [];
  if (cells.leadUnit) {
    owners.push({ owner: cells.leadUnit, role: 'LEAD', from: cells.from });
    ownerColumns.push('leadUnit');
  }
  for (const unit of splitList(cells.assistingUnits)) {
    owners.push({ owner: unit, role: 'ASSIST', from: cells.from });
    ownerColumns.push('assistingUnits');
  }
  const duty: Record<string, unknown> = {
    id: cells.id,
    title: cells.title,
    titleEn: cells.titleEn,
    category: cells.category,
    keywords: cells.keywords ? splitList(cells.keywords) : undefined,
    township: cells.township,
    parent: cells.parent,
    // A clause without a document is kept, so validation reports the missing document.
    basis: cells.basisDocument || cells.clause ? { document: cells.basisDocument, clause: cells.clause } : undefined,
    owners: owners.length > 0 ? owners : undefined,
  };
  return { duty: dropUndefined(duty), owners: ownerColumns };
}

function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(CSV_LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

function csvSource(file: string, duties: Record<string, unknown>[], rowOfDuty: number[], problems: DatasetProblem[], ownerColumns: DutyCsvColumn[][] = []): DatasetSource {
  const locate = (fieldPath: FieldPath): ProblemLocation => {
    const [list, index, ...rest] = fieldPath;
    if (list !== 'duties' || typeof index !== 'number') return { path: formatPath(fieldPath), field: fieldOf(fieldPath) };
    const column = columnOf(rest, ownerColumns[index] ?? []);
    return { row: rowOfDuty[index], path: column, field: column };
  };
  return { file, kind: 'csv', content: { format: DATASET_FORMAT, duties }, problems, locate };
}

/** The CSV column a field of a duty record came from. */
function columnOf(rest: FieldPath, ownerColumns: DutyCsvColumn[]): string {
  const [field, second] = rest;
  if (field === undefined) return '(row)';
  if (field === 'basis') return second === 'clause' ? 'clause' : 'basisDocument';
  if (field === 'owners') {
    const [, ownerIndex, ownerField] = rest;
    if (ownerField === 'from' || ownerField === 'to') return 'from';
    return typeof ownerIndex === 'number' ? (ownerColumns[ownerIndex] ?? 'leadUnit') : 'leadUnit';
  }
  return String(field);
}
