import ExcelJS from 'exceljs';
import type { DatasetProblem } from '../problems';
import { categoryTitle, cleanText, COLUMN_NAMES_EN, columnOfHeader, ListColumn } from './list-columns';

/** One cell of an item row: its text as written (cleaned), where it is, and the header it sits under. */
export interface ListCell {
  text: string;
  address: string;
  header: string;
}

/** One item row of a sheet, with the category heading above it (if any). */
export interface ListItem {
  sheet: string;
  row: number;
  heading: string | undefined;
  cells: Partial<Record<ListColumn, ListCell>>;
}

/** A workbook read as a town's list: its title (the first title row), its items, and what was wrong with its shape. */
export interface ParsedList {
  file: string;
  title: string | undefined;
  items: ListItem[];
  /** Sheets with a list header, in workbook order; the others (notes, an audit sheet) are not read. */
  sheets: string[];
  /** The list columns each of those sheets has. */
  columns: Record<string, ListColumn[]>;
  problems: DatasetProblem[];
}

/** Rows searched for the header: a title and a note or two may sit above it. */
const HEADER_SEARCH_ROWS = 12;
/** A row is the header when it names at least this many known columns, the item name among them. */
const HEADER_MIN_COLUMNS = 3;
/** Sheets an export adds beside the lists; never read as a list even if a header is recognised. */
const NOT_A_LIST = /审计|audit|说明|readme|notes?$/i;

export async function readListWorkbook(file: string, shownAs = file): Promise<ParsedList> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return failed(shownAs, `cannot read the workbook: ${reason}`, `无法读取工作簿：${reason}`);
  }
  return parseListWorkbook(workbook, shownAs);
}

/** A workbook sent as its bytes (the importList mutation's upload), read as readListWorkbook reads a file. */
export async function readListContent(content: Buffer, shownAs: string): Promise<ParsedList> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's own typing of load() names an older Buffer; any Node Buffer is accepted.
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    const reason = (error as Error).message;
    return failed(shownAs, `cannot read the workbook (is it an .xlsx file?): ${reason}`, `无法读取工作簿（是否为 .xlsx 文件？）：${reason}`);
  }
  return parseListWorkbook(workbook, shownAs);
}

export function parseListWorkbook(workbook: ExcelJS.Workbook, file: string): ParsedList {
  const list: ParsedList = { file, title: undefined, items: [], sheets: [], columns: {}, problems: [] };
  workbook.eachSheet((worksheet) => {
    if (NOT_A_LIST.test(worksheet.name)) return;
    readSheet(worksheet, list);
  });
  if (list.sheets.length === 0) {
    list.problems.push({
      file,
      path: '(workbook)',
      field: '',
      message: `no sheet has a list header (a row naming 事项名称 and at least ${HEADER_MIN_COLUMNS - 1} more columns such as 责任科室, 事项类型)`,
      messageZh: `没有找到清单表头（表头行须含“事项名称”及“责任科室”“事项类型”等列）`,
    });
  }
  return list;
}

function readSheet(worksheet: ExcelJS.Worksheet, list: ParsedList): void {
  const header = findHeader(worksheet);
  if (!header) return;
  list.sheets.push(worksheet.name);
  if (list.title === undefined) {
    for (let row = 1; row < header.firstRow; row += 1) {
      const texts = distinctTexts(worksheet.getRow(row));
      if (texts.length > 0) {
        list.title = texts.join(' ');
        break;
      }
    }
  }
  const seen = new Map<ListColumn, number>();
  for (const [column, listColumn] of header.columns) {
    const earlier = seen.get(listColumn);
    if (earlier !== undefined) {
      list.problems.push(sheetProblem(list.file, worksheet.name, header.lastRow, header.texts.get(column) ?? '', cellAddress(header.lastRow, column), header.texts.get(column) ?? '',
        `column ${COLUMN_NAMES_EN[listColumn]} appears twice (also column ${columnLetter(earlier)})`, `“${header.texts.get(column)}”列重复（另见第${columnLetter(earlier)}列）`));
    } else seen.set(listColumn, column);
  }
  list.columns[worksheet.name] = [...seen.keys()];
  if (!seen.has('title')) return;

  let heading: string | undefined;
  for (let rowNumber = header.lastRow + 1; rowNumber <= worksheet.rowCount; rowNumber += 1) {
    const row = worksheet.getRow(rowNumber);
    const texts = distinctTexts(row);
    if (texts.length === 0) continue;
    const cells: Partial<Record<ListColumn, ListCell>> = {};
    for (const [listColumn, column] of seen) {
      const cell = row.getCell(column);
      const text = cleanText(cell.text ?? '');
      if (text) cells[listColumn] = { text, address: cell.address, header: header.texts.get(column) ?? COLUMN_NAMES_EN[listColumn] };
    }
    if (isCategoryRow(texts, cells)) {
      heading = categoryTitle(texts[0]!);
      continue;
    }
    if (texts.length === 1 && /^(注|备注|说明|note)\s*[:：]/i.test(texts[0]!)) continue;
    list.items.push({ sheet: worksheet.name, row: rowNumber, heading, cells });
  }
}

