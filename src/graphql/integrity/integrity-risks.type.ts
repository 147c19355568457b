import { EntityRef, entityType } from '../entities/entity-type-registry';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { INTEGRITY_COMPOUNDINGS, IntegrityCompounding } from '../../domain/integrity-risks';
import { DateScalar } from '../common/date.scalar';
import { DutyIntegrityRisk } from '../common/duty-list.type';
import { Owner } from '../responsibility/responsibility.type';

export const IntegrityCompoundingEnum = Object.fromEntries(INTEGRITY_COMPOUNDINGS.map((kind) => [kind, kind])) as { [K in IntegrityCompounding]: K };
registerEnumType(IntegrityCompoundingEnum, {
  name: 'IntegrityCompounding',
  description: 'What makes an integrity risk point worse on the day.',
  valuesConfig: {
    SELF_SUPERVISED: { description: 'The holder of a lead post also holds the leadership post in charge of its office: nobody else supervises the work.' },
    VACANT: { description: 'Nobody leads the duty, or a lead post has no substantive holder.' },
    ACTING: { description: 'A lead post is held by an acting holder.' },
    SEVERAL_RISKY_DUTIES: { description: 'One person holds the lead posts of two or more duties with integrity risks.' },
    NO_ACCOUNTABILITY: { description: 'No accountability situation (追责情形) is recorded for the duty.' },
  },
});

@ObjectType({ description: 'Why an integrity risk is compounded, in one line.' })
export class IntegrityRiskReason {
  @Field(() => IntegrityCompoundingEnum, { description: 'The compounding this reason is for.' })
  compounding!: IntegrityCompounding;

  @Field(() => String, { description: 'What the evidence shows, in English.' })
  message!: string;
}

@ObjectType({ description: 'A duty with integrity risk points (廉政风险点), who leads it on the day, and what compounds the risk.' })
export class IntegrityRiskDuty {
  @Field(() => entityType('Duty'), { description: 'The duty.' })
  duty!: EntityRef;

  @Field(() => [DutyIntegrityRisk], { description: 'Its risk points with their control measures.' })
  risks!: DutyIntegrityRisk[];

  @Field(() => [String], { description: 'Its accountability situations (追责情形); empty is a compounding.' })
  accountability!: string[];

  @Field(() => [Owner], { description: 'The offices and posts leading it on the day, with the people holding their posts.' })
  leads!: Owner[];

  @Field(() => [IntegrityCompoundingEnum], { description: 'What compounds the risk, in the order SELF_SUPERVISED, VACANT, ACTING, SEVERAL_RISKY_DUTIES, NO_ACCOUNTABILITY.' })
  compounding!: IntegrityCompounding[];

  @Field(() => [IntegrityRiskReason], { description: 'One reason per compounding found.' })
  reasons!: IntegrityRiskReason[];
}

@ObjectType({ description: 'A person holding the lead posts of two or more duties with integrity risks.' })
export class IntegrityRiskPerson {
  @Field(() => entityType('Person'), { description: 'The person.' })
  person!: EntityRef;

  @Field(() => [entityType('Duty')], { description: 'The risky duties whose lead posts they hold, by id.' })
  duties!: EntityRef[];
}

@ObjectType({ description: 'How many risky duties carry one compounding.' })
export class IntegrityCompoundingCount {
  @Field(() => IntegrityCompoundingEnum, { description: 'The compounding.' })
  compounding!: IntegrityCompounding;

  @Field(() => Int, { description: 'Risky duties carrying it.' })
  count!: number;
}

@ObjectType({ description: 'The integrity-risk view of a township on a day, for the discipline inspection secretary.' })
export class IntegrityRiskReport {
  @Field(() => DateScalar, { description: 'The day the view is for.' })
  asOf!: string;

  @Field(() => ID, { description: 'The township.' })
  township!: string;

  @Field(() => Int, { description: 'Duties of the township, risky or not.' })
  totalDuties!: number;

  @Field(() => [IntegrityCompoundingCount], { description: 'Risky duties per compounding, in the enum order.' })
  counts!: IntegrityCompoundingCount[];

  @Field(() => [IntegrityRiskDuty], { description: 'Every duty with integrity risk points, by duty id.' })
  duties!: IntegrityRiskDuty[];

  @Field(() => [IntegrityRiskPerson], { description: 'People holding the lead posts of several risky duties, most first.' })
  people!: IntegrityRiskPerson[];
}
