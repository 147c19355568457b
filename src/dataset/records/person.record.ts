import { BooleanField, DateField, EnumField, IdField, NestedListField, TextField } from './fields';
import { DatedEdge, NAME_MAX } from './dated-edge';
import { GENDERS, Gender } from './enums';
import { DatasetList } from './record-list';

/** Person HOLDS Post, substantive unless `acting`. */
export class HoldsEdge extends DatedEdge {
  @IdField() post!: string;
  @BooleanField({ optional: true }) acting?: boolean;
  /** Station-head posts only: the town's opinion was sought before the appointment. */
  @BooleanField({ optional: true }) townConsulted?: boolean;
}

/** Person RESIDENT_CADRE_IN Village. */
export class ResidentCadreEdge extends DatedEdge {
  @IdField() village!: string;
}

/** Person CANDIDATE_FOR Document: took part in the competitive selection that document ran. */
export class CandidacyEdge {
  @IdField() document!: string;
  @DateField() on!: string;
}

@DatasetList('people')
export class PersonRecord {
  @IdField() id!: string;
  @TextField(NAME_MAX) name!: string;
  @TextField(NAME_MAX, { optional: true }) nameEn?: string;
  @EnumField(GENDERS, { optional: true }) gender?: Gender;
  @DateField({ optional: true }) birthDate?: string;
  @BooleanField({ optional: true }) partyMember?: boolean;
  @NestedListField(() => HoldsEdge) holds?: HoldsEdge[];
  @NestedListField(() => ResidentCadreEdge) residentCadreIn?: ResidentCadreEdge[];
  @NestedListField(() => CandidacyEdge) candidateFor?: CandidacyEdge[];
}

declare module './record-list' {
  interface RecordOfList {
    people: PersonRecord;
  }
}
