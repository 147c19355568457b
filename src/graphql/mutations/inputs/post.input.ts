import { PostLevelEnum, PostRankEnum } from '../../common/enums';
import { Field, ID, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { DateScalar } from '../../common/date.scalar';
import { BooleanField, EnumField, IdField, TextField } from '../../../dataset/records/fields';
import { NAME_MAX } from '../../../dataset/records/dated-edge';
import { POST_LEVELS, POST_RANKS } from '../../../dataset/records/enums';
import { EntityInput } from '../entity-inputs';

const optional = { optional: true } as const;

@EntityInput('Post')
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
