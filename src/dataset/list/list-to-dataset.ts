import { createHash } from 'node:crypto';
import { DATASET_FORMAT } from '../records/enums';
import type { FieldPath } from '../path';
import type { DatasetProblem } from '../problems';
import type { DatasetSource, ProblemLocation } from '../source';
import {
  CATEGORY_NAMES,
  cleanText,
  COLUMN_NAMES_EN,
  isNoEntry,
  ITEM_TYPE_NAMES,
  ListColumn,
  lookUpName,
  matchKey,
  parseLegalBasis,
  splitEntries,
  splitNames,
} from './list-columns';
import { ListCell, ListItem, ParsedList, sheetProblem } from './read-list';

type Plain = Record<string, unknown>;
type Period = { from: string; to?: string | null };

/** An office or post of the township as the export statements give it. */
export interface ListUnit extends Period {
  id: string;
  name: string;
  nameEn?: string | null;
  aliases?: string[] | null;
  units?: ({ unit: string } & Period)[] | null;
}

/** What the graph holds of the township a list is for: its offices, posts and duties (export records). */
export interface ListContext {
  township: { id: string; name: string; nameEn?: string | null };
  /** The day the list states: owners it names lead from this day, owners it no longer names stop on it. */
  day: string;
  offices: ListUnit[];
  posts: ListUnit[];
  duties: Plain[];
}

interface Owner extends Period {
  owner: string;
  role: 'LEAD' | 'ASSIST';
}

const validOn = (period: Period, day: string) => period.from <= day && (period.to === null || period.to === undefined || day < period.to);

/** `duty:x-…`: the id of an item a list names without a code and the graph does not know by title. */
export function derivedDutyId(township: string, title: string): string {
  return `duty:x-${createHash('sha1').update(`${township}\u0000${matchKey(title)}`).digest('hex').slice(0, 12)}`;
}

/**
 * A town's list as a `dutygraph/1` document of duties for the usual validation and writing. Each item
 * becomes its duty record: the graph's record of it (matched by code, else by title) with the list's
 * columns over it (a column the sheet has and leaves empty removes the field; a column it lacks keeps
 * the graph's value). Owners: those the list names and the graph already has on the day are kept as
 * they are; new ones start on the day; the graph's owners on the day the list no longer names end on it.
 */
export function listToDataset(list: ParsedList, context: ListContext): DatasetSource {
  return new ListReading(list, context).toDataset();
}

type NamedOwner = { owner: string; role: 'LEAD' | 'ASSIST'; column: ListColumn };

/** One list being read against the graph's township: what it matches names against, and the problems found. */
class ListReading {
  private readonly problems: DatasetProblem[];
  private readonly day: string;
  private readonly graphDuties: Map<string, Plain>;
  /** The id of each item of the list, in order (undefined: an item without a title). */
  private readonly itemIds: (string | undefined)[];
  /** A title as a heading or parent names it: an item of the list first, else a duty of the township. */
  private readonly titleToId: (title: string) => string | undefined;
  private readonly offices: Map<string, ListUnit[]>;
  private readonly closedOffices: Map<string, ListUnit[]>;
  private readonly posts: Map<string, ListUnit[]>;
  /** Owners that exist on the day: an edge to an office or post closed by then is not the list's to end. */
  private readonly existingOnDay: Set<string>;

  // What the reading gives: the records, and for each its item and the columns its owners came from.
  private readonly duties: Plain[] = [];
  private readonly items: ListItem[] = [];
  private readonly ownerColumns: ListColumn[][] = [];
  private readonly firstSeen = new Map<string, { item: ListItem; json: string }>();

  constructor(
    private readonly list: ParsedList,
    private readonly context: ListContext,
  ) {
    this.problems = [...list.problems];
    this.day = context.day;
    this.graphDuties = new Map(context.duties.map((duty) => [String(duty.id), duty]));
    const dutyByTitle = new Map<string, string>();
    for (const duty of context.duties) dutyByTitle.set(matchKey(String(duty.title)), String(duty.id));
    this.itemIds = list.items.map((item) => itemId(item, context.township.id, dutyByTitle));
    const listByTitle = this.listTitles();
    this.titleToId = (title) => listByTitle.get(matchKey(title)) ?? dutyByTitle.get(matchKey(title));
    const onDay = (unit: ListUnit) => validOn(unit, this.day);
    this.offices = unitIndex(context.offices.filter(onDay));
    this.closedOffices = unitIndex(context.offices.filter((office) => !onDay(office)));
    this.posts = unitIndex(context.posts.filter(onDay));
    this.existingOnDay = new Set([...context.offices, ...context.posts].filter(onDay).map((unit) => unit.id));
  }

