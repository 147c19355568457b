import { OfficeKindEnum, PostLevelEnum, PostRankEnum } from '../common/enums';
import { OwnerRoleEnum } from '../responsibility/responsibility.type';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsIn, IsOptional, Length, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { DateScalar } from '../common/date.scalar';
import { BooleanField, EnumField, IdField, IdListField, TextField } from '../../dataset/records/fields';
import { NAME_MAX } from '../../dataset/records/dated-edge';
import { OFFICE_KINDS, POST_LEVELS, POST_RANKS, RESPONSIBILITY_ROLES } from '../../dataset/records/enums';

const MAX_ITEMS = 500;

@InputType({ description: 'An office created on the day of the reorganisation, IN its township.' })
export class NewOfficeInput {
  @Field(() => ID, { description: 'The new id.' }) @IdField() id!: string;
  @Field(() => String, { description: 'Official name.' }) @TextField(NAME_MAX) name!: string;
  @Field(() => String, { nullable: true, description: 'English name.' }) @TextField(NAME_MAX, { optional: true }) nameEn?: string | null;
  @Field(() => OfficeKindEnum, { description: `Kind: ${OFFICE_KINDS.join(', ')}.` }) @EnumField(OFFICE_KINDS) kind!: string;
}

@InputType({ description: 'An office closed on the day: merged into others, or withdrawn (mergedInto empty).' })
export class OfficeClosureInput {
  @Field(() => ID, { description: 'The office.' }) @IdField() office!: string;
  @Field(() => [ID], { description: 'The offices taking over its work (MERGED_INTO); with exactly one, its remaining posts, duties and villages move there.' })
  @IdListField()
  @ArrayMaxSize(20)
  mergedInto!: string[];
}

@InputType({ description: 'A post created on the day.' })
export class NewPostInput {
  @Field(() => ID, { description: 'The new id.' }) @IdField() id!: string;
  @Field(() => String, { description: 'Official name.' }) @TextField(NAME_MAX) name!: string;
  @Field(() => String, { nullable: true, description: 'English name.' }) @TextField(NAME_MAX, { optional: true }) nameEn?: string | null;
  @Field(() => PostLevelEnum, { description: `Level: ${POST_LEVELS.join(', ')}.` }) @EnumField(POST_LEVELS) level!: string;
  @Field(() => PostRankEnum, { description: `Rank: ${POST_RANKS.join(', ')}.` }) @EnumField(POST_RANKS) rank!: string;
  @Field(() => Boolean, { nullable: true, description: 'At most one substantive holder (default true).' }) @BooleanField({ optional: true }) singleHolder?: boolean | null;
  @Field(() => ID, { description: 'The unit it is IN (office, village, station, township; may be a new office).' }) @IdField() unit!: string;
  @Field(() => ID, { nullable: true, description: 'The post it deputises for.' }) @IdField({ optional: true }) deputyOf?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Offices a new leadership post is in charge of.' }) @IdListField() @ArrayMaxSize(20) inChargeOf?: string[] | null;
}

@InputType({ description: 'A post put IN another unit from the day.' })
export class PostMoveInput {
  @Field(() => ID, { description: 'The post.' }) @IdField() post!: string;
  @Field(() => ID, { description: 'The unit it is IN from the day.' }) @IdField() unit!: string;
}

@InputType({ description: 'An owner of a duty and its role.' })
export class DutyOwnerInput {
  @Field(() => ID, { description: 'An office or a post (may be new).' }) @IdField() owner!: string;
  @Field(() => OwnerRoleEnum, { description: 'LEAD (主办) or ASSIST (协办).' }) @IsIn([...RESPONSIBILITY_ROLES]) role!: string;
}

@InputType({ description: 'The complete set of owners of a duty from the day: running ones not listed end, missing ones start.' })
export class DutyOwnersInput {
  @Field(() => ID, { description: 'The duty.' }) @IdField() duty!: string;
  @Field(() => [DutyOwnerInput], { description: 'Its owners from the day.' })
  @ValidateNested({ each: true })
  @Type(() => DutyOwnerInput)
  @ArrayMaxSize(20)
  owners!: DutyOwnerInput[];
  @Field(() => String, { nullable: true, description: 'Allows more than one lead owner, with this reason.' }) @IsOptional() @Length(3, 1000) overrideReason?: string | null;
}

