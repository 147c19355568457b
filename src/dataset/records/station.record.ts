import { IdField, NestedListField, TextField } from './fields';
import { DatedEdge, NAME_MAX, TEXT_MAX } from './dated-edge';
import { DatasetList } from './record-list';

export class RunByEdge extends DatedEdge {
  @IdField() department!: string;
}

export class LocatedInEdge extends DatedEdge {
  @IdField() township!: string;
}

/** Station PARTY_RELATION PartyOrganization: where the station's party relation sits, and why. */
export class PartyRelationEdge extends DatedEdge {
  @IdField() organization!: string;
  @TextField(TEXT_MAX) basis!: string;
  /** The higher-level provision that exempts the station from the town party committee. */
  @TextField(TEXT_MAX, { optional: true }) exemption?: string;
}

/** A grassroots station of a city department located in the town. */
@DatasetList('stations')
export class StationRecord {
  @IdField() id!: string;
  @TextField(NAME_MAX) name!: string;
  @TextField(NAME_MAX, { optional: true }) nameEn?: string;
  @NestedListField(() => RunByEdge) runBy?: RunByEdge[];
  @NestedListField(() => LocatedInEdge) locatedIn?: LocatedInEdge[];
  @NestedListField(() => PartyRelationEdge) partyRelations?: PartyRelationEdge[];
}

declare module './record-list' {
  interface RecordOfList {
    stations: StationRecord;
  }
}