  toDataset(): DatasetSource {
    this.list.items.forEach((item, index) => this.readItem(item, this.itemIds[index]));
    return { file: this.list.file, kind: 'list', content: { format: DATASET_FORMAT, duties: this.duties }, problems: this.problems, locate: (fieldPath) => this.locate(fieldPath) };
  }

  /** The list's own items by title (the first of a title): a heading or parent names an item of the list. */
  private listTitles(): Map<string, string> {
    const byTitle = new Map<string, string>();
    this.list.items.forEach((item, index) => {
      const title = item.cells.title?.text;
      const id = this.itemIds[index];
      if (title && id && !byTitle.has(matchKey(title))) byTitle.set(matchKey(title), id);
    });
    return byTitle;
  }

  private problem(item: ListItem, column: ListColumn, cell: ListCell | undefined, message: string, messageZh: string): void {
    this.problems.push(sheetProblem(this.list.file, item.sheet, item.row, cell?.header ?? COLUMN_NAMES_EN[column], cell?.address, cell?.text, message, messageZh));
  }

  /** One item: its duty record, kept unless the same id came earlier (then it must say the same). */
  private readItem(item: ListItem, id: string | undefined): void {
    const title = item.cells.title;
    if (!title || id === undefined) {
      this.problem(item, 'title', undefined, 'the item name is empty (a row with other cells filled needs one)', '事项名称为空（填写了其他单元格的行须有事项名称）');
      return;
    }
    const existing = this.graphDuties.get(id);
    const record: Plain = existing ? { ...existing } : {};
    delete record.owners;
    record.id = id;
    record.title = title.text;
    record.township = this.context.township.id;
    this.setColumns(item, record, existing);
    this.setParent(item, record, id);
    const { owners, columns } = this.ownersOf(item, existing);
    if (owners.length > 0) record.owners = owners;
    this.addOnce(item, title, dropUndefined(record), columns);
  }

  /** Whether the item's sheet has the column at all (a column it lacks keeps the graph's value). */
  private has(item: ListItem, column: ListColumn): boolean {
    return columnPresent(this.list, item.sheet, column);
  }

  /** The list's columns over the record: English title, item type, category, legal bases, accountability, risks, keywords. */
  private setColumns(item: ListItem, record: Plain, existing: Plain | undefined): void {
    const has = (column: ListColumn) => this.has(item, column);
    const text = (column: ListColumn) => item.cells[column]?.text;
    if (has('titleEn')) record.titleEn = text('titleEn');
    if (has('itemType')) record.itemType = this.itemType(item);
    record.category = this.category(item, existing);
    if (has('legalBases')) record.legalBases = listOrUndefined(splitEntries(text('legalBases') ?? '').map(parseLegalBasis));
    if (has('accountability')) record.accountability = listOrUndefined(splitEntries(text('accountability') ?? ''));
    if (has('risks') || has('controls')) record.integrityRisks = this.integrityRisks(item);
    if (has('keywords')) record.keywords = listOrUndefined(splitNames(text('keywords') ?? ''));
  }

  private itemType(item: ListItem): string | undefined {
    const cell = item.cells.itemType;
    const itemType = cell ? lookUpName(ITEM_TYPE_NAMES, cell.text) : undefined;
    if (cell && !itemType) {
      const names = Object.values(ITEM_TYPE_NAMES).map((names) => names[0]);
      this.problem(item, 'itemType', cell, `not an item type: use one of ${names.join(', ')}`, `不是有效的事项类型，应为：${names.join('、')}`);
    }
    return itemType;
  }

