import { DateTimeScalar } from '../common/date.scalar';
import { EntityLabelEnum } from '../common/enums';
import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../common/pagination';
import { ChangeSet } from '../changes/changes.type';
import { DutyFlag, DutyFlagEnum } from '../audit/duty-flag.enum';

@ObjectType({ description: 'One entity a mutation touched, with what it changed on it (`changes`: typed values before and after).' })
export class TouchedEntity {
  /** The entity id: exposed as `entityId` (one change's record of an entity is not that entity). */
  id!: string;

  @Field(() => EntityLabelEnum, { description: 'Its label (Office, Post, …).' })
  label!: string;

  /** The recorded values before and after, as stored (JSON); exposed decoded as `changes` (change-record.resolver.ts). */
  before!: string | null;
  after!: string | null;
}

@ObjectType({ description: 'The audit record of one mutation (a :Change node written in the same transaction).' })
export class ChangeRecord {
  @Field(() => ID, { description: 'The change id.' })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When it was committed: an instant, RFC 3339 date-time in UTC.' })
  at!: string;

  @Field(() => String, { description: 'Who made it: the subject of the caller token.' })
  actor!: string;

  @Field(() => String, { description: 'The mutation, e.g. appoint.' })
  mutation!: string;

  /** Its arguments as stored (JSON); exposed decoded as `arguments` (change-record.resolver.ts). */
  arguments!: string;

  @Field(() => [ID], { description: 'The ids of the entities it touched.' })
  entities!: string[];

  @Field(() => [TouchedEntity], { description: 'Each touched entity with its values before and after.' })
  touched!: TouchedEntity[];
}

@ObjectType({ description: 'A page of the audit trail, newest first.' })
export class ChangeRecordConnection extends Connection(ChangeRecord, 'ChangeRecord') {}

@ObjectType({ description: 'A duty audit flag a reorganisation raises or clears on its day.' })
export class DutyFlagChange {
  @Field(() => ID, { description: 'The duty id.' })
  dutyId!: string;

  @Field(() => DutyFlagEnum, { description: 'The flag.' })
  flag!: DutyFlag;
}

@ObjectType({ description: 'What a reorganisation changed (or, on a dry run, would change).' })
export class ReorganizationResult {
  @Field(() => Boolean, { description: 'True when it was committed; false on a dry run (nothing was written).' })
  applied!: boolean;

  @Field(() => ChangeRecord, { nullable: true, description: 'Its audit record; null on a dry run.' })
  change!: ChangeRecord | null;

  @Field(() => ChangeSet, { nullable: true, description: 'What changed on the day in the township, as the `changes` query reports it for (day before, day].' })
  changes!: ChangeSet | null;

  @Field(() => [DutyFlagChange], { description: 'Audit flags present on the day after the reorganisation and not before it, by duty id.' })
  flagsCreated!: DutyFlagChange[];

  @Field(() => [DutyFlagChange], { description: 'Audit flags present on the day before the reorganisation was applied and not after it, by duty id.' })
  flagsRemoved!: DutyFlagChange[];
}
