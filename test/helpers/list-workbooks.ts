import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';

export const SAMPLE = parse(fs.readFileSync(path.join(__dirname, '../../data/sample-town.yaml'), 'utf8')) as Record<string, any>;
export const SAMPLE_LIST = path.join(__dirname, '../../data/sample-town-list.xlsx');
/** The duty fields only the list carries. */
export const LIST_FIELDS = ['itemType', 'legalBases', 'accountability', 'integrityRisks', 'titleEn', 'keywords'];

/** The sample with the fields only the list carries removed from every duty, and an acting holder for the vacant road post. */
export function sampleWithoutListFields(): Record<string, any> {
  const copy = structuredClone(SAMPLE);
  for (const duty of copy.duties) for (const field of LIST_FIELDS) delete duty[field];
  copy.people.push({ id: 'person:acting-roads', name: '代理人', holds: [{ post: 'post:village-construction-deputy', from: '2008-10-01', acting: true }] });
  return copy;
}

/** A copy of a list workbook whose item codes (事项编码, column B) carry the prefix. */
export async function withPrefixedCodes(file: string, prefix: string, out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      const cell = row.getCell(2);
      if (typeof cell.value === 'string' && cell.value.startsWith('duty:')) cell.value = `${prefix}${cell.value}`;
    });
  });
  await workbook.xlsx.writeFile(out);
}
