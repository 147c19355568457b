import { DateField, EndsAfter, EnumField, IdField, IdListField, TextField, TextListField } from './fields';
import { ALIASES_MAX, NAME_MAX } from './dated-edge';
import { OFFICE_KINDS, OfficeKind } from './enums';
import { DatasetList } from './record-list';

/** An internal institution of the town government, from its creation until merged or withdrawn. */
@DatasetList('offices')
export class OfficeRecord {
  @IdField() id!: string;
  @TextField(NAME_MAX) name!: string;
  @TextField(NAME_MAX, { optional: true }) nameEn?: string;
  /** Other names a town list uses for it (党政办 for 党政办公室); the XLSX importer matches them. */
  @TextListField(ALIASES_MAX, NAME_MAX) aliases?: string[];
  @EnumField(OFFICE_KINDS) kind!: OfficeKind;
  @IdField() township!: string;
  @DateField() from!: string;
  @DateField({ optional: true }) @EndsAfter('from') to?: string;
  /** The offices that took over its work on `to`. */
  @IdListField() mergedInto?: string[];
}

declare module './record-list' {
  interface RecordOfList {
    offices: OfficeRecord;
  }
}
