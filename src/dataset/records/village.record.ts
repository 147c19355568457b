import { BooleanField, EnumField, IdField, NestedListField, TextField } from './fields';
import { DatedEdge, NAME_MAX } from './dated-edge';
import { VILLAGE_KINDS, VillageKind } from './enums';
import { DatasetList } from './record-list';

/** Village UNDER Township | Office (13 villages were under the withdrawn sub-district office). */
export class UnderEdge extends DatedEdge {
  @IdField() unit!: string;
}

@DatasetList('villages')
export class VillageRecord {
  @IdField() id!: string;
  @TextField(NAME_MAX) name!: string;
  @TextField(NAME_MAX, { optional: true }) nameEn?: string;
  @EnumField(VILLAGE_KINDS) kind!: VillageKind;
  @BooleanField({ optional: true }) complex?: boolean;
  @NestedListField(() => UnderEdge) under?: UnderEdge[];
}

declare module './record-list' {
  interface RecordOfList {
    villages: VillageRecord;
  }
}
