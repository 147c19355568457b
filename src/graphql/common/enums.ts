import { registerEnumType } from 'type-graphql';
import { DUTY_CATEGORIES, GENDERS, OFFICE_KINDS, PARTY_ORGANIZATION_KINDS, POST_LEVELS, POST_RANKS, VILLAGE_KINDS } from '../../dataset/records/enums';
import { NODE_LABELS } from '../../dataset/labels';

/**
 * The closed sets of the model as GraphQL enums (issue 15: types say what they carry), from the
 * dataset format's own lists, so the schema and the importer cannot disagree. Values are the
 * stored values, unchanged on the wire.
 */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const OfficeKindEnum = enumOf(OFFICE_KINDS);
registerEnumType(OfficeKindEnum, { name: 'OfficeKind', description: 'What an office of the town government is: an OFFICE (办公室), a BUREAU (局) or a SUB_DISTRICT_OFFICE (办事处).' });

export const PostLevelEnum = enumOf(POST_LEVELS);
registerEnumType(PostLevelEnum, { name: 'PostLevel', description: 'The level of a post: LEADERSHIP (town team), MIDDLE (office cadres), VILLAGE_COMMITTEE, RESIDENT_CADRE, STATION_HEAD or STAFF.' });

export const PostRankEnum = enumOf(POST_RANKS);
registerEnumType(PostRankEnum, { name: 'PostRank', description: 'The rank of a post within its unit: PRINCIPAL (正职), DEPUTY (副职) or MEMBER.' });

export const VillageKindEnum = enumOf(VILLAGE_KINDS);
registerEnumType(VillageKindEnum, { name: 'VillageKind', description: 'ADMINISTRATIVE (行政村, a village) or RESIDENTIAL (居民区, a residential area).' });

export const PartyOrganizationKindEnum = enumOf(PARTY_ORGANIZATION_KINDS);
registerEnumType(PartyOrganizationKindEnum, { name: 'PartyOrganizationKind', description: 'TOWN_COMMITTEE (镇党委), BRANCH (支部), DEPARTMENT_COMMITTEE (a city department\'s committee) or HIGHER_LEVEL.' });

export const DutyCategoryEnum = enumOf(DUTY_CATEGORIES);
registerEnumType(DutyCategoryEnum, { name: 'DutyCategory', description: 'BASIC (the town\'s own), ASSISTING (helping a higher level) or HIGHER_LEVEL (a matter handled above the town).' });

export const GenderEnum = enumOf(GENDERS);
registerEnumType(GenderEnum, { name: 'Gender', description: 'F or M, as recorded (personal data).' });

export const EntityLabelEnum = enumOf(NODE_LABELS);
registerEnumType(EntityLabelEnum, { name: 'EntityLabel', description: 'The label of an entity of the graph (docs/model.md); one GraphQL type answers for each.' });

export const EDGE_TYPES = ['RESPONSIBLE_FOR', 'IN', 'IN_CHARGE_OF', 'HOLDS', 'DEPUTY_OF'] as const;
export const EdgeTypeEnum = enumOf(EDGE_TYPES);
registerEnumType(EdgeTypeEnum, { name: 'PathEdgeType', description: 'The graph edges an explanation path follows: RESPONSIBLE_FOR, IN, IN_CHARGE_OF, HOLDS, DEPUTY_OF.' });
