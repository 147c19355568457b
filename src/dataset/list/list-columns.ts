import type { DutyCategory, DutyItemType } from '../records/enums';

/**
 * The columns of a town's responsibility list (权责清单 / 履职事项清单) in the shape the county
 * publishes, with the header texts the importer recognises (Chinese first, then English) and the
 * one the exporter writes (the first). docs/dataset-format.md tables them.
 */
export const LIST_COLUMNS = [
  'number',
  'id',
  'title',
  'titleEn',
  'parent',
  'itemType',
  'legalBases',
  'leadOffices',
  'leadPosts',
  'assistingUnits',
  'category',
  'accountability',
  'risks',
  'controls',
  'keywords',
] as const;
export type ListColumn = (typeof LIST_COLUMNS)[number];

export const LIST_HEADERS: Readonly<Record<ListColumn, readonly string[]>> = {
  number: ['序号', '编号', 'no.', 'no', 'number', '#'],
  id: ['事项编码', '编码', '事项代码', 'item code', 'code', 'id'],
  title: ['事项名称', '权责事项', '履职事项', '职责事项', '事项', 'item name', 'item', 'duty', 'title'],
  titleEn: ['英文名称', '事项英文名称', 'english name', 'name in english', 'title (english)'],
  parent: ['上级事项', '所属事项', 'parent item', 'parent'],
  itemType: ['事项类型', '权力类型', '职权类型', '类型', 'item type', 'type'],
  legalBases: ['设定依据', '法律依据', '实施依据', '依据', 'legal basis', 'legal bases', 'basis'],
  leadOffices: ['责任科室', '责任部门', '承办科室', '主办科室', '牵头科室', '责任单位', 'responsible office', 'lead office', 'office'],
  leadPosts: ['责任岗位', '承办岗位', '责任人岗位', 'responsible post', 'lead post', 'post'],
  assistingUnits: ['配合科室', '协办科室', '配合部门', '配合单位', 'supporting offices', 'supporting office', 'assisting offices', 'assisting units'],
  category: ['履职类型', '事项类别', '清单类别', 'performance type', 'duty category', 'category'],
  accountability: ['追责情形', '责任事项与追责情形', '问责情形', 'accountability situations', 'accountability'],
  risks: ['廉政风险点', '廉政风险', '风险点', 'integrity risk points', 'integrity risks', 'risk points'],
  controls: ['防控措施', '风险防控措施', '廉政风险防控措施', 'control measures', 'controls'],
  keywords: ['关键词', '检索词', 'keywords', 'search words'],
};

/** The English header the exporter writes under each Chinese one is not used; these name columns in messages. */
export const COLUMN_NAMES_EN: Readonly<Record<ListColumn, string>> = {
  number: 'No.',
  id: 'Item code',
  title: 'Item name',
  titleEn: 'English name',
  parent: 'Parent item',
  itemType: 'Item type',
  legalBases: 'Legal basis',
  leadOffices: 'Responsible office',
  leadPosts: 'Responsible post',
  assistingUnits: 'Supporting offices',
  category: 'Performance type',
  accountability: 'Accountability situations',
  risks: 'Integrity risk points',
  controls: 'Control measures',
  keywords: 'Keywords',
};

/** Column widths of an export, in Excel characters. */
export const COLUMN_WIDTHS: Readonly<Record<ListColumn, number>> = {
  number: 6,
  id: 28,
  title: 28,
  titleEn: 30,
  parent: 18,
  itemType: 12,
  legalBases: 40,
  leadOffices: 16,
  leadPosts: 16,
  assistingUnits: 22,
  category: 10,
  accountability: 44,
  risks: 36,
  controls: 36,
  keywords: 24,
};

/** 事项类型 as a list writes it, first the name an export uses. */
export const ITEM_TYPE_NAMES: Readonly<Record<DutyItemType, readonly string[]>> = {
  ADMINISTRATIVE_LICENSING: ['行政许可', 'administrative licensing', 'licensing'],
  ADMINISTRATIVE_PENALTY: ['行政处罚', 'administrative penalty', 'penalty'],
  ADMINISTRATIVE_COERCION: ['行政强制', 'administrative coercion', 'coercion'],
  ADMINISTRATIVE_LEVY: ['行政征收', 'administrative levy', 'levy'],
  ADMINISTRATIVE_PAYMENT: ['行政给付', 'administrative payment', 'payment'],
  ADMINISTRATIVE_INSPECTION: ['行政检查', 'administrative inspection', 'inspection'],
  ADMINISTRATIVE_CONFIRMATION: ['行政确认', 'administrative confirmation', 'confirmation'],
  ADMINISTRATIVE_REWARD: ['行政奖励', 'administrative reward', 'reward'],
  ADMINISTRATIVE_RULING: ['行政裁决', 'administrative ruling', 'ruling'],
  PUBLIC_SERVICE: ['公共服务', 'public service', 'service'],
  OTHER: ['其他', '其他行政权力', '其他权力', 'other', 'other administrative power'],
};