  /** The performance type: the cell's, else the sheet's name, else the graph's. */
  private category(item: ListItem, existing: Plain | undefined): string | undefined {
    const cell = item.cells.category;
    const category = cell ? lookUpName(CATEGORY_NAMES, cell.text) : categoryOfSheet(item.sheet) ?? (existing?.category as string | undefined);
    if (cell && !category) this.problem(item, 'category', cell, 'not a performance type: use 基本履职, 配合履职 or 上级部门收回', '不是有效的履职类型，应为：基本履职、配合履职或上级部门收回');
    else if (!category) this.problem(item, 'category', undefined, 'the performance type is empty: write 基本履职 or 配合履职 (or name the sheet so)', '履职类型为空：请填写“基本履职”或“配合履职”（或在工作表名中注明）');
    return category;
  }

  /** Risk points with the control measure on the same line number (more measures than points is a problem). */
  private integrityRisks(item: ListItem): { risk: string; control?: string }[] | undefined {
    const risks = splitEntries(item.cells.risks?.text ?? '');
    const controls = splitEntries(item.cells.controls?.text ?? '');
    if (controls.length > risks.length) {
      this.problem(item, 'controls', item.cells.controls, `${controls.length} control measures for ${risks.length} risk points: write one measure per risk point, on the same line number`, `防控措施${controls.length}条，廉政风险点${risks.length}条：每个风险点对应一条措施，按行对应`);
    }
    return listOrUndefined(
      risks.map((risk, at) => {
        const control = controls[at];
        return control && !isNoEntry(control) ? { risk, control } : { risk };
      }),
    );
  }

  /** The parent: the cell's title (a problem when nothing has it), else the heading the item stands under, else none when the sheet has the column. */
  private setParent(item: ListItem, record: Plain, id: string): void {
    const cell = item.cells.parent;
    if (cell) {
      const parent = this.titleToId(cell.text);
      if (parent) record.parent = parent;
      else this.problem(item, 'parent', cell, 'no item of the list or duty of the township has this title', '清单中及本镇均无此名称的事项');
    } else if (item.heading !== undefined) {
      const parent = this.titleToId(item.heading);
      record.parent = parent && parent !== id ? parent : undefined;
    } else if (this.has(item, 'parent')) {
      record.parent = undefined;
    }
  }

  /** The owner edges of the item on the day (`ownersOnDay`), from the owners its three columns name. */
  private ownersOf(item: ListItem, existing: Plain | undefined): { owners: Owner[]; columns: ListColumn[] } {
    const { day } = this;
    return ownersOnDay(existing, this.namedOwners(item), day, this.existingOnDay, (owner) =>
      this.problem(
        item,
        'leadOffices',
        item.cells.leadOffices,
        `${owner} starts on the list's day ${day} and the list no longer names it: an import closes owners, it does not delete them; state a later day`,
        `${owner}自清单日期${day}起承担此事项，而清单未再列出：导入只能终止、不能删除，请注明更晚的日期`,
      ),
    );
  }

  /** The lead offices, lead posts (a post named by an office's many is the one IN a lead office) and assisting units an item names. */
  private namedOwners(item: ListItem): NamedOwner[] {
    const { offices, posts, day } = this;
    const text = (column: ListColumn) => item.cells[column]?.text;
    const named: NamedOwner[] = [];
    const leadOffices: string[] = [];
    for (const name of namesIn(text('leadOffices'), (line) => findUnit(offices, line) !== undefined)) {
      const office = findUnit(offices, name);
      if (office) {
        leadOffices.push(office);
        named.push({ owner: office, role: 'LEAD', column: 'leadOffices' });
      } else this.unknownUnit(item, 'leadOffices', name, this.closedOffices);
    }
    for (const name of namesIn(text('leadPosts'), (line) => typeof findPost(posts, line, leadOffices, day) === 'string')) {
      const post = findPost(posts, name, leadOffices, day);
      if (typeof post === 'string') named.push({ owner: post, role: 'LEAD', column: 'leadPosts' });
      else if (post.length > 1) this.problem(item, 'leadPosts', item.cells.leadPosts, `'${name}' names ${post.length} posts (${post.join(', ')}): write the office in 责任科室 or the post's full name`, `“${name}”对应多个岗位（${post.join('、')}）：请在责任科室中注明科室或写全岗位名称`);
      else this.unknownUnit(item, 'leadPosts', name);
    }
    for (const name of namesIn(text('assistingUnits'), (line) => findUnit(offices, line) !== undefined || typeof findPost(posts, line, [], day) === 'string')) {
      const unit = findUnit(offices, name) ?? findPost(posts, name, [], day);
      if (typeof unit === 'string') named.push({ owner: unit, role: 'ASSIST', column: 'assistingUnits' });
      else this.unknownUnit(item, 'assistingUnits', name, this.closedOffices);
    }
    return named;
  }

