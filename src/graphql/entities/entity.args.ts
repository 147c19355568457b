import { ArgsType, Field, ID, registerEnumType } from 'type-graphql';
import { IsIn, IsOptional, Length, Matches } from 'class-validator';
import { DateScalar } from '../common/date.scalar';
import { PageArgs } from '../common/pagination';

const ID_PATTERN = /^[a-z0-9][a-z0-9._:-]{0,99}$/;

export type SortDirection = 'ASC' | 'DESC';
export const SortDirectionEnum: { [K in SortDirection]: K } = { ASC: 'ASC', DESC: 'DESC' };
registerEnumType(SortDirectionEnum, {
  name: 'SortDirection',
  description: 'The order of a sorted list. Ties are always broken by id, ascending.',
  valuesConfig: { ASC: { description: 'Smallest first (A to Z, earliest first); missing values last.' }, DESC: { description: 'Largest first; missing values first.' } },
});

/**
 * Registers the sort enum of an entity list: `fields` maps each value to what it sorts by.
 * The statement maps each value to a property with a CASE on `$sort`, so no value ever reaches Cypher as text.
 */
export function sortEnum<T extends string>(name: string, entity: string, fields: Record<T, string>): { [K in T]: K } {
  const values = Object.fromEntries(Object.keys(fields).map((value) => [value, value])) as { [K in T]: K };
  registerEnumType(values, {
    name,
    description: `What a list of ${entity} is sorted by.`,
    valuesConfig: Object.fromEntries(Object.entries(fields).map(([value, description]) => [value, { description: description as string }])) as Partial<Record<T, { description: string }>>,
  });
  return values;
}

/** A lookup by id, "as of" a day. */
@ArgsType()
export class EntityIdArgs {
  @Field(() => ID, { description: 'The id, e.g. office:party-affairs.' })
  @Matches(ID_PATTERN, { message: 'id must be an id like office:party-affairs' })
  id!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day the navigation fields are for (YYYY-MM-DD). Default: today.' })
  @IsOptional()
  asOf?: string;
}

/** What every list takes: a page, a day, a name filter and a direction (`townships` takes only these). */
@ArgsType()
export class ListArgs extends PageArgs {
  @Field(() => DateScalar, { nullable: true, description: 'The day the list and its navigation fields are for (YYYY-MM-DD). Default: today.' })
  @IsOptional()
  asOf?: string;

  @Field(() => String, { nullable: true, description: 'Only entities whose name (or title), or English name, contains this text, in any case (Chinese or English).' })
  @IsOptional()
  @Length(1, 200)
  text?: string | null;

  @Field(() => SortDirectionEnum, { nullable: true, defaultValue: 'ASC', description: 'Ascending (default) or descending.' })
  @IsOptional()
  @IsIn(Object.keys(SortDirectionEnum))
  direction: SortDirection = 'ASC';
}

/** What every list of entities within a township takes: ListArgs and a township. */
@ArgsType()
export class EntityListArgs extends ListArgs {
  @Field(() => ID, { nullable: true, description: 'Only entities of this township on the day. Default: every township in the graph.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: 'township must be an id like town:lishun' })
  township?: string | null;
}

/** The filters every list passes on to the service. */
export function commonFilter(args: ListArgs & { township?: string | null }, sort: string | null | undefined) {
  return { township: args.township ?? null, text: args.text ?? null, sort: sort ?? 'ID', descending: args.direction === 'DESC' };
}
