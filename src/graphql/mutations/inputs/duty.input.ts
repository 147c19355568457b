import { DutyCategoryEnum } from '../../common/enums';
import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { EnumField, IdField, TextField } from '../../../dataset/records/fields';
import { NAME_MAX, TEXT_MAX, TITLE_MAX } from '../../../dataset/records/dated-edge';
import { DUTY_CATEGORIES, DUTY_ITEM_TYPES } from '../../../dataset/records/enums';
import { KEYWORD_LENGTH_MAX, KEYWORDS_MAX, LIST_ENTRIES_MAX } from '../../../dataset/records/duty.record';
import { DutyItemTypeEnum } from '../../common/duty-list.type';
import { EntityInput } from '../entity-inputs';

const optional = { optional: true } as const;

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

@EntityInput('Duty')
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
