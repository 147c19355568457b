import { crossCheck, idsToLookUp } from '../dataset/cross-checks';
import { DatasetProblem, DatasetValidationError, formatProblem } from '../dataset/problems';
import { RECORD_LISTS, RecordListName, DatasetRecord } from '../dataset/records';
import { DatasetSource, readDatasetSource } from '../dataset/source';
import { datasetToRows, DatasetRows } from '../dataset/to-rows';
import { validateRecords } from '../dataset/validate-records';
import type { DatasetRepository, WriteOptions } from '../repositories/dataset.repository';
import { fillMeaningVectors } from './duty-meaning-vectors';

/** What the importer needs of the graph: facts about the ids a file names, and one transaction to write in. */
export type DatasetStore = Pick<DatasetRepository, 'findGraphFacts' | 'writeRows' | 'findMeaningKeys'>;

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
  /** Distinct duty texts embedded by the search models (texts the graph already had are not). */
  embeddedTexts: number;
  embedMs: number;
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
    // The parsed file is this import's own: once validation has built the records from it, it is
    // let go (a province's file is gigabytes of objects on the heap).
    return { ...(await this.importParsed(source, options, true)), readMs };
  }

  async importSource(source: DatasetSource, options: WriteOptions = {}): Promise<ImportSummary> {
    return this.importParsed(source, options, false);
  }

  private async importParsed(source: DatasetSource, options: WriteOptions, releaseContent: boolean): Promise<ImportSummary> {
    const started = Date.now();
    const { records, rows } = await this.validateToRows(source, releaseContent);
    const validated = Date.now();
    const { embedded } = await fillMeaningVectors(rows, (keys) => this.repository.findMeaningKeys(keys));
    const embeddedAt = Date.now();
    const report = await this.repository.writeRows(rows, options);
    return {
      file: source.file,
      records,
      rows: report.rows,
      statements: report.statements,
      transactions: report.transactions,
      readMs: 0,
      validateMs: validated - started,
      embeddedTexts: embedded,
      embedMs: embeddedAt - validated,
      writeMs: Date.now() - embeddedAt,
    };
  }

  /** The rows to write; only they outlive this call, not the record objects they were made from. */
  private async validateToRows(source: DatasetSource, releaseContent: boolean): Promise<{ records: ImportSummary['records']; rows: DatasetRows }> {
    const { dataset } = await this.validateSource(source, releaseContent);
    return { records: countRecords(dataset), rows: datasetToRows(dataset) };
  }

  /** Every problem of the file, or the dataset ready to write. Throws DatasetValidationError with all of them. */
  async validate(source: DatasetSource): Promise<ValidatedDataset> {
    return this.validateSource(source, false);
  }

  private async validateSource(source: DatasetSource, releaseContent: boolean): Promise<ValidatedDataset> {
    const problems: DatasetProblem[] = [...source.problems];
    const { dataset, problems: fieldProblems } = validateRecords(source);
    if (releaseContent) source.content = undefined;
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
