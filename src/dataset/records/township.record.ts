import { DateField, EndsAfter, IdField, IntegerField, NestedField, NumberField, TextField } from './fields';
import { NAME_MAX } from './dated-edge';
import { DatasetList } from './record-list';

/** The reform pilot: a period with both ends known. */
export class PilotPeriod {
  @DateField()
  from!: string;

  @DateField()
  @EndsAfter('from')
  to!: string;
}

@DatasetList('townships')
export class TownshipRecord {
  @IdField() id!: string;
  @TextField(NAME_MAX) name!: string;
  @TextField(NAME_MAX, { optional: true }) nameEn?: string;
  @NumberField(0, { optional: true }) areaKm2?: number;
  @IntegerField(0, 100_000_000, { optional: true }) population?: number;
  @NumberField(0, { optional: true }) distanceToCityKm?: number;
  @IntegerField(0, 1_000_000, { optional: true }) staff?: number;
  @NestedField(() => PilotPeriod, { optional: true }) pilot?: PilotPeriod;
}

declare module './record-list' {
  interface RecordOfList {
    townships: TownshipRecord;
  }
}
