import { BooleanField, DateField, EndsAfter, EnumField, IdField, NestedListField, TextField, TextListField } from './fields';
import { ALIASES_MAX, DatedEdge, NAME_MAX } from './dated-edge';
import { POST_LEVELS, POST_RANKS, PostLevel, PostRank } from './enums';
import { DatasetList } from './record-list';

/** Post IN Office | Village | Station | Township. */
export class PostUnitEdge extends DatedEdge {
  @IdField() unit!: string;
}

/** Leadership Post IN_CHARGE_OF Office: the division of labour in the town team. */
export class InChargeOfEdge extends DatedEdge {
  @IdField() office!: string;
}

@DatasetList('posts')
export class PostRecord {
  @IdField() id!: string;
  @TextField(NAME_MAX) name!: string;
  @TextField(NAME_MAX, { optional: true }) nameEn?: string;
  /** Other names a town list uses for it (党政办 for 党政办公室); the XLSX importer matches them. */
  @TextListField(ALIASES_MAX, NAME_MAX) aliases?: string[];
  @EnumField(POST_LEVELS) level!: PostLevel;
  @EnumField(POST_RANKS) rank!: PostRank;
  /** At most one substantive holder at a time; absent means true. */
  @BooleanField({ optional: true }) singleHolder?: boolean;
  @DateField() from!: string;
  @DateField({ optional: true }) @EndsAfter('from') to?: string;
  /** The post this one deputises for (the fallback when it is vacant). */
  @IdField({ optional: true }) deputyOf?: string;
  @NestedListField(() => PostUnitEdge) units?: PostUnitEdge[];
  @NestedListField(() => InChargeOfEdge) inChargeOf?: InChargeOfEdge[];
}

declare module './record-list' {
  interface RecordOfList {
    posts: PostRecord;
  }
}
