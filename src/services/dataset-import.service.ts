import { crossCheck, idsToLookUp } from '../dataset/cross-checks';
import { DatasetProblem, DatasetValidationError, formatProblem } from '../dataset/problems';
import { RECORD_LISTS, RecordListName, DatasetRecord } from '../dataset/records';
import { DatasetSource, readDatasetSource } from '../dataset/source';
import { datasetToRows } from '../dataset/to-rows';
import { validateRecords } from '../dataset/validate-records';
import type { DatasetRepository, WriteOptions } from '../repositories/dataset.repository';

/** What the importer needs of the graph: facts about the ids a file names, and one transaction to write in. */
export type DatasetStore = Pick<DatasetRepository, 'findGraphFacts' | 'writeRows'>;

export interface ImportSummary {
  file: string;
  /** Records of each list in the file. */
  records: Partial<Record<RecordListName, number>>;
  /** Rows written: one per node and one per edge (or single-valued reference). */
  rows: number;
  /** Statements sent (one per chunk of rows). */
  statements: number;
  /** 1 unless the import was split on purpose (`rowsPerTransaction`). */
  transactions: number;
  /** Reading and parsing the file (0 when the source was parsed by the caller). */
  readMs: number;
  validateMs: number;
  writeMs: number;
}

export interface ValidatedDataset {
  source: DatasetSource;
  dataset: DatasetRecord;
}

/**
 * Imports a dataset file: validate everything first (fields, then the checks across records and
 * against the graph), and write only a file without a single problem, in one transaction.
 * Writing is idempotent, so importing the same file again changes nothing.
 */
export class DatasetImportService {
  constructor(private readonly repository: DatasetStore) {}

  async importFile(file: string, options: WriteOptions & { shownAs?: string } = {}): Promise<ImportSummary> {
    const started = Date.now();
    const source = readDatasetSource(file, options.shownAs);
    const readMs = Date.now() - started;
    return { ...(await this.importSource(source, options)), readMs };
  }

  async importSource(source: DatasetSource, options: WriteOptions = {}): Promise<ImportSummary> {
    const started = Date.now();
    const { dataset } = await this.validate(source);
    const validated = Date.now();
    const report = await this.repository.writeRows(datasetToRows(dataset), options);
    return {
      file: source.file,
      records: countRecords(dataset),
      rows: report.rows,
      statements: report.statements,
      transactions: report.transactions,
      readMs: 0,
      validateMs: validated - started,
      writeMs: Date.now() - validated,
    };
  }

  /** Every problem of the file, or the dataset ready to write. Throws DatasetValidationError with all of them. */
  async validate(source: DatasetSource): Promise<ValidatedDataset> {
    const problems: DatasetProblem[] = [...source.problems];
    const { dataset, problems: fieldProblems } = validateRecords(source);
    problems.push(...fieldProblems);
    if (dataset) {
      const graph = await this.repository.findGraphFacts(idsToLookUp(dataset));
      problems.push(...crossCheck(dataset, source, graph));
    }
    if (problems.length > 0 || !dataset) throw new DatasetValidationError(sortProblems(problems));
    return { source, dataset };
  }
}

function countRecords(dataset: DatasetRecord): Partial<Record<RecordListName, number>> {
  return Object.fromEntries(RECORD_LISTS.filter((list) => dataset[list]?.length).map((list) => [list, dataset[list]?.length ?? 0]));
}

/**
 * In file order (line or row), so the report reads top to bottom; a problem found twice (one CSV
 * `from` cell feeds the lead and every assisting owner) is listed once.
 */
function sortProblems(problems: DatasetProblem[]): DatasetProblem[] {
  const position = (problem: DatasetProblem) => problem.row ?? problem.line ?? 0;
  const unique = [...new Map(problems.map((problem) => [formatProblem(problem), problem])).values()];
  return unique.map((problem, index) => ({ problem, index })).sort((a, b) => position(a.problem) - position(b.problem) || a.index - b.index).map(({ problem }) => problem);
}
