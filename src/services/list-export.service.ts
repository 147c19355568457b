import type ExcelJS from 'exceljs';
import { NotFoundError } from '../errors';
import { buildListWorkbook } from '../dataset/list/write-list';
import type { DatasetRepository } from '../repositories/dataset.repository';
import { resolveAsOf } from '../domain/period';
import type { DutyAuditService } from './duty-audit.service';

/** A township's responsibility list on a day as a workbook (write-list.ts), with the duty audit of that day. */
export class ListExportService {
  constructor(
    private readonly repository: Pick<DatasetRepository, 'exportRecords'>,
    private readonly audit: Pick<DutyAuditService, 'dutyAudit'>,
  ) {}

  async exportList(township: string, asOf?: string | null): Promise<ExcelJS.Workbook> {
    const day = resolveAsOf(asOf);
    const records = await this.repository.exportRecords(township);
    const town = records?.townships.find((record) => record.id === township);
    if (!records || !town) throw new NotFoundError('Township', township, 'township');
    const audit = await this.audit.dutyAudit(day, township);
    return buildListWorkbook({
      township: { id: township, name: String(town.name), nameEn: (town.nameEn as string | null) ?? null },
      day,
      offices: records.offices,
      posts: records.posts,
      duties: records.duties.filter((duty) => duty.township === township),
      audit: audit.findings.map((finding) => ({ duty: finding.duty.id, title: finding.duty.title, flags: finding.flags, reasons: finding.reasons.map((reason) => reason.message) })),
    });
  }
}
