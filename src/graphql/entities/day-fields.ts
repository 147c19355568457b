import { Arg, ClassType, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityKind } from '../../domain/model';
import { resolveAsOf } from '../../domain/period';
import { BadUserInputError } from '../../errors';
import { DateScalar } from '../common/date.scalar';
import type { SelectedFields } from '../common/selection';
import { dayFieldPaths } from './day-field';
import { isEntityType } from './entity-type-registry';
import { ENTITY_TYPES } from './entity-types';

/**
 * The fields of each entity type that answer for a day (paths under the entity; docs/front-end-contract.md, "Identity"):
 * each takes its own `asOf`, so a normalising cache keys each day's answer apart under the one
 * entity object (`Office:office:x` → `people({"asOf":"2008-11-01"})`). Everything else of an entity
 * (names, kind, its own from/to, its history lists) is the same on every day. Each type marks its
 * own with `@DayField()` (day-field.ts), e.g. a leader in charge is the IN_CHARGE_OF edge
 * (OfficeLeader, keyed by the edge) whose holders are of the day: `leadersInCharge.holders`.
 */
export function dayFieldsOf(kind: EntityKind): readonly string[] {
  let fields = dayFieldsByKind.get(kind);
  if (!fields) dayFieldsByKind.set(kind, (fields = dayFieldPaths(ENTITY_TYPES[kind], isEntityType)));
  return fields;
}
/** Derived once per kind, when first asked (the schema's build): every type file has loaded by then. */
const dayFieldsByKind = new Map<EntityKind, readonly string[]>();

/** The description of every day field's `asOf`. */
export const DAY_ARG_DESCRIPTION = "The day this field answers for. Default: the root field's asOf, else today; the fields of one root field answer one day.";

/** A day asked, and by what (a field path, or the root field's `asOf`), for the refusal's message. */
export interface DayAsked {
  day: string;
  by: string;
}

/**
 * The day the selected day fields of an entity ask (each its own `asOf`, else `fallback`), checked
 * against `asked` (what was asked before: the root's explicit asOf, another type's fields): two days
 * are refused with BAD_USER_INPUT naming the field. Null when nothing asked a day.
 */
export function dayAskedBy(kind: EntityKind, fields: SelectedFields, asked: DayAsked | null, fallback: string, rootName: string): DayAsked | null {
  let chosen = asked;
  for (const field of dayFieldsOf(kind)) {
    for (const args of fields.get(field) ?? []) {
      const day = typeof args.asOf === 'string' ? args.asOf : fallback;
      if (!chosen) chosen = { day, by: field };
      else if (chosen.day !== day) {
        throw BadUserInputError.of(
          `${field}.asOf`,
          `asks for ${day} while ${chosen.by} asks for ${chosen.day}: the fields of one ${rootName} answer one day; ask another day with another root field (an alias)`,
        );
      }
    }
  }
  return chosen;
}

/**
 * The one day the entities of a root field are computed for: the day every selected day field asks
 * (its own `asOf`, else the root's), else the root's asOf, else today. Two days in one root field
 * (two fields, two aliases of one field, or a field and the root's explicit asOf) are refused with
 * BAD_USER_INPUT naming the field, so the root field stays one statement for one day.
 */
export function dayOfFields(kind: EntityKind, fields: SelectedFields, rootAsOf: string | null | undefined, rootName: string): string {
  const rootDay = resolveAsOf(rootAsOf);
  return dayAskedBy(kind, fields, rootAsOf ? { day: rootAsOf, by: `${rootName}(asOf:)` } : null, rootDay, rootName)?.day ?? rootDay;
}

/**
 * The resolver giving the day fields of a type their `asOf` argument. The root field's statement
 * already computed each for the day `dayOfFields` chose, so each just returns it.
 */
export function dayFieldsResolver<T extends object>(type: ClassType<T>, fields: readonly string[]): ClassType {
  @Resolver(() => type)
  class DayFields {}
  Object.defineProperty(DayFields, 'name', { value: `${type.name}DayFields` });
  for (const field of fields) {
    const method = function (this: unknown, root: Record<string, unknown>): unknown {
      return root[field];
    };
    Object.defineProperty(DayFields.prototype, field, { value: method, writable: true, configurable: true });
    const descriptor = Object.getOwnPropertyDescriptor(DayFields.prototype, field)!;
    Reflect.defineMetadata('design:paramtypes', [Object, String], DayFields.prototype, field);
    Root()(DayFields.prototype, field, 0);
    Arg('asOf', () => DateScalar, { nullable: true, description: DAY_ARG_DESCRIPTION })(DayFields.prototype, field, 1);
    FieldResolver()(DayFields.prototype, field, descriptor);
  }
  return DayFields;
}
