import { Equals } from 'class-validator';
import { IntegerField, NestedField, NestedListField, TextField } from './fields';
import { TEXT_MAX, TITLE_MAX } from './dated-edge';
import { DATASET_FORMAT } from './enums';
import { MODEL, RecordList } from '../../domain/model';
import { DepartmentRecord } from './department.record';
import { DocumentRecord } from './document.record';
import { DutyRecord } from './duty.record';
import { OfficeRecord } from './office.record';
import { PartyOrganizationRecord } from './party-organization.record';
import { PersonRecord } from './person.record';
import { PostRecord } from './post.record';
import { StationRecord } from './station.record';
import { TownshipRecord } from './township.record';
import { VillageRecord } from './village.record';

/** What the file is; not stored in the graph (an export writes its own). */
export class DatasetMeta {
  @TextField(TITLE_MAX, { optional: true }) title?: string;
  @IntegerField(1900, 2100, { optional: true }) year?: number;
  @TextField(TEXT_MAX, { optional: true }) note?: string;
}

/** A whole `dutygraph/1` file: one list per node label, edges nested in the records they leave. */
export class DatasetRecord {
  @Equals(DATASET_FORMAT, { message: `must be '${DATASET_FORMAT}'` })
  format!: string;

  @NestedField(() => DatasetMeta, { optional: true }) meta?: DatasetMeta;
  @NestedListField(() => TownshipRecord) townships?: TownshipRecord[];
  @NestedListField(() => DepartmentRecord) departments?: DepartmentRecord[];
  @NestedListField(() => PartyOrganizationRecord) partyOrganizations?: PartyOrganizationRecord[];
  @NestedListField(() => DocumentRecord) documents?: DocumentRecord[];
  @NestedListField(() => OfficeRecord) offices?: OfficeRecord[];
  @NestedListField(() => PostRecord) posts?: PostRecord[];
  @NestedListField(() => PersonRecord) people?: PersonRecord[];
  @NestedListField(() => VillageRecord) villages?: VillageRecord[];
  @NestedListField(() => StationRecord) stations?: StationRecord[];
  @NestedListField(() => DutyRecord) duties?: DutyRecord[];
}

/** The record lists in the order of the format, which is also the order nodes are written in: the model's. */
export const RECORD_LISTS: readonly RecordList[] = MODEL.map((entry) => entry.list);
export type RecordListName = RecordList;