/** 履职类型 (the 2024–25 reforms' split), first the name an export uses. */
export const CATEGORY_NAMES: Readonly<Record<DutyCategory, readonly string[]>> = {
  BASIC: ['基本履职', '基本履职事项', 'basic', 'basic duty'],
  ASSISTING: ['配合履职', '配合履职事项', 'supporting', 'assisting', 'supporting duty'],
  HIGHER_LEVEL: ['上级部门收回', '上级部门收回事项', '收回事项', 'higher level', 'returned to higher level'],
};

/**
 * A cell's text compared loosely: full-width letters, digits and punctuation as their ASCII forms
 * (NFKC), every kind of space removed, lower case. Used to match names and headers, never stored.
 */
export function matchKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '').toLowerCase();
}

/** A cell's text as stored: trimmed, runs of spaces (including NBSP and the ideographic space) as one. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0\u3000]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** The numbering a list puts before an entry: 1. 1、 (1) （1） ① 一、 */
const NUMBERING = /^\s*(?:\d+\s*[.、．)）]|[（(]\s*\d+\s*[)）]|[①-⑳]|[一二三四五六七八九十]+\s*、)\s*/;

/**
 * Entries of a cell that lists several, numbering removed: one per line when the cell has several
 * lines (a ； inside a line is then part of the entry), else separated by ；/;.
 */
export function splitEntries(text: string): string[] {
  const cleaned = cleanText(text);
  return cleaned
    .split(cleaned.includes('\n') ? /\n/ : /[；;]/)
    .map((entry) => entry.replace(NUMBERING, '').trim())
    .filter((entry) => entry.length > 0);
}

/** A control-measure line that stands for "none" (it keeps the lines of risks and measures aligned). */
export const NO_ENTRY = '—';
export function isNoEntry(text: string): boolean {
  return ['—', '-', '–', '无', '/', 'none', 'n/a'].includes(matchKey(text));
}

/** Entries one per line, numbered when there are several: the form splitEntries reads back. */
export function joinEntries(entries: string[]): string {
  return entries.length === 1 ? entries[0]! : entries.map((entry, index) => `${index + 1}. ${entry}`).join('\n');
}

/** Names in a cell naming several offices or posts: 、 ， , ； ; or one per line. */
export function splitNames(text: string): string[] {
  return cleanText(text)
    .split(/\n|[、，,；;／/]/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/** A category row's text without its numbering and count: '一、党的建设（25项）' → '党的建设'. */
export function categoryTitle(text: string): string {
  return cleanText(text)
    .replace(/^\s*(?:[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．]|第[一二三四五六七八九十\d]+类\s*[:：]?)\s*/, '')
    .replace(/\s*[（(]\s*(?:共\s*)?\d+\s*项\s*[)）]\s*$/, '')
    .replace(/\s*[（(]\s*\d+\s*items?\s*[)）]\s*$/i, '')
    .trim();
}

/** Chinese numerals for category headings: 1 → 一, 17 → 十七. */
export function chineseNumeral(value: number): string {
  const digits = '零一二三四五六七八九';
  if (value < 10) return digits[value] ?? String(value);
  if (value < 20) return `十${value % 10 === 0 ? '' : digits[value % 10]}`;
  if (value < 100) return `${digits[Math.floor(value / 10)]}十${value % 10 === 0 ? '' : digits[value % 10]}`;
  return String(value);
}

const ARTICLE = /^(.*?)\s*(第[一二三四五六七八九十百千零〇\d]+条.*)$/;

/** '《中华人民共和国土地管理法》第六十二条' → title and article; without 《》 the article starts at 第…条. */
export function parseLegalBasis(text: string): { title: string; article?: string } {
  const bracketed = /^《([^》]+)》\s*(.*)$/.exec(text);
  if (bracketed) {
    const article = bracketed[2]?.trim();
    return article ? { title: bracketed[1]!.trim(), article } : { title: bracketed[1]!.trim() };
  }
  const match = ARTICLE.exec(text);
  if (match && match[1]) return { title: match[1].trim(), article: match[2]!.trim() };
  return { title: text.trim() };
}

export function formatLegalBasis(basis: { title: string; article?: string | null }): string {
  return `《${basis.title}》${basis.article ?? ''}`;
}

/** The value of a closed set a cell names, by any of its names (loosely matched). */
export function lookUpName<K extends string>(names: Readonly<Record<K, readonly string[]>>, text: string): K | undefined {
  const key = matchKey(text).replace(/(类|事项|类事项)$/, '');
  for (const [value, aliases] of Object.entries(names) as [K, readonly string[]][]) {
    if (aliases.some((alias) => matchKey(alias) === key || matchKey(alias) === matchKey(text))) return value;
  }
  return undefined;
}

/** The column a header cell names, if any. */
export function columnOfHeader(text: string): ListColumn | undefined {
  const key = matchKey(text).replace(/[*＊:：]/g, '');
  if (!key) return undefined;
  for (const column of LIST_COLUMNS) if (LIST_HEADERS[column].some((header) => matchKey(header) === key)) return column;
  return undefined;
}
