import crypto from 'node:crypto';
import type { Viewer } from '../auth/roles';
import { BadUserInputError, InputProblem, PayloadTooLargeError } from '../errors';
import { DatasetValidationError } from '../dataset/problems';
import type { DatasetProblem } from '../dataset/problems';
import { decodeWorkbook, MAX_WORKBOOK_BYTES } from '../dataset/list/list-upload';
import { MAX_UNZIPPED_BYTES, unzippedSize } from '../dataset/list/unzipped-size';
import type { TouchedEntity } from '../domain/audit-record';
import { AuditRecordView } from '../domain/audit-record';
import { DatasetRepository } from '../repositories/dataset.repository';
import type { MutationRepository, MutationTx } from '../repositories/mutation.repository';
import { recordAudit } from './audit-trail.service';
import { ListImportService } from './list-import.service';

export interface ListUpload {
  /** The .xlsx file, base64. */
  workbook: string;
  /** Its name, for the problems and the change record. */
  fileName?: string | null;
  township?: string | null;
  on?: string | null;
  dryRun?: boolean | null;
}

/** One problem of an uploaded list, where a town office finds it: sheet, row, column, cell and its text, in Chinese and English. */
export interface ListUploadProblem extends InputProblem {
  messageZh: string | null;
  sheet: string | null;
  row: number | null;
  column: string | null;
  cell: string | null;
  text: string | null;
}

export interface ListUploadResult {
  committed: boolean;
  township: string;
  on: string;
  duties: number;
  created: number;
  updated: number;
  rows: number;
  change: AuditRecordView | null;
}

/**
 * The importList mutation: a town's responsibility list workbook, imported as `npm run import --
 * list.xlsx` imports it (the same reading, matching, checks and write), inside the mutation's one
 * transaction with its change record: every duty the list touches, before and after. A dry run
 * does all of it and rolls back, so it reports every problem, or what would be imported.
 */
export class ListUploadService {
  constructor(private readonly repository: MutationRepository) {}

  async importList(upload: ListUpload, viewer: Viewer): Promise<ListUploadResult> {
    const decoded = decodeWorkbook(upload.workbook);
    if (!decoded.ok && decoded.problem === 'too-large') throw new PayloadTooLargeError('workbook', decoded.bytes, MAX_WORKBOOK_BYTES);
    if (!decoded.ok) throw BadUserInputError.of('workbook', decoded.problem === 'empty' ? 'is empty: send the .xlsx file as base64' : 'is not base64 text: send the .xlsx file as base64');
    // A zip bomb is refused before exceljs unzips it into memory; a file that is no zip at all is left to the reader, which says so.
    const unzipped = unzippedSize(decoded.content);
    if (!unzipped.ok && unzipped.problem === 'too-large') throw new PayloadTooLargeError('workbook', unzipped.bytes, MAX_UNZIPPED_BYTES, 'unzipped');
    const fileName = upload.fileName?.trim() || 'list.xlsx';
    const sha256 = crypto.createHash('sha256').update(decoded.content).digest('hex');
    const work = async (tx: MutationTx): Promise<ListUploadResult> => {
      // The importer's own repository, over this transaction: its reads see the graph as this write does, its write is this write.
      const store = new DatasetRepository(tx.readView());
      const summary = await new ListImportService(store)
        .importContent(decoded.content, fileName, { township: upload.township ?? undefined, day: upload.on ?? undefined })
        .catch((error: unknown) => {
          throw error instanceof DatasetValidationError ? new BadUserInputError(error.problems.map(uploadProblem)) : error;
        });
      const { township } = summary;
      const duties = await store.exportListRecords([township]);
      const after = (duties.get(township)?.duties ?? []).filter((duty) => summary.dutyIds.has(String(duty.id)));
      const touched: TouchedEntity[] = after.map((record) => ({ id: String(record.id), label: 'Duty', before: summary.before.get(String(record.id)) ?? null, after: record }));
      const args = { fileName, bytes: decoded.content.length, sha256, township: upload.township ?? null, on: upload.on ?? null };
      const change = upload.dryRun ? null : await recordAudit(tx, viewer, 'importList', args, touched);
      const created = touched.filter((entity) => entity.before === null).length;
      return { committed: !upload.dryRun, township, on: summary.day, duties: touched.length, created, updated: touched.length - created, rows: summary.rows, change };
    };
    return upload.dryRun ? this.repository.dryRun('importList', work) : this.repository.write('importList', work);
  }
}

/** A dataset problem of the list as one entry of `extensions.problems`: `field` is the argument, the rest where in the workbook. */
function uploadProblem(problem: DatasetProblem): ListUploadProblem {
  const where = [problem.sheet, problem.cell ?? (problem.row !== undefined ? `row ${problem.row}` : undefined), problem.path].filter(Boolean).join(' ');
  return {
    field: 'workbook',
    message: where ? `${where}: ${problem.message}` : problem.message,
    messageZh: problem.messageZh ?? null,
    sheet: problem.sheet ?? null,
    row: problem.row ?? null,
    column: problem.path || null,
    cell: problem.cell ?? null,
    text: problem.text ?? null,
  };
}
