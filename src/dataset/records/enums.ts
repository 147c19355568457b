/** The enumerations of the dataset format (docs/dataset-format.md), UPPER_SNAKE_CASE. */
export const PARTY_ORGANIZATION_KINDS = ['TOWN_COMMITTEE', 'BRANCH', 'DEPARTMENT_COMMITTEE', 'HIGHER_LEVEL'] as const;
export type PartyOrganizationKind = (typeof PARTY_ORGANIZATION_KINDS)[number];

export const OFFICE_KINDS = ['OFFICE', 'BUREAU', 'SUB_DISTRICT_OFFICE'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

export const POST_LEVELS = ['LEADERSHIP', 'MIDDLE', 'VILLAGE_COMMITTEE', 'RESIDENT_CADRE', 'STATION_HEAD', 'STAFF'] as const;
export type PostLevel = (typeof POST_LEVELS)[number];

export const POST_RANKS = ['PRINCIPAL', 'DEPUTY', 'MEMBER'] as const;
export type PostRank = (typeof POST_RANKS)[number];

export const GENDERS = ['F', 'M'] as const;
export type Gender = (typeof GENDERS)[number];

export const VILLAGE_KINDS = ['ADMINISTRATIVE', 'RESIDENTIAL'] as const;
export type VillageKind = (typeof VILLAGE_KINDS)[number];

export const DUTY_CATEGORIES = ['BASIC', 'ASSISTING', 'HIGHER_LEVEL'] as const;
export type DutyCategory = (typeof DUTY_CATEGORIES)[number];

/**
 * 事项类型: the kind of power or service an item of a responsibility list is, as county lists
 * classify them (行政许可 licensing … 公共服务 public service, 其他 anything else). A closed set:
 * the XLSX importer maps the Chinese and English names (docs/dataset-format.md) onto it.
 */
export const DUTY_ITEM_TYPES = [
  'ADMINISTRATIVE_LICENSING',
  'ADMINISTRATIVE_PENALTY',
  'ADMINISTRATIVE_COERCION',
  'ADMINISTRATIVE_LEVY',
  'ADMINISTRATIVE_PAYMENT',
  'ADMINISTRATIVE_INSPECTION',
  'ADMINISTRATIVE_CONFIRMATION',
  'ADMINISTRATIVE_REWARD',
  'ADMINISTRATIVE_RULING',
  'PUBLIC_SERVICE',
  'OTHER',
] as const;
export type DutyItemType = (typeof DUTY_ITEM_TYPES)[number];

export const RESPONSIBILITY_ROLES = ['LEAD', 'ASSIST'] as const;
export type ResponsibilityRole = (typeof RESPONSIBILITY_ROLES)[number];

export const DATASET_FORMAT = 'dutygraph/1';
