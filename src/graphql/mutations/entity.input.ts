import { DutyCategoryEnum, GenderEnum, OfficeKindEnum, PartyOrganizationKindEnum, PostLevelEnum, PostRankEnum, VillageKindEnum } from '../common/enums';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { DateScalar } from '../common/date.scalar';
import { BooleanField, EnumField, IdField, IntegerField, NumberField, TextField } from '../../dataset/records/fields';
import { NAME_MAX, TEXT_MAX, TITLE_MAX } from '../../dataset/records/dated-edge';
import { DUTY_CATEGORIES, DUTY_ITEM_TYPES, GENDERS, OFFICE_KINDS, PARTY_ORGANIZATION_KINDS, POST_LEVELS, POST_RANKS, VILLAGE_KINDS } from '../../dataset/records/enums';
import { KEYWORD_LENGTH_MAX, KEYWORDS_MAX, LIST_ENTRIES_MAX } from '../../dataset/records/duty.record';
import { DutyItemTypeEnum } from '../common/duty-list.type';

/**
 * One input class per label, named `<Label>Input`, used by both createX(id, input) and updateX(id, input)
 * (entity-mutation.resolver.ts finds it by that name, so a label of the model without one does not compile). Every field is
 * optional here: on update an absent field keeps its value and null removes it; on create the fields
 * the dataset format requires are checked as a whole record (docs/dataset-format.md), every problem at once.
 */
const optional = { optional: true } as const;

@InputType({ description: 'The fields of a township (dataset record `townships`).' })
export class TownshipInput {
  @Field(() => String, { nullable: true, description: 'Official name (required on create).' }) @TextField(NAME_MAX, optional) name?: string | null;
  @Field(() => String, { nullable: true, description: 'English name.' }) @TextField(NAME_MAX, optional) nameEn?: string | null;
  @Field(() => Float, { nullable: true, description: 'Area in km².' }) @NumberField(0, optional) areaKm2?: number | null;
  @Field(() => Int, { nullable: true, description: 'Population.' }) @IntegerField(0, 100_000_000, optional) population?: number | null;
  @Field(() => Float, { nullable: true, description: 'Distance to the city in km.' }) @NumberField(0, optional) distanceToCityKm?: number | null;
  @Field(() => Int, { nullable: true, description: 'Town government employees.' }) @IntegerField(0, 1_000_000, optional) staff?: number | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day of the reform pilot (with pilotTo).' }) @IsOptional() pilotFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Day after the reform pilot (with pilotFrom).' }) @IsOptional() pilotTo?: string | null;
}

@InputType({ description: 'The fields of a city functional department.' })
export class DepartmentInput {
  @Field(() => String, { nullable: true, description: 'Official name (required on create).' }) @TextField(NAME_MAX, optional) name?: string | null;
  @Field(() => String, { nullable: true, description: 'English name.' }) @TextField(NAME_MAX, optional) nameEn?: string | null;
}

@InputType({ description: 'The fields of a party organisation.' })
export class PartyOrganizationInput {
  @Field(() => String, { nullable: true, description: 'Official name (required on create).' }) @TextField(NAME_MAX, optional) name?: string | null;
  @Field(() => String, { nullable: true, description: 'English name.' }) @TextField(NAME_MAX, optional) nameEn?: string | null;
  @Field(() => PartyOrganizationKindEnum, { nullable: true, description: `Kind (required on create): ${PARTY_ORGANIZATION_KINDS.join(', ')}.` }) @EnumField(PARTY_ORGANIZATION_KINDS, optional) kind?: string | null;
  @Field(() => ID, { nullable: true, description: 'The township it is IN (town committee and branches).' }) @IdField(optional) township?: string | null;
  @Field(() => ID, { nullable: true, description: 'The department it is OF (department party committees).' }) @IdField(optional) department?: string | null;
}

@InputType({ description: 'The fields of a document that defines posts or duties.' })
export class DocumentInput {
  @Field(() => String, { nullable: true, description: 'Title (required on create).' }) @TextField(TITLE_MAX, optional) title?: string | null;
  @Field(() => String, { nullable: true, description: 'English title.' }) @TextField(TITLE_MAX, optional) titleEn?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Day of issue.' }) @IsOptional() issuedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Who issued it.' }) @TextField(NAME_MAX, optional) issuer?: string | null;
  @Field(() => ID, { nullable: true, description: 'The township it belongs to.' }) @IdField(optional) township?: string | null;
}

