import { DateField, IdField, TextField } from './fields';
import { NAME_MAX, TITLE_MAX } from './dated-edge';
import { DatasetList } from './record-list';

/** A rule or plan that defines posts or duties. */
@DatasetList('documents')
export class DocumentRecord {
  @IdField() id!: string;
  @TextField(TITLE_MAX) title!: string;
  @TextField(TITLE_MAX, { optional: true }) titleEn?: string;
  @DateField({ optional: true }) issuedOn?: string;
  @TextField(NAME_MAX, { optional: true }) issuer?: string;
  @IdField({ optional: true }) township?: string;
}

declare module './record-list' {
  interface RecordOfList {
    documents: DocumentRecord;
  }
}
