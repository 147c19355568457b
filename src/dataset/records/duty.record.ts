import { EnumField, IdField, NestedField, NestedListField, TextField, TextListField } from './fields';
import { DatedEdge, NAME_MAX, TEXT_MAX, TITLE_MAX } from './dated-edge';
import { DUTY_CATEGORIES, DutyCategory, RESPONSIBILITY_ROLES, ResponsibilityRole } from './enums';

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

export const KEYWORDS_MAX = 50;
export const KEYWORD_LENGTH_MAX = 50;

export class DutyRecord {
  @IdField() id!: string;
  @TextField(TITLE_MAX) title!: string;
  @TextField(TITLE_MAX, { optional: true }) titleEn?: string;
  @TextField(TEXT_MAX, { optional: true }) description?: string;
  @TextField(TEXT_MAX, { optional: true }) descriptionEn?: string;
  @EnumField(DUTY_CATEGORIES) category!: DutyCategory;
  /** Chinese and English search words; stored as a list and as `keywordText` for the full-text index. */
  @TextListField(KEYWORDS_MAX, KEYWORD_LENGTH_MAX) keywords?: string[];
  @IdField() township!: string;
  /** Duty PART_OF Duty. */
  @IdField({ optional: true }) parent?: string;
  @NestedField(() => DutyBasis, { optional: true }) basis?: DutyBasis;
  @NestedListField(() => DutyOwnerEdge) owners?: DutyOwnerEdge[];
}
