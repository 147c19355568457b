import { IdField, TextField } from './fields';
import { NAME_MAX } from './dated-edge';
import { DatasetList } from './record-list';

/** A city functional department that runs grassroots stations. */
@DatasetList('departments')
export class DepartmentRecord {
  @IdField() id!: string;
  @TextField(NAME_MAX) name!: string;
  @TextField(NAME_MAX, { optional: true }) nameEn?: string;
}

declare module './record-list' {
  interface RecordOfList {
    departments: DepartmentRecord;
  }
}
