import { DateField, IdField, TextField } from './fields';
import { NAME_MAX, TITLE_MAX } from './dated-edge';

/** A rule or plan that defines posts or duties. */
export class DocumentRecord {
  @IdField() id!: string;
  @TextField(TITLE_MAX) title!: string;
  @TextField(TITLE_MAX, { optional: true }) titleEn?: string;
  @DateField({ optional: true }) issuedOn?: string;
  @TextField(NAME_MAX, { optional: true }) issuer?: string;
  @IdField({ optional: true }) township?: string;
}
