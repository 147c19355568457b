import { Field, Float, InputType, Int } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { DateScalar } from '../../common/date.scalar';
import { IntegerField, NumberField, TextField } from '../../../dataset/records/fields';
import { NAME_MAX } from '../../../dataset/records/dated-edge';
import { EntityInput } from '../entity-inputs';

const optional = { optional: true } as const;

@EntityInput('Township')
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
