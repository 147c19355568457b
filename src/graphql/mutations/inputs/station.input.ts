import { Field, ID, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { DateScalar } from '../../common/date.scalar';
import { IdField, TextField } from '../../../dataset/records/fields';
import { NAME_MAX } from '../../../dataset/records/dated-edge';
import { EntityInput } from '../entity-inputs';

const optional = { optional: true } as const;

@EntityInput('Station')
@InputType({ description: 'The fields of a grassroots station. Party relations change through moveStationPartyRelation.' })
export class StationInput {
  @Field(() => String, { nullable: true, description: 'Official name (required on create).' }) @TextField(NAME_MAX, optional) name?: string | null;
  @Field(() => String, { nullable: true, description: 'English name.' }) @TextField(NAME_MAX, optional) nameEn?: string | null;
  @Field(() => ID, { nullable: true, description: 'On create only: the department that runs it from `from`.' }) @IdField(optional) department?: string | null;
  @Field(() => ID, { nullable: true, description: 'On create only: the township it is located in from `from`.' }) @IdField(optional) township?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'On create only: the day of its department and township edges.' }) @IsOptional() from?: string | null;
}