  /** A name no office or post of the township has on the day: closed by then (when it was), or unknown. */
  private unknownUnit(item: ListItem, column: ListColumn, name: string, closed?: Map<string, ListUnit[]>): void {
    const { day, context } = this;
    const cell = item.cells[column];
    const gone = closed?.get(matchKey(name))?.[0];
    if (gone) {
      this.problem(item, column, cell, `'${name}' (${gone.id}) does not exist on ${day} (${gone.from} to ${gone.to ?? '…'})`, `“${name}”（${gone.id}）在${day}不存在（存续期${gone.from}至${gone.to ?? '今'}）`);
      return;
    }
    const what = column === 'leadPosts' ? 'post' : column === 'leadOffices' ? 'office' : 'office or post';
    const whatZh = column === 'leadPosts' ? '岗位' : column === 'leadOffices' ? '科室' : '科室或岗位';
    this.problem(item, column, cell, `unknown ${what} '${name}': no ${what} of ${context.township.id} on ${day} has this name or alias`, `未知${whatZh}“${name}”：${context.township.name}在${day}没有此名称或别名的${whatZh}`);
  }

  /** Keeps the first record of an id; a later item with the same id must have the same cells. */
  private addOnce(item: ListItem, title: ListCell, record: Plain, columns: ListColumn[]): void {
    const id = String(record.id);
    const json = JSON.stringify(record);
    const earlier = this.firstSeen.get(id);
    if (earlier) {
      if (earlier.json !== json) {
        this.problem(item, 'title', title, `the same item is on sheet ${earlier.item.sheet} row ${earlier.item.row} with different cells`, `同一事项在工作表“${earlier.item.sheet}”第${earlier.item.row}行的内容不同`);
      }
      return;
    }
    this.firstSeen.set(id, { item, json });
    this.duties.push(record);
    this.items.push(item);
    this.ownerColumns.push(columns);
  }

  /** Where a validation problem of a record points in the workbook: its item's row and the column the field came from. */
  private locate(fieldPath: FieldPath): ProblemLocation {
    const [listName, index, field, second, third] = fieldPath;
    const item = typeof index === 'number' && listName === 'duties' ? this.items[index] : undefined;
    if (!item) return { path: '(workbook)', field: '' };
    const column = columnOfField(String(field ?? ''), second, third, this.ownerColumns[index as number] ?? []);
    const cell = item.cells[column] ?? item.cells.title;
    return { sheet: item.sheet, row: item.row, path: cell?.header ?? COLUMN_NAMES_EN[column], field: column, cell: cell?.address, text: cell?.text };
  }
}

/**
 * The names a cell lists, one per line or separated by 、 ， ; …; a line that is itself a name
 * (党委委员、组织委员 is one post) is not split.
 */
function namesIn(text: string | undefined, isName: (line: string) => boolean): string[] {
  return cleanText(text ?? '')
    .split('\n')
    .filter((line) => line.length > 0)
    .flatMap((line) => (isName(line) ? [line] : splitNames(line)));
}

function itemId(item: ListItem, township: string, dutyByTitle: Map<string, string>): string | undefined {
  const code = item.cells.id?.text;
  if (code) return code.normalize('NFKC').trim();
  const title = item.cells.title?.text;
  if (!title) return undefined;
  return dutyByTitle.get(matchKey(title)) ?? derivedDutyId(township, title);
}

/** Whether the item's sheet has the column at all (its header names it). */
function columnPresent(list: ParsedList, sheet: string, column: ListColumn): boolean {
  return list.columns[sheet]?.includes(column) ?? false;
}

