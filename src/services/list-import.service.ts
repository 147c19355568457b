import { DatasetProblem, DatasetValidationError } from '../dataset/problems';
import { listToDataset, ListUnit } from '../dataset/list/list-to-dataset';
import { ListFile, ListReaderPool } from '../dataset/list/list-reader-pool';
import { ParsedList, readListContent } from '../dataset/list/read-list';
import { combineDutySources } from '../dataset/combined-source';
import type { DatasetSource } from '../dataset/source';
import { matchKey } from '../dataset/list/list-columns';
import { isIsoDate } from '../dataset/records/fields';
import type { DatasetRepository, WriteOptions } from '../repositories/dataset.repository';
import { DatasetImportService, ImportSummary } from './dataset-import.service';

export type ListStore = Pick<DatasetRepository, 'findGraphFacts' | 'writeRows' | 'findMeaningKeys' | 'findTownships' | 'exportListRecords'>;

export interface ListImportOptions extends WriteOptions {
  /** The township the lists are for; else the one each list's title row names. */
  township?: string;
  /** The day the lists state; else the date in each list's title row. */
  day?: string;
  shownAs?: string;
}

/** A list's duty records, and the township and day they are for. */
type ListSource = DatasetSource & { township: string; day: string };

/** One workbook's import: the summary, its township and day, the duties it names and those of them the graph held before. */
export interface ContentImport extends ImportSummary {
  township: string;
  day: string;
  dutyIds: ReadonlySet<string>;
  before: ReadonlyMap<string, Record<string, unknown>>;
}

type Township = Awaited<ReturnType<DatasetRepository['findTownships']>>[number];

/**
 * Workbooks read and matched to the graph at a time: enough to keep every core reading while the
 * graph is asked for the townships of the wave before, few enough that a province's parsed cells
 * never sit on the heap at once (only the duty records made from them do).
 */
const WAVE = 32;

/**
 * Imports towns' responsibility lists from workbooks (.xlsx): reads the sheets, finds each list's
 * township and day (options, else its title row), matches the offices and posts it names in that
 * township's graph, and imports the duties of all of them through the usual validation and one
 * write. Every problem of every workbook is reported at once, with file, sheet, row, column and
 * cell text, in English and Chinese; nothing is written unless there is none.
 */
export class ListImportService {
  private readonly datasets: DatasetImportService;

  constructor(private readonly repository: ListStore) {
    this.datasets = new DatasetImportService(repository);
  }

  async importList(file: string, options: ListImportOptions = {}): Promise<ImportSummary> {
    return this.importLists([{ file, shownAs: options.shownAs }], options);
  }

  /** A province's lists (one workbook a town, or one an office): validated together, written in one go. */
  async importLists(files: readonly ListFile[], options: ListImportOptions = {}): Promise<ImportSummary> {
    const started = Date.now();
    const townships = await this.repository.findTownships(options.township ? [options.township] : undefined);
    const sources: ListSource[] = [];
    const problems: DatasetProblem[] = [];
    const pool = new ListReaderPool(files.length);
    let readMs = 0;
    try {
      const readWave = (first: number) => {
        const reading = Date.now();
        return Promise.all(files.slice(first, first + WAVE).map((file) => pool.read(file))).then((lists) => {
          readMs += Date.now() - reading;
          return lists;
        });
      };
      let next = files.length > 0 ? readWave(0) : Promise.resolve([]);
      for (let first = 0; first < files.length; first += WAVE) {
        const lists = await next;
        // The next wave is read on the other cores while this one is matched to the graph.
        if (first + WAVE < files.length) next = readWave(first + WAVE);
        sources.push(...(await this.toSources(lists, townships, options, problems)));
      }
    } finally {
      await pool.close();
    }
    const summary = await this.importSources(sources, problems, files.length, files.length === 1 ? (files[0]!.shownAs ?? files[0]!.file) : `${files.length} workbooks`, options);
    return { ...summary, readMs, validateMs: summary.validateMs + (Date.now() - started - readMs - summary.validateMs - summary.embedMs - summary.writeMs) };
  }

