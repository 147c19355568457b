import { GenderEnum } from '../../common/enums';
import { Field, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { DateScalar } from '../../common/date.scalar';
import { BooleanField, EnumField, TextField } from '../../../dataset/records/fields';
import { NAME_MAX } from '../../../dataset/records/dated-edge';
import { GENDERS } from '../../../dataset/records/enums';
import { EntityInput } from '../entity-inputs';

const optional = { optional: true } as const;

@EntityInput('Person')
@InputType({ description: 'The fields of a person. Personal data: admins only.' })
export class PersonInput {
  @Field(() => String, { nullable: true, description: 'Name (required on create).' }) @TextField(NAME_MAX, optional) name?: string | null;
  @Field(() => String, { nullable: true, description: 'English name.' }) @TextField(NAME_MAX, optional) nameEn?: string | null;
  @Field(() => GenderEnum, { nullable: true, description: `Gender: ${GENDERS.join(', ')}.` }) @EnumField(GENDERS, optional) gender?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Day of birth.' }) @IsOptional() birthDate?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Party member.' }) @BooleanField(optional) partyMember?: boolean | null;
}
