import { ClassType, Field, ObjectType, registerEnumType } from 'type-graphql';
import { DUTY_ITEM_TYPES, DutyItemType } from '../../dataset/records/enums';

export const DutyItemTypeEnum = Object.fromEntries(DUTY_ITEM_TYPES.map((type) => [type, type])) as { [K in DutyItemType]: K };
registerEnumType(DutyItemTypeEnum, {
  name: 'DutyItemType',
  description: '事项类型: the kind of power or service an item of a town responsibility list (权责清单) is.',
  valuesConfig: {
    ADMINISTRATIVE_LICENSING: { description: '行政许可 (administrative licensing).' },
    ADMINISTRATIVE_PENALTY: { description: '行政处罚 (administrative penalty).' },
    ADMINISTRATIVE_COERCION: { description: '行政强制 (administrative coercion).' },
    ADMINISTRATIVE_LEVY: { description: '行政征收 (administrative levy).' },
    ADMINISTRATIVE_PAYMENT: { description: '行政给付 (administrative payment).' },
    ADMINISTRATIVE_INSPECTION: { description: '行政检查 (administrative inspection).' },
    ADMINISTRATIVE_CONFIRMATION: { description: '行政确认 (administrative confirmation).' },
    ADMINISTRATIVE_REWARD: { description: '行政奖励 (administrative reward).' },
    ADMINISTRATIVE_RULING: { description: '行政裁决 (administrative ruling).' },
    PUBLIC_SERVICE: { description: '公共服务 (public service).' },
    OTHER: { description: '其他 / 其他行政权力 (anything else).' },
  },
});

@ObjectType({ description: '设定依据: a law, regulation or document a duty rests on, with its article.' })
export class DutyLegalBasis {
  @Field(() => String, { description: 'The law, regulation or document, e.g. 《中华人民共和国土地管理法》.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The article, e.g. 第六十二条; null when the list names none.' })
  article!: string | null;
}

@ObjectType({ description: '廉政风险点: where a duty gives room for abuse, with the control measure against it.' })
export class DutyIntegrityRisk {
  @Field(() => String, { description: 'The risk point.' })
  risk!: string;

  @Field(() => String, { nullable: true, description: 'The control measure (防控措施); null when none is recorded.' })
  control!: string | null;
}

/**
 * The fields of a duty that come from the town's responsibility list (权责清单), declared once: the
 * types that show a duty's list entry (`Duty`, `AnsweredDuty`) extend their base with them.
 */
export function withDutyListFields<TBase extends ClassType>(Base: TBase) {
  // Not a schema type of its own: type-graphql emits only the types the schema reaches.
  @ObjectType({ description: 'The responsibility-list fields of a duty.' })
  abstract class DutyListFields extends Base {
    @Field(() => [String], { description: 'Chinese and English search words.' })
    keywords!: string[];

    @Field(() => DutyItemTypeEnum, { nullable: true, description: '事项类型 of the town list; null when not recorded.' })
    itemType!: string | null;

    @Field(() => [DutyLegalBasis], { description: '设定依据: the laws and documents it rests on, each with its article.' })
    legalBases!: DutyLegalBasis[];

    @Field(() => [String], { description: '追责情形: the situations in which someone is held accountable for it.' })
    accountability!: string[];

    @Field(() => [DutyIntegrityRisk], { description: '廉政风险点 with their control measures.' })
    integrityRisks!: DutyIntegrityRisk[];
  }
  return DutyListFields;
}
