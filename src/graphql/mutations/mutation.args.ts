import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsIn, IsOptional, Length, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { DateScalar } from '../common/date.scalar';
import { OwnerRoleEnum } from '../responsibility/responsibility.type';
import { IdField, TextField } from '../../dataset/records/fields';
import { TEXT_MAX } from '../../dataset/records/dated-edge';
import { RESPONSIBILITY_ROLES } from '../../dataset/records/enums';
import type { ResponsibilityRole } from '../../dataset/records/enums';

/** Arguments of the edge mutations: ids in the dataset id format, days as Date; every rule about them is checked by the service. */

@ArgsType()
export class IdArgs {
  @Field(() => ID, { description: 'The id of the entity.' })
  @IdField()
  id!: string;
}

@ArgsType()
export class AppointArgs {
  @Field(() => ID, { description: 'The person appointed.' }) @IdField() person!: string;
  @Field(() => ID, { description: 'The post.' }) @IdField() post!: string;
  @Field(() => DateScalar, { description: 'First day of the appointment.' }) from!: string;
  @Field(() => Boolean, { defaultValue: false, description: 'An acting appointment (stands in; does not fill a single-holder post).' }) acting: boolean = false;
  @Field(() => Boolean, { nullable: true, description: "Station-head posts only: whether the town's opinion was sought." }) @IsOptional() townConsulted?: boolean | null;
}

@ArgsType()
export class EndAppointmentArgs {
  @Field(() => ID, { description: 'The person.' }) @IdField() person!: string;
  @Field(() => ID, { description: 'The post.' }) @IdField() post!: string;
  @Field(() => DateScalar, { description: 'The first day they no longer hold it.' }) on!: string;
}

@InputType({ description: 'Why a duty may have a second lead owner (an OVERLAP the town accepts).' })
export class OverrideInput {
  @Field(() => String, { description: 'The reason, recorded on the responsibility and in the audit trail (3 to 1000 characters).' })
  @Length(3, 1000)
  reason!: string;
}

@ArgsType()
export class AssignDutyArgs {
  @Field(() => ID, { description: 'The owner: an office or a post.' }) @IdField() owner!: string;
  @Field(() => ID, { description: 'The duty.' }) @IdField() duty!: string;
  @Field(() => OwnerRoleEnum, { description: 'LEAD (主办) or ASSIST (协办).' }) @IsIn([...RESPONSIBILITY_ROLES]) role!: ResponsibilityRole;
  @Field(() => DateScalar, { description: 'First day of the responsibility.' }) from!: string;
  @Field(() => OverrideInput, { nullable: true, description: 'Allow a second lead owner, with a reason.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OverrideInput)
  override?: OverrideInput | null;
}

@ArgsType()
export class UnassignDutyArgs {
  @Field(() => ID, { description: 'The owner: an office or a post.' }) @IdField() owner!: string;
  @Field(() => ID, { description: 'The duty.' }) @IdField() duty!: string;
  @Field(() => DateScalar, { description: 'The first day the owner no longer answers for it.' }) on!: string;
}

@ArgsType()
export class SetLeaderInChargeArgs {
  @Field(() => ID, { description: 'The office.' }) @IdField() office!: string;
  @Field(() => ID, { description: 'The leadership post in charge of it.' }) @IdField() post!: string;
  @Field(() => DateScalar, { description: 'First day in charge; the previous leader in charge ends that day.' }) from!: string;
}

@ArgsType()
export class MoveVillageArgs {
  @Field(() => ID, { description: 'The village.' }) @IdField() village!: string;
  @Field(() => ID, { description: 'The township or office it is UNDER from the day.' }) @IdField() unit!: string;
  @Field(() => DateScalar, { description: 'The day it moves.' }) on!: string;
}

@ArgsType()
export class MoveStationPartyRelationArgs {
  @Field(() => ID, { description: 'The station.' }) @IdField() station!: string;
  @Field(() => ID, { description: 'The party organisation its relation sits under from the day.' }) @IdField() organization!: string;
  @Field(() => DateScalar, { description: 'The day it moves.' }) on!: string;
  @Field(() => String, { description: 'Why it sits there (a rule, a decision).' }) @TextField(TEXT_MAX) basis!: string;
  @Field(() => String, { nullable: true, description: 'The higher-level provision exempting it from the town party committee (only outside it).' })
  @TextField(TEXT_MAX, { optional: true })
  exemption?: string | null;
}

@ArgsType()
export class StationHeadConsultationArgs {
  @Field(() => ID, { description: 'The station head.' }) @IdField() person!: string;
  @Field(() => ID, { description: 'The station-head post.' }) @IdField() post!: string;
  @Field(() => DateScalar, { description: 'The first day of the appointment (identifies it).' }) from!: string;
  @Field(() => Boolean, { description: "Whether the town's opinion was sought." }) townConsulted!: boolean;
}

@ArgsType()
export class DeleteRecordArgs {
  @Field(() => ID, { description: 'The id of the record entered by mistake.' }) @IdField() id!: string;
  @Field(() => String, { description: 'Why it is deleted (3 to 1000 characters); kept in the audit trail.' }) @Length(3, 1000) reason!: string;
}
