/**
 * One thing wrong with a dataset file, located so a person can find and fix it:
 * the file, then the line (YAML/JSON) or the row (CSV, 1-based, the header is row 1),
 * the path of the field (`people[3].holds[0].to`, or the CSV column), the field, and what is wrong.
 */
export interface DatasetProblem {
  file: string;
  /** Line in a YAML/JSON file where the field (or the record that lacks it) starts. */
  line?: number;
  /** Row of a CSV file, 1-based with the header as row 1. */
  row?: number;
  /** `people[3].holds[0].to` in a YAML/JSON file; the column name in a CSV file. */
  path: string;
  /** The last segment of the path: `to`, `leadUnit`. */
  field: string;
  message: string;
  /** A spreadsheet's sheet, with the cell's address (G12) and its text as written. */
  sheet?: string;
  cell?: string;
  text?: string;
  /** The message in Chinese, for a town office (spreadsheet problems carry both). */
  messageZh?: string;
}

/** `town.yaml:120: people[3].holds[0].to: must be after from (2008-09-01), got '2008-01-01'` */
export function formatProblem(problem: DatasetProblem): string {
  if (problem.sheet !== undefined) {
    const cell = problem.cell ? ` ${problem.cell}` : '';
    const text = problem.text !== undefined ? ` '${problem.text.length > 60 ? `${problem.text.slice(0, 57)}…` : problem.text}'` : '';
    const row = problem.row !== undefined ? `, row ${problem.row}` : '';
    const zh = problem.messageZh ? ` / ${problem.messageZh}` : '';
    return `${problem.file}: sheet ${problem.sheet}${row}, column ${problem.path}${cell}${text}: ${problem.message}${zh}`;
  }
  const where = problem.row !== undefined ? `: row ${problem.row}` : problem.line !== undefined ? `:${problem.line}` : '';
  return `${problem.file}${where}: ${problem.path}: ${problem.message}`;
}

/** The whole report of a file that failed validation; nothing was written. */
export class DatasetValidationError extends Error {
  override name = 'DatasetValidationError';

  constructor(readonly problems: DatasetProblem[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the dataset; nothing was imported:\n${problems.map(formatProblem).join('\n')}`);
  }
}