  /** One workbook sent as its bytes (the importList mutation), read on this thread: the same checks and write as a file's. */
  async importContent(content: Buffer, shownAs: string, options: ListImportOptions = {}): Promise<ContentImport> {
    const started = Date.now();
    const list = await readListContent(content, shownAs);
    const readMs = Date.now() - started;
    const townships = await this.repository.findTownships(options.township ? [options.township] : undefined);
    const problems: DatasetProblem[] = [];
    const sources = await this.toSources([list], townships, options, problems);
    const [source] = sources;
    const dutyIds = new Set(((source?.content as { duties?: { id?: unknown }[] } | undefined)?.duties ?? []).map((duty) => String(duty.id)));
    const before = source ? ((await this.repository.exportListRecords([source.township])).get(source.township)?.duties ?? []) : [];
    const summary = await this.importSources(sources, problems, 1, shownAs, options);
    return {
      ...summary,
      readMs,
      township: source!.township,
      day: source!.day,
      dutyIds,
      before: new Map(before.filter((duty) => dutyIds.has(String(duty.id))).map((duty) => [String(duty.id), duty])),
    };
  }

  /** The lists' duty records as one source, validated and written together; every problem at once, in both languages. */
  private async importSources(sources: readonly ListSource[], problems: readonly DatasetProblem[], lists: number, shownAs: string, options: WriteOptions): Promise<ImportSummary> {
    const source = combineDutySources([...sources], shownAs);
    source.problems.push(...problems);
    if (sources.length < lists) throw new DatasetValidationError(source.problems);
    try {
      return await this.datasets.importSource(source, options);
    } catch (error) {
      if (error instanceof DatasetValidationError) throw new DatasetValidationError(withoutRepeats(error.problems, source.problems).map(withChinese));
      throw error;
    }
  }

  /** Each list as duty records against its township's graph (one read for the wave); a list without township or day adds its problems instead. */
  private async toSources(lists: readonly ParsedList[], townships: readonly Township[], options: ListImportOptions, problems: DatasetProblem[]): Promise<ListSource[]> {
    const matched = lists.map((list) => ({ list, ...townshipAndDay(list, options, townships) }));
    const records = await this.repository.exportListRecords([...new Set(matched.flatMap(({ township }) => (township ? [township.id] : [])))]);
    const sources: ListSource[] = [];
    for (const { list, township, day, problems: own } of matched) {
      if (!township || !day) {
        problems.push(...list.problems, ...own);
        continue;
      }
      // Only what a list names: the township's offices, posts and duties.
      const graph = records.get(township.id);
      const source = listToDataset(list, {
        township,
        day,
        offices: (graph?.offices ?? []) as unknown as ListUnit[],
        posts: (graph?.posts ?? []) as unknown as ListUnit[],
        duties: (graph?.duties ?? []).filter((duty) => duty.township === township.id),
      });
      source.problems.push(...own);
      sources.push({ ...source, township: township.id, day });
    }
    return sources;
  }
}

/** The township and day of a list: the options', else those its title row names; problems when neither does. */
function townshipAndDay(list: ParsedList, options: ListImportOptions, townships: readonly Township[]) {
  const problems: DatasetProblem[] = [];
  const problem = (message: string, messageZh: string) => problems.push({ file: list.file, sheet: list.sheets[0] ?? '(workbook)', row: 1, path: '(title)', field: '', text: list.title, message, messageZh });
  let township: Township | undefined;
  if (options.township) {
    township = townships.find((candidate) => candidate.id === options.township);
    if (!township) problem(`unknown township '${options.township}'`, `未知乡镇“${options.township}”`);
  } else if (list.title) {
    const title = matchKey(list.title);
    const named = townships
      .map((candidate) => ({ candidate, key: [candidate.name, candidate.nameEn ?? ''].map(matchKey).filter((key) => key && title.includes(key)).sort((a, b) => b.length - a.length)[0] }))
      .filter((match): match is { candidate: Township; key: string } => match.key !== undefined)
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
