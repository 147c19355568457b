import { EnumField, IdField, NestedField, NestedListField, TextField, TextListField } from './fields';
import { DatedEdge, NAME_MAX, TEXT_MAX, TITLE_MAX } from './dated-edge';
import { DUTY_CATEGORIES, DUTY_ITEM_TYPES, DutyCategory, DutyItemType, RESPONSIBILITY_ROLES, ResponsibilityRole } from './enums';
import { DatasetList } from './record-list';

/** Duty DEFINED_BY Document, at a clause. */
export class DutyBasis {
  @IdField() document!: string;
  @TextField(NAME_MAX, { optional: true }) clause?: string;
}

/** Office | Post RESPONSIBLE_FOR Duty, leading (主办) or assisting (协办). */
export class DutyOwnerEdge extends DatedEdge {
  @IdField() owner!: string;
  @EnumField(RESPONSIBILITY_ROLES) role!: ResponsibilityRole;
}

/** 设定依据: a law, regulation or document the duty rests on, with its article (第六十七条). */
export class LegalBasis {
  @TextField(TITLE_MAX) title!: string;
  @TextField(NAME_MAX, { optional: true }) article?: string;
}

/** 廉政风险点: where the duty gives room for abuse, and the control measure (防控措施) against it. */
export class IntegrityRisk {
  @TextField(TEXT_MAX) risk!: string;
  @TextField(TEXT_MAX, { optional: true }) control?: string;
}

export const KEYWORDS_MAX = 50;
export const KEYWORD_LENGTH_MAX = 50;
/** Accountability situations of one duty, at most. */
export const LIST_ENTRIES_MAX = 30;
@DatasetList('duties')
export class DutyRecord {
  @IdField() id!: string;
  @TextField(TITLE_MAX) title!: string;
  @TextField(TITLE_MAX, { optional: true }) titleEn?: string;
  @TextField(TEXT_MAX, { optional: true }) description?: string;
  @TextField(TEXT_MAX, { optional: true }) descriptionEn?: string;
  /** BASIC 基本履职, ASSISTING 配合履职, HIGHER_LEVEL 上级部门收回 (the 履职类型 of a town list). */
  @EnumField(DUTY_CATEGORIES) category!: DutyCategory;
  /** 事项类型 of a responsibility list. */
  @EnumField(DUTY_ITEM_TYPES, { optional: true }) itemType?: DutyItemType;
  /** Chinese and English search words; stored as a list and as `keywordText` for the full-text index. */
  @TextListField(KEYWORDS_MAX, KEYWORD_LENGTH_MAX) keywords?: string[];
  @IdField() township!: string;
  /** Duty PART_OF Duty. */
  @IdField({ optional: true }) parent?: string;
  @NestedField(() => DutyBasis, { optional: true }) basis?: DutyBasis;
  /** 设定依据, several per duty. */
  @NestedListField(() => LegalBasis) legalBases?: LegalBasis[];
  /** 追责情形: the situations in which someone is held accountable. */
  @TextListField(LIST_ENTRIES_MAX, TEXT_MAX) accountability?: string[];
  /** 廉政风险点 with their control measures. */
  @NestedListField(() => IntegrityRisk) integrityRisks?: IntegrityRisk[];
  @NestedListField(() => DutyOwnerEdge) owners?: DutyOwnerEdge[];
}

declare module './record-list' {
  interface RecordOfList {
    duties: DutyRecord;
  }
}