@InputType({ description: 'The fields of an office. Closing or merging offices is done by reorganize.' })
export class OfficeInput {
  @Field(() => String, { nullable: true, description: 'Official name (required on create).' }) @TextField(NAME_MAX, optional) name?: string | null;
  @Field(() => String, { nullable: true, description: 'English name.' }) @TextField(NAME_MAX, optional) nameEn?: string | null;
  @Field(() => OfficeKindEnum, { nullable: true, description: `Kind (required on create): ${OFFICE_KINDS.join(', ')}.` }) @EnumField(OFFICE_KINDS, optional) kind?: string | null;
  @Field(() => ID, { nullable: true, description: 'The township it is IN (required on create).' }) @IdField(optional) township?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day it exists (required on create).' }) @IsOptional() from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day it no longer exists.' }) @IsOptional() to?: string | null;
}

@InputType({ description: 'The fields of a post. Holders change through appoint and endAppointment.' })
export class PostInput {
  @Field(() => String, { nullable: true, description: 'Official name (required on create).' }) @TextField(NAME_MAX, optional) name?: string | null;
  @Field(() => String, { nullable: true, description: 'English name.' }) @TextField(NAME_MAX, optional) nameEn?: string | null;
  @Field(() => PostLevelEnum, { nullable: true, description: `Level (required on create): ${POST_LEVELS.join(', ')}.` }) @EnumField(POST_LEVELS, optional) level?: string | null;
  @Field(() => PostRankEnum, { nullable: true, description: `Rank (required on create): ${POST_RANKS.join(', ')}.` }) @EnumField(POST_RANKS, optional) rank?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'At most one substantive holder at a time (default true).' }) @BooleanField(optional) singleHolder?: boolean | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day it exists (required on create).' }) @IsOptional() from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day it no longer exists.' }) @IsOptional() to?: string | null;
  @Field(() => ID, { nullable: true, description: 'The post it deputises for.' }) @IdField(optional) deputyOf?: string | null;
  @Field(() => ID, { nullable: true, description: 'On create only: the unit (office, village, station or township) it is IN from `from`.' }) @IdField(optional) unit?: string | null;
}

@InputType({ description: 'The fields of a person. Personal data: admins only.' })
export class PersonInput {
  @Field(() => String, { nullable: true, description: 'Name (required on create).' }) @TextField(NAME_MAX, optional) name?: string | null;
  @Field(() => String, { nullable: true, description: 'English name.' }) @TextField(NAME_MAX, optional) nameEn?: string | null;
  @Field(() => GenderEnum, { nullable: true, description: `Gender: ${GENDERS.join(', ')}.` }) @EnumField(GENDERS, optional) gender?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Day of birth.' }) @IsOptional() birthDate?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Party member.' }) @BooleanField(optional) partyMember?: boolean | null;
}

@InputType({ description: 'The fields of a village. Later moves go through moveVillage.' })
export class VillageInput {
  @Field(() => String, { nullable: true, description: 'Official name (required on create).' }) @TextField(NAME_MAX, optional) name?: string | null;
  @Field(() => String, { nullable: true, description: 'English name.' }) @TextField(NAME_MAX, optional) nameEn?: string | null;
  @Field(() => VillageKindEnum, { nullable: true, description: `Kind (required on create): ${VILLAGE_KINDS.join(', ')}.` }) @EnumField(VILLAGE_KINDS, optional) kind?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'A complex village (may get a full-time resident cadre).' }) @BooleanField(optional) complex?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'On create only: the township or office it is UNDER from `from`.' }) @IdField(optional) unit?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'On create only: the day it is UNDER `unit` from.' }) @IsOptional() from?: string | null;
}

@InputType({ description: 'The fields of a grassroots station. Party relations change through moveStationPartyRelation.' })
export class StationInput {
  @Field(() => String, { nullable: true, description: 'Official name (required on create).' }) @TextField(NAME_MAX, optional) name?: string | null;
  @Field(() => String, { nullable: true, description: 'English name.' }) @TextField(NAME_MAX, optional) nameEn?: string | null;
  @Field(() => ID, { nullable: true, description: 'On create only: the department that runs it from `from`.' }) @IdField(optional) department?: string | null;
  @Field(() => ID, { nullable: true, description: 'On create only: the township it is located in from `from`.' }) @IdField(optional) township?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'On create only: the day of its department and township edges.' }) @IsOptional() from?: string | null;
}

