import { EnumField, IdField, TextField } from './fields';
import { NAME_MAX } from './dated-edge';
import { PARTY_ORGANIZATION_KINDS, PartyOrganizationKind } from './enums';
import { DatasetList } from './record-list';

@DatasetList('partyOrganizations')
export class PartyOrganizationRecord {
  @IdField() id!: string;
  @TextField(NAME_MAX) name!: string;
  @TextField(NAME_MAX, { optional: true }) nameEn?: string;
  @EnumField(PARTY_ORGANIZATION_KINDS) kind!: PartyOrganizationKind;
  /** The town committee and its branches name their township. */
  @IdField({ optional: true }) township?: string;
  /** A department party committee names its department. */
  @IdField({ optional: true }) department?: string;
}

declare module './record-list' {
  interface RecordOfList {
    partyOrganizations: PartyOrganizationRecord;
  }
}
