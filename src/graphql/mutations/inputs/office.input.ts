import { OfficeKindEnum } from '../../common/enums';
import { Field, ID, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { DateScalar } from '../../common/date.scalar';
import { EnumField, IdField, TextField } from '../../../dataset/records/fields';
import { NAME_MAX } from '../../../dataset/records/dated-edge';
import { OFFICE_KINDS } from '../../../dataset/records/enums';
import { EntityInput } from '../entity-inputs';

const optional = { optional: true } as const;

@EntityInput('Office')
@InputType({ description: 'The fields of an office. Closing or merging offices is done by reorganize.' })
export class OfficeInput {
  @Field(() => String, { nullable: true, description: 'Official name (required on create).' }) @TextField(NAME_MAX, optional) name?: string | null;
  @Field(() => String, { nullable: true, description: 'English name.' }) @TextField(NAME_MAX, optional) nameEn?: string | null;
  @Field(() => OfficeKindEnum, { nullable: true, description: `Kind (required on create): ${OFFICE_KINDS.join(', ')}.` }) @EnumField(OFFICE_KINDS, optional) kind?: string | null;
  @Field(() => ID, { nullable: true, description: 'The township it is IN (required on create).' }) @IdField(optional) township?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day it exists (required on create).' }) @IsOptional() from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day it no longer exists.' }) @IsOptional() to?: string | null;
}