/*
 * The list fields' entries are checked by the duty record (dataset/records/duty.record.ts: LegalBasis,
 * IntegrityRisk), not here: every problem of an entry is then named once, by its place in the input
 * (`input.legalBases[1].article`), whether the duty is created, updated or imported from a list.
 */
@InputType({ description: '设定依据: a law, regulation or document a duty rests on, with its article (one entry of `legalBases`).' })
export class LegalBasisInput {
  @Field(() => String, { description: 'The law, regulation or document, e.g. 《中华人民共和国土地管理法》.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'The article, e.g. 第六十二条; absent or null when the list names none.' }) article?: string | null;
}

@InputType({ description: '廉政风险点: where a duty gives room for abuse, with the control measure against it (one entry of `integrityRisks`).' })
export class IntegrityRiskInput {
  @Field(() => String, { description: 'The risk point.' }) risk!: string;
  @Field(() => String, { nullable: true, description: 'The control measure (防控措施); absent or null when none is recorded.' }) control?: string | null;
}

@InputType({ description: 'The fields of a duty. Owners change through assignDuty and unassignDuty.' })
export class DutyInput {
  @Field(() => String, { nullable: true, description: 'Title (required on create).' }) @TextField(TITLE_MAX, optional) title?: string | null;
  @Field(() => String, { nullable: true, description: 'English title.' }) @TextField(TITLE_MAX, optional) titleEn?: string | null;
  @Field(() => String, { nullable: true, description: 'Description.' }) @TextField(TEXT_MAX, optional) description?: string | null;
  @Field(() => String, { nullable: true, description: 'English description.' }) @TextField(TEXT_MAX, optional) descriptionEn?: string | null;
  @Field(() => DutyCategoryEnum, { nullable: true, description: `履职类型 (required on create): BASIC 基本履职, ASSISTING 配合履职, HIGHER_LEVEL 上级部门收回.` }) @EnumField(DUTY_CATEGORIES, optional) category?: string | null;
  @Field(() => [String], { nullable: true, description: `Search words, Chinese and English (at most ${KEYWORDS_MAX}).` })
  @IsOptional()
  @ArrayMaxSize(KEYWORDS_MAX)
  @Length(1, KEYWORD_LENGTH_MAX, { each: true })
  keywords?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'The township it belongs to (required on create).' }) @IdField(optional) township?: string | null;
  @Field(() => ID, { nullable: true, description: 'The duty it is PART_OF (no cycles).' }) @IdField(optional) parent?: string | null;
  @Field(() => ID, { nullable: true, description: 'The document defining it.' }) @IdField(optional) basisDocument?: string | null;
  @Field(() => String, { nullable: true, description: 'The clause of that document.' }) @TextField(NAME_MAX, optional) basisClause?: string | null;
  @Field(() => DutyItemTypeEnum, { nullable: true, description: '事项类型 of the town list.' }) @EnumField(DUTY_ITEM_TYPES, optional) itemType?: string | null;
  @Field(() => [LegalBasisInput], { nullable: true, description: `设定依据, each with its article (at most ${LIST_ENTRIES_MAX}): the whole list, replacing the stored one (null or [] removes it).` })
  @IsOptional()
  @ArrayMaxSize(LIST_ENTRIES_MAX)
  legalBases?: LegalBasisInput[] | null;
  @Field(() => [String], { nullable: true, description: `追责情形: the situations in which someone is held accountable (at most ${LIST_ENTRIES_MAX}; replaces the stored list; null or [] removes it).` })
  @IsOptional()
  @ArrayMaxSize(LIST_ENTRIES_MAX)
  accountability?: string[] | null;
  @Field(() => [IntegrityRiskInput], { nullable: true, description: `廉政风险点 with their control measures (at most ${LIST_ENTRIES_MAX}): the whole list, replacing the stored one (null or [] removes it).` })
  @IsOptional()
  @ArrayMaxSize(LIST_ENTRIES_MAX)
  integrityRisks?: IntegrityRiskInput[] | null;
}
