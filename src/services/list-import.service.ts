import { DatasetProblem, DatasetValidationError } from '../dataset/problems';
import { listToDataset, ListUnit } from '../dataset/list/list-to-dataset';
import { ParsedList, readListWorkbook } from '../dataset/list/read-list';
import { matchKey } from '../dataset/list/list-columns';
import { isIsoDate } from '../dataset/records/fields';
import type { DatasetRepository, WriteOptions } from '../repositories/dataset.repository';
import { DatasetImportService, ImportSummary } from './dataset-import.service';

export type ListStore = Pick<DatasetRepository, 'findGraphFacts' | 'writeRows' | 'findMeaningKeys' | 'findTownships' | 'exportRecords'>;

export interface ListImportOptions extends WriteOptions {
  /** The township the list is for; else the one the title row names. */
  township?: string;
  /** The day the list states; else the date in the title row. */
  day?: string;
  shownAs?: string;
}

/**
 * Imports a town's responsibility list from a workbook (.xlsx): reads the sheets, finds the
 * township and day (options, else the title row), matches the offices and posts it names in that
 * township's graph, and imports the duties through the usual validation and single transaction.
 * Every problem of the workbook is reported at once, with sheet, row, column and cell text, in
 * English and Chinese; nothing is written unless there is none.
 */
export class ListImportService {
  private readonly datasets: DatasetImportService;

  constructor(private readonly repository: ListStore) {
    this.datasets = new DatasetImportService(repository);
  }

  async importList(file: string, options: ListImportOptions = {}): Promise<ImportSummary> {
    const started = Date.now();
    const list = await readListWorkbook(file, options.shownAs);
    const readMs = Date.now() - started;
    const { township, day, problems } = await this.townshipAndDay(list, options);
    if (!township || !day) throw new DatasetValidationError([...list.problems, ...problems]);
    // Only what a list names: the township's offices, posts and duties.
    const records = await this.repository.exportRecords(township.id, ['offices', 'posts', 'duties']);
    const context = {
      township,
      day,
      offices: (records?.offices ?? []) as unknown as ListUnit[],
      posts: (records?.posts ?? []) as unknown as ListUnit[],
      duties: (records?.duties ?? []).filter((duty) => duty.township === township.id),
    };
    const source = listToDataset(list, context);
    source.problems.push(...problems);
    try {
      const summary = await this.datasets.importSource(source, options);
      return { ...summary, readMs, validateMs: summary.validateMs + (Date.now() - started - readMs - summary.validateMs - summary.writeMs) };
    } catch (error) {
      if (error instanceof DatasetValidationError) throw new DatasetValidationError(withoutRepeats(error.problems, source.problems).map(withChinese));
      throw error;
    }
  }

  private async townshipAndDay(list: ParsedList, options: ListImportOptions) {
    const problems: DatasetProblem[] = [];
    const problem = (message: string, messageZh: string) => problems.push({ file: list.file, sheet: list.sheets[0] ?? '(workbook)', row: 1, path: '(title)', field: '', text: list.title, message, messageZh });
    const townships = await this.repository.findTownships(options.township ? [options.township] : undefined);
    let township: (typeof townships)[number] | undefined;
    if (options.township) {
      township = townships.find((candidate) => candidate.id === options.township);
      if (!township) problem(`unknown township '${options.township}'`, `未知乡镇“${options.township}”`);
    } else if (list.title) {
      const title = matchKey(list.title);
      const named = townships
        .map((candidate) => ({ candidate, key: [candidate.name, candidate.nameEn ?? ''].map(matchKey).filter((key) => key && title.includes(key)).sort((a, b) => b.length - a.length)[0] }))
        .filter((match): match is { candidate: (typeof townships)[number]; key: string } => match.key !== undefined)
        .sort((a, b) => b.key.length - a.key.length);
      township = named[0]?.candidate;
      if (!township) problem('the title row names no township of the graph: name it there or give --township', '标题行未写明系统中已有的乡镇：请在标题中写明，或使用 --township');
    } else if (list.sheets.length > 0) {
      problem('no title row names the township: add one above the header or give --township', '表头上方没有写明乡镇的标题行：请添加，或使用 --township');
    }
    let day = options.day;
    if (day !== undefined && !isIsoDate(day)) {
      problem(`'${day}' is not a date (YYYY-MM-DD)`, `“${day}”不是日期（年-月-日）`);
      day = undefined;
    } else if (day === undefined && list.title) {
      const match = /(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/.exec(list.title.normalize('NFKC'));
      const found = match ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : undefined;
      if (found && isIsoDate(found)) day = found;
    }
    if (day === undefined && list.sheets.length > 0 && problems.length === 0) {
      problem('no day: write it in the title row (2008-11-01 or 2008年11月1日) or give --on', '未写明日期：请在标题行注明（如2008-11-01或2008年11月1日），或使用 --on');
    }
    return { township, day, problems };
  }
}

/**
 * A cell the list reader already faulted (an unknown 履职类型) also fails the record checks (the
 * category is then missing); the reader's problem, which names the cell's text, is the one kept.
 */
function withoutRepeats(problems: DatasetProblem[], fromList: DatasetProblem[]): DatasetProblem[] {
  const key = (problem: DatasetProblem) => `${problem.sheet}|${problem.row}|${problem.path}`;
  const faulted = new Set(fromList.filter((problem) => problem.sheet !== undefined).map(key));
  const listed = new Set(fromList);
  return problems.filter((problem) => listed.has(problem) || !faulted.has(key(problem)));
}

const TRANSLATIONS: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/^is required$/, () => '必填'],
  [/^must be 1 to (\d+) characters, got (\d+)$/, (m) => `长度须为1至${m[1]}个字符，实为${m[2]}`],
  [/is not one of/, () => '不是允许的取值'],
  [/must have at most (\d+) entries/, (m) => `最多${m[1]}项`],
  [/is not a word of 1 to (\d+) characters/, (m) => `每项须为1至${m[1]}个字符`],
  [/^unknown id '([^']+)'/, (m) => `未知编号“${m[1]}”`],
  [/is not a valid id/, () => '不是有效的编码（1至100个小写字母、数字或 . _ : -）'],
  [/cycle/i, () => '上级事项形成循环'],
  [/is already/, () => '编码已被其他记录使用'],
];

/** The Chinese of a validation message the record checks give in English. */
function withChinese(problem: DatasetProblem): DatasetProblem {
  if (problem.messageZh || problem.sheet === undefined) return problem;
  for (const [pattern, translate] of TRANSLATIONS) {
    const match = pattern.exec(problem.message);
    if (match) return { ...problem, messageZh: translate(match) };
  }
  return { ...problem, messageZh: `校验未通过：${problem.message}` };
}
