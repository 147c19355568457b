import { VillageKindEnum } from '../../common/enums';
import { Field, ID, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { DateScalar } from '../../common/date.scalar';
import { BooleanField, EnumField, IdField, TextField } from '../../../dataset/records/fields';
import { NAME_MAX } from '../../../dataset/records/dated-edge';
import { VILLAGE_KINDS } from '../../../dataset/records/enums';
import { EntityInput } from '../entity-inputs';

const optional = { optional: true } as const;

@EntityInput('Village')
@InputType({ description: 'The fields of a village. Later moves go through moveVillage.' })
export class VillageInput {
  @Field(() => String, { nullable: true, description: 'Official name (required on create).' }) @TextField(NAME_MAX, optional) name?: string | null;
  @Field(() => String, { nullable: true, description: 'English name.' }) @TextField(NAME_MAX, optional) nameEn?: string | null;
  @Field(() => VillageKindEnum, { nullable: true, description: `Kind (required on create): ${VILLAGE_KINDS.join(', ')}.` }) @EnumField(VILLAGE_KINDS, optional) kind?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'A complex village (may get a full-time resident cadre).' }) @BooleanField(optional) complex?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'On create only: the township or office it is UNDER from `from`.' }) @IdField(optional) unit?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'On create only: the day it is UNDER `unit` from.' }) @IsOptional() from?: string | null;
}