/** 基本履职 / 配合履职 sheets: the sheet's name gives the performance type of its rows. */
function categoryOfSheet(sheet: string): string | undefined {
  if (/基本|basic/i.test(sheet)) return 'BASIC';
  if (/配合|support|assist/i.test(sheet)) return 'ASSISTING';
  if (/收回|higher/i.test(sheet)) return 'HIGHER_LEVEL';
  return undefined;
}

function unitIndex(units: ListUnit[]): Map<string, ListUnit[]> {
  const index = new Map<string, ListUnit[]>();
  for (const unit of units) {
    const keys = new Set([unit.name, unit.nameEn ?? '', unit.id, ...(unit.aliases ?? [])].filter(Boolean).map(matchKey));
    for (const key of keys) index.set(key, [...(index.get(key) ?? []), unit]);
  }
  return index;
}

function findUnit(index: Map<string, ListUnit[]>, name: string): string | undefined {
  const found = index.get(matchKey(name));
  return found?.length === 1 ? found[0]!.id : undefined;
}

/** A post by name: the one post of that name, else the one IN a lead office of the row; else the candidates. */
function findPost(index: Map<string, ListUnit[]>, name: string, leadOffices: string[], day: string): string | string[] {
  const found = index.get(matchKey(name)) ?? [];
  if (found.length === 1) return found[0]!.id;
  const inLead = found.filter((post) => (post.units ?? []).some((edge) => leadOffices.includes(edge.unit) && validOn(edge, day)));
  if (inLead.length === 1) return inLead[0]!.id;
  return found.map((post) => post.id);
}

/**
 * The owner edges to write: the graph's edges of the duty on the day that the list names again are
 * kept as they are, the ones it does not name end on the day, and the named owners the graph lacks
 * start on it. An edge that itself starts on the day cannot be ended then (it would be empty).
 */
function ownersOnDay(
  existing: Plain | undefined,
  named: { owner: string; role: 'LEAD' | 'ASSIST'; column: ListColumn }[],
  day: string,
  existingOnDay: ReadonlySet<string>,
  cannotEnd: (owner: string) => void,
): { owners: Owner[]; columns: ListColumn[] } {
  const current = ((existing?.owners as Owner[] | undefined) ?? []).filter((edge) => validOn(edge, day) && existingOnDay.has(edge.owner));
  const key = (edge: { owner: string; role: string }) => `${edge.role} ${edge.owner}`;
  const wanted = new Map(named.map((edge) => [key(edge), edge]));
  const owners: Owner[] = [];
  const columns: ListColumn[] = [];
  for (const edge of current) {
    const again = wanted.get(key(edge));
    if (again) {
      owners.push({ owner: edge.owner, role: edge.role, from: edge.from, ...(edge.to === null || edge.to === undefined ? {} : { to: edge.to }) });
      columns.push(again.column);
      wanted.delete(key(edge));
    } else if (edge.from === day) {
      cannotEnd(edge.owner);
    } else {
      owners.push({ owner: edge.owner, role: edge.role, from: edge.from, to: day });
      columns.push(edge.role === 'LEAD' ? 'leadOffices' : 'assistingUnits');
    }
  }
  for (const edge of wanted.values()) {
    owners.push({ owner: edge.owner, role: edge.role, from: day });
    columns.push(edge.column);
  }
  return { owners, columns };
}

function columnOfField(field: string, second: unknown, third: unknown, ownerColumns: ListColumn[]): ListColumn {
  switch (field) {
    case 'integrityRisks':
      return third === 'control' ? 'controls' : 'risks';
    case 'owners':
      return typeof second === 'number' ? ownerColumns[second] ?? 'leadOffices' : 'leadOffices';
    case 'id':
    case 'titleEn':
    case 'itemType':
    case 'category':
    case 'legalBases':
    case 'accountability':
    case 'keywords':
    case 'parent':
      return field;
    default:
      return 'title';
  }
}

function listOrUndefined<T>(values: T[]): T[] | undefined {
  return values.length > 0 ? values : undefined;
}

function dropUndefined(record: Plain): Plain {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== null));
}
