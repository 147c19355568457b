import ExcelJS from 'exceljs';
import { validOn } from '../../domain/period';
import {
  CATEGORY_NAMES,
  chineseNumeral,
  COLUMN_WIDTHS,
  formatLegalBasis,
  ITEM_TYPE_NAMES,
  joinEntries,
  LIST_COLUMNS,
  LIST_HEADERS,
  ListColumn,
  NO_ENTRY,
} from './list-columns';

type Plain = Record<string, unknown>;
type Period = { from: string; to?: string | null };

/** One township's records (an export of it) and the day the list is for. */
export interface ListExportInput {
  township: { id: string; name: string; nameEn?: string | null };
  day: string;
  offices: Plain[];
  posts: Plain[];
  duties: Plain[];
  /** The duty audit on the day: one row per flagged duty, for the audit sheet. */
  audit: { duty: string; title: string; flags: string[]; reasons: string[] }[];
}

/** `里顺镇权责清单（2008-11-01）`: the title row, which the importer reads the township and day from. */
export function listTitle(townshipName: string, day: string): string {
  return `${townshipName}权责清单（${day}）`;
}


interface Row {
  duty: Plain;
  heading: string;
  cells: Record<ListColumn, string>;
  leadOffices: string[];
}

/**
 * A township's list on a day in the county's shape: a sheet of every item under its category
 * headings (each top-level duty is a category, its parts below it), one sheet per office of the
 * items it leads, and an audit sheet of the flags and their reasons. Title row, frozen header,
 * column widths; the importer reads it back to the same duties.
 */
export function buildListWorkbook(input: ListExportInput): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dutygraph';
  const rows = listRows(input);
  const title = listTitle(input.township.name, input.day);
  addListSheet(workbook, '权责清单', title, rows);
  const offices = input.offices.filter((office) => validOn(office, input.day)).sort(compareIds);
  const usedNames = new Set<string>(['权责清单']);
  for (const office of offices) {
    const led = rows.filter((row) => row.leadOffices.includes(String(office.id)));
    if (led.length === 0) continue;
    const name = sheetName(String(office.name), usedNames);
    addListSheet(workbook, name, `${title} ${office.name}`, led);
  }
  addAuditSheet(workbook, title, input.audit);
  return workbook;
}

function listRows(input: ListExportInput): Row[] {
  const { day } = input;
  const byId = new Map(input.duties.map((duty) => [String(duty.id), duty]));
  const officeNames = new Map(input.offices.map((office) => [String(office.id), String(office.name)]));
  const postNames = new Map(input.posts.map((post) => [String(post.id), String(post.name)]));
  const postOffice = new Map(
    input.posts.map((post) => [String(post.id), ((post.units as ({ unit: string } & Period)[] | null) ?? []).find((edge) => officeNames.has(edge.unit) && validOn(edge, day))?.unit]),
  );
  // As the questions read owners: the edge and the office or post itself valid on the day.
  const existingOnDay = new Set([...input.offices, ...input.posts].filter((unit) => validOn(unit, day)).map((unit) => String(unit.id)));
  const topOf = (duty: Plain): Plain => {
    let current = duty;
    for (let depth = 0; depth < 50; depth += 1) {
      const parent = current.parent ? byId.get(String(current.parent)) : undefined;
      if (!parent) return current;
      current = parent;
    }
    return current;
  };
  const groups = new Map<string, Plain[]>();
  for (const duty of [...input.duties].sort(compareIds)) {
    const top = String(topOf(duty).id);
    groups.set(top, [...(groups.get(top) ?? []), duty]);
  }
  const rows: Row[] = [];
  for (const [top, members] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const heading = String(byId.get(top)?.title ?? top);
    const ordered = [...members].sort((a, b) => (a.id === top ? -1 : b.id === top ? 1 : compareIds(a, b)));
    for (const duty of ordered) {
      const owners = ((duty.owners as ({ owner: string; role: string } & Period)[] | null) ?? []).filter((edge) => validOn(edge, day) && existingOnDay.has(edge.owner));
      const leadOffices = owners.filter((edge) => edge.role === 'LEAD' && officeNames.has(edge.owner)).map((edge) => edge.owner);
      const leadPosts = owners.filter((edge) => edge.role === 'LEAD' && postNames.has(edge.owner)).map((edge) => edge.owner);
      const assists = owners.filter((edge) => edge.role === 'ASSIST').map((edge) => edge.owner);
      const risks = (duty.integrityRisks as { risk: string; control?: string | null }[] | null) ?? [];
      const parent = duty.parent ? byId.get(String(duty.parent)) : undefined;
      const cells: Record<ListColumn, string> = {
        number: '',
        id: String(duty.id),
        title: String(duty.title),
        titleEn: String(duty.titleEn ?? ''),
        parent: parent ? String(parent.title) : '',
        itemType: duty.itemType ? ITEM_TYPE_NAMES[duty.itemType as keyof typeof ITEM_TYPE_NAMES][0]! : '',
        legalBases: ((duty.legalBases as { title: string; article?: string | null }[] | null) ?? []).map(formatLegalBasis).join('\n'),
        leadOffices: leadOffices.map((id) => officeNames.get(id)).join('\n'),
        leadPosts: leadPosts.map((id) => postNames.get(id)).join('\n'),
        assistingUnits: assists.map((id) => officeNames.get(id) ?? postNames.get(id) ?? id).join('\n'),
        category: CATEGORY_NAMES[duty.category as keyof typeof CATEGORY_NAMES]?.[0] ?? '',
        accountability: joinEntries((duty.accountability as string[] | null) ?? []),
        risks: risks.length > 0 ? joinEntries(risks.map((risk) => risk.risk)) : '',
        controls: risks.some((risk) => risk.control) ? joinEntries(risks.map((risk) => risk.control ?? NO_ENTRY)) : '',
        keywords: ((duty.keywords as string[] | null) ?? []).join('；'),
      };
      const sheetOffices = [...leadOffices, ...leadPosts.map((post) => postOffice.get(post)).filter((office): office is string => office !== undefined)];
      rows.push({ duty, heading, cells, leadOffices: [...new Set(sheetOffices)] });
    }
  }
  return rows;
}

