import { ClassType, getMetadataStorage } from 'type-graphql';

/**
 * The fields that answer for a day, marked where the type declares them: `@DayField()` next to the
 * field's `@Field` (or on the property whose GraphQL field a resolver of its own declares, as
 * Person.duties). Each takes its own `asOf` (day-fields.ts); everything else of an entity (names,
 * kind, its own from/to, its history lists) is the same on every day.
 */
const MARKED = new Map<object, string[]>();

export function DayField(): PropertyDecorator {
  return (prototype, property) => {
    const fields = MARKED.get(prototype.constructor) ?? [];
    MARKED.set(prototype.constructor, [...fields, String(property)]);
  };
}

/** The types with day fields of their own, in the order they were declared. */
export function typesWithDayFields(): ClassType[] {
  return [...MARKED.keys()] as ClassType[];
}

/** The day fields a type declares itself, in declaration order. */
export function ownDayFields(type: ClassType): readonly string[] {
  return MARKED.get(type) ?? [];
}

/**
 * The day fields of a type as paths under it, in declaration order: its own, each followed by the day
 * fields of its GraphQL type when that is a relationship type, not an entity (`leadersInCharge` →
 * `leadersInCharge.holders`: the holders of an OfficeLeader are of the day). An entity's own day
 * fields are its own: a reference to one answers for the day of its own field.
 */
export function dayFieldPaths(type: ClassType, isEntity: (type: unknown) => boolean): string[] {
  const declared = getMetadataStorage().fields.filter((field) => field.target === type);
  return ownDayFields(type).flatMap((field) => {
    const declaration = declared.find((candidate) => candidate.name === field);
    const fieldType = declaration?.getType();
    const nested = typeof fieldType === 'function' && !isEntity(fieldType) ? ownDayFields(fieldType as ClassType) : [];
    return [field, ...nested.map((inner) => `${field}.${inner}`)];
  });
}
