import { IdField, TextField } from './fields';
import { NAME_MAX } from './dated-edge';

/** A city functional department that runs grassroots stations. */
export class DepartmentRecord {
  @IdField() id!: string;
  @TextField(NAME_MAX) name!: string;
  @TextField(NAME_MAX, { optional: true }) nameEn?: string;
}