/**
 * A category row ('一、党的建设（25项）'): one text across the row (a merged cell repeats it in every
 * cell), or one text outside the item-name column with the item name empty.
 */
function isCategoryRow(texts: string[], cells: Partial<Record<ListColumn, ListCell>>): boolean {
  if (texts.length !== 1) return false;
  const named = Object.entries(cells).filter(([, cell]) => cell !== undefined);
  if (named.length === 0) return true;
  if (!cells.title) return true;
  // One text in several columns, the item name among them: a merged category cell.
  return named.length > 1;
}

interface Header {
  firstRow: number;
  lastRow: number;
  /** Spreadsheet column number → the list column it holds. */
  columns: Map<number, ListColumn>;
  texts: Map<number, string>;
}

/**
 * The header: the row among the first few that names the most known columns (the item name among
 * them). A header of two rows (a merged '责任主体' over 责任科室 and 责任岗位) takes the lower row's
 * name where it has one.
 */
function findHeader(worksheet: ExcelJS.Worksheet): Header | undefined {
  let best: Header | undefined;
  let bestCount = 0;
  const last = Math.min(worksheet.rowCount, HEADER_SEARCH_ROWS);
  for (let rowNumber = 1; rowNumber <= last; rowNumber += 1) {
    const upper = headerRow(worksheet.getRow(rowNumber));
    const lower = rowNumber < worksheet.rowCount ? headerRow(worksheet.getRow(rowNumber + 1)) : new Map<number, { column: ListColumn | undefined; text: string; slave: boolean }>();
    const lowerNames = [...lower.values()].filter((cell) => cell.column !== undefined).length;
    const upperNames = [...upper.values()].filter((cell) => cell.column !== undefined && !cell.slave).length;
    // A header of two rows names columns in both (a title row above the header names none).
    const twoRows = upperNames > 0 && lowerNames > 0 && [...lower.entries()].some(([column, cell]) => cell.column !== undefined && (upper.get(column)?.slave || upper.get(column)?.column === undefined));
    const columns = new Map<number, ListColumn>();
    const texts = new Map<number, string>();
    const numbers = new Set([...upper.keys(), ...(twoRows ? lower.keys() : [])]);
    for (const column of [...numbers].sort((a, b) => a - b)) {
      const below = twoRows ? lower.get(column) : undefined;
      const above = upper.get(column);
      const chosen = below?.column !== undefined ? below : above && !above.slave ? above : undefined;
      if (chosen?.column !== undefined) {
        columns.set(column, chosen.column);
        texts.set(column, chosen.text);
      }
    }
    const count = new Set(columns.values()).size;
    if (count >= HEADER_MIN_COLUMNS && [...columns.values()].includes('title') && count > bestCount) {
      best = { firstRow: rowNumber, lastRow: twoRows ? rowNumber + 1 : rowNumber, columns, texts };
      bestCount = count;
    }
  }
  return best;
}

function headerRow(row: ExcelJS.Row): Map<number, { column: ListColumn | undefined; text: string; slave: boolean }> {
  const cells = new Map<number, { column: ListColumn | undefined; text: string; slave: boolean }>();
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    const text = cleanText(cell.text ?? '');
    if (!text) return;
    const slave = cell.isMerged && cell.master.address !== cell.address;
    cells.set(column, { column: columnOfHeader(text), text, slave });
  });
  return cells;
}

/** The different texts of a row's cells (a merged cell shows its text in each cell it covers). */
function distinctTexts(row: ExcelJS.Row): string[] {
  const texts: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell) => {
    const text = cleanText(cell.text ?? '');
    if (text && !texts.includes(text)) texts.push(text);
  });
  return texts;
}

export function sheetProblem(file: string, sheet: string, row: number | undefined, header: string, cell: string | undefined, text: string | undefined, message: string, messageZh: string): DatasetProblem {
  return { file, sheet, row, path: header, field: header, cell, text, message, messageZh };
}

function failed(file: string, message: string, messageZh: string): ParsedList {
  return { file, title: undefined, items: [], sheets: [], columns: {}, problems: [{ file, path: '(workbook)', field: '', message, messageZh }] };
}

export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}