function addListSheet(workbook: ExcelJS.Workbook, name: string, title: string, rows: Row[]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2, xSplit: 0 }] });
  const width = LIST_COLUMNS.length;
  sheet.columns = LIST_COLUMNS.map((column) => ({ key: column, width: COLUMN_WIDTHS[column] }));
  sheet.getRow(1).getCell(1).value = title;
  sheet.mergeCells(1, 1, 1, width);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.getRow(1).alignment = { horizontal: 'center' };
  const header = sheet.getRow(2);
  LIST_COLUMNS.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = LIST_HEADERS[column][0]!;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  let heading: string | undefined;
  let category = 0;
  let number = 0;
  for (const row of rows) {
    if (row.heading !== heading) {
      heading = row.heading;
      category += 1;
      const count = rows.filter((other) => other.heading === heading).length;
      const added = sheet.addRow([`${chineseNumeral(category)}、${heading}（${count}项）`]);
      sheet.mergeCells(added.number, 1, added.number, width);
      added.font = { bold: true };
      added.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    }
    number += 1;
    const cells = Object.fromEntries(Object.entries(row.cells).filter(([, text]) => text !== ''));
    const added = sheet.addRow({ ...cells, number });
    added.alignment = { vertical: 'top', wrapText: true };
  }
}

function addAuditSheet(workbook: ExcelJS.Workbook, title: string, audit: ListExportInput['audit']): void {
  const sheet = workbook.addWorksheet('审计 Audit', { views: [{ state: 'frozen', ySplit: 2, xSplit: 0 }] });
  sheet.columns = [{ width: 34 }, { width: 28 }, { width: 22 }, { width: 90 }];
  sheet.getRow(1).getCell(1).value = `${title} 审计 / audit`;
  sheet.mergeCells(1, 1, 1, 4);
  sheet.getRow(1).font = { bold: true, size: 14 };
  const header = sheet.getRow(2);
  ['清单事项编码 Duty code', '名称 Title', '标记 Flags', '原因 Reasons'].forEach((text, index) => {
    header.getCell(index + 1).value = text;
    header.getCell(index + 1).font = { bold: true };
  });
  for (const finding of audit) {
    sheet.addRow([finding.duty, finding.title, finding.flags.join(', '), finding.reasons.join('\n')]).alignment = { vertical: 'top', wrapText: true };
  }
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ , unique in the workbook. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28);
  let candidate = base;
  for (let index = 2; used.has(candidate); index += 1) candidate = `${base} ${index}`;
  used.add(candidate);
  return candidate;
}

function compareIds(a: Plain, b: Plain): number {
  return String(a.id).localeCompare(String(b.id));
}