@InputType({ description: 'A village put UNDER another unit from the day.' })
export class VillageMoveInput {
  @Field(() => ID, { description: 'The village.' }) @IdField() village!: string;
  @Field(() => ID, { description: 'The township or office (may be new).' }) @IdField() unit!: string;
}

@InputType({ description: 'A leadership post in charge of an office from the day (the office’s previous leader in charge ends).' })
export class LeaderInChargeInput {
  @Field(() => ID, { description: 'The leadership post.' }) @IdField() post!: string;
  @Field(() => ID, { description: 'The office (may be new).' }) @IdField() office!: string;
}

@InputType({ description: 'A whole reorganisation of a township on one day, applied as one transaction.' })
export class ReorganizationInput {
  @Field(() => ID, { description: 'The township.' }) @IdField() township!: string;
  @Field(() => DateScalar, { description: 'The day it takes effect: closed things get `to`, new things `from`.' }) on!: string;
  @Field(() => String, { nullable: true, description: 'What it is (kept in the audit trail).' }) @IsOptional() @Length(1, 1000) note?: string | null;
  @Field(() => [NewOfficeInput], { nullable: true, description: 'Offices created.' }) @IsOptional() @ValidateNested({ each: true }) @Type(() => NewOfficeInput) @ArrayMaxSize(MAX_ITEMS) createOffices?: NewOfficeInput[] | null;
  @Field(() => [OfficeClosureInput], { nullable: true, description: 'Offices merged or withdrawn.' }) @IsOptional() @ValidateNested({ each: true }) @Type(() => OfficeClosureInput) @ArrayMaxSize(MAX_ITEMS) closeOffices?: OfficeClosureInput[] | null;
  @Field(() => [NewPostInput], { nullable: true, description: 'Posts created.' }) @IsOptional() @ValidateNested({ each: true }) @Type(() => NewPostInput) @ArrayMaxSize(MAX_ITEMS) createPosts?: NewPostInput[] | null;
  @Field(() => [PostMoveInput], { nullable: true, description: 'Posts moved to another unit.' }) @IsOptional() @ValidateNested({ each: true }) @Type(() => PostMoveInput) @ArrayMaxSize(MAX_ITEMS) movePosts?: PostMoveInput[] | null;
  @Field(() => [ID], { nullable: true, description: 'Posts cut: they and their holdings, units, responsibilities and charges end on the day.' }) @IdListField() @ArrayMaxSize(MAX_ITEMS) cutPosts?: string[] | null;
  @Field(() => [DutyOwnersInput], { nullable: true, description: 'Duties given a new set of owners.' }) @IsOptional() @ValidateNested({ each: true }) @Type(() => DutyOwnersInput) @ArrayMaxSize(MAX_ITEMS) reassignDuties?: DutyOwnersInput[] | null;
  @Field(() => [VillageMoveInput], { nullable: true, description: 'Villages re-homed.' }) @IsOptional() @ValidateNested({ each: true }) @Type(() => VillageMoveInput) @ArrayMaxSize(MAX_ITEMS) moveVillages?: VillageMoveInput[] | null;
  @Field(() => [LeaderInChargeInput], { nullable: true, description: 'Leaders put in charge of offices.' }) @IsOptional() @ValidateNested({ each: true }) @Type(() => LeaderInChargeInput) @ArrayMaxSize(MAX_ITEMS) leadersInCharge?: LeaderInChargeInput[] | null;
}

@ArgsType()
export class ReorganizeArgs {
  @Field(() => ReorganizationInput, { description: 'The reorganisation.' })
  @ValidateNested()
  @Type(() => ReorganizationInput)
  input!: ReorganizationInput;

  @Field(() => Boolean, { defaultValue: false, description: 'Only report what would change, writing nothing.' })
  dryRun: boolean = false;
}
