import { createUnionType, Field, Float, ID, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { DateScalar } from '../common/date.scalar';

/**
 * Typed change-log values (issue 15: types say what they carry). The stored :Change records keep
 * their JSON (history is never rewritten); this layer decodes it with zod into one FieldChange per
 * leaf value — `field` is its path (`holds.from`, `leadersInCharge.0.other`), `before` and `after`
 * a FieldValue of one kind each — so a client selects `... on DateValue { date }` instead of
 * parsing JSON whose shape varies by mutation.
 */

@ObjectType({ description: 'A text value of a change.' })
export class TextValue {
  @Field(() => String, { description: 'The text.' })
  text!: string;
}

@ObjectType({ description: 'A calendar day of a change (an edge or entity from, to, a day of birth or issue).' })
export class DateValue {
  @Field(() => DateScalar, { description: 'The day.' })
  date!: string;
}

@ObjectType({ description: 'A true/false value of a change (acting, townConsulted, singleHolder, …).' })
export class BooleanValue {
  @Field(() => Boolean, { description: 'The value.' })
  boolean!: boolean;
}

@ObjectType({ description: 'A number of a change (a population, an area, …).' })
export class NumberValue {
  @Field(() => Float, { description: 'The number.' })
  number!: number;
}

@ObjectType({ description: 'A reference of a change to another entity, by id (a post held, an owner, a unit). Not keyed by that id: this is a value, not the entity.' })
export class ReferenceValue {
  @Field(() => ID, { description: 'The id of the entity referred to (node(id) fetches it).' })
  entityId!: string;
}

@ObjectType({ description: 'A list of texts of a change (a duty’s keywords).' })
export class TextListValue {
  @Field(() => [String], { description: 'The texts, in order.' })
  texts!: string[];
}

export type FieldValueShape = TextValue | DateValue | BooleanValue | NumberValue | ReferenceValue | TextListValue;

export const FieldValue = createUnionType({
  name: 'FieldValue',
  description: 'One value of a change, of one kind: TextValue, DateValue, BooleanValue, NumberValue, ReferenceValue or TextListValue.',
  types: () => [TextValue, DateValue, BooleanValue, NumberValue, ReferenceValue, TextListValue] as const,
  resolveType: (value: FieldValueShape) => {
    if ('text' in value) return TextValue;
    if ('date' in value) return DateValue;
    if ('boolean' in value) return BooleanValue;
    if ('number' in value) return NumberValue;
    if ('entityId' in value) return ReferenceValue;
    return TextListValue;
  },
});

@ObjectType({ description: 'One value a mutation changed on an entity: its path and its value before and after.' })
export class FieldChange {
  @Field(() => String, { description: 'The path of the value in the entity as the change recorded it, dot-separated, list items by index: `name`, `holds.from`, `leadersInCharge.0.other`.' })
  field!: string;

  @Field(() => FieldValue, { nullable: true, description: 'Its value before the mutation; null when it had none (or the entity did not exist).' })
  before!: FieldValueShape | null;

  @Field(() => FieldValue, { nullable: true, description: 'Its value after the mutation; null when it has none (or the entity no longer exists).' })
  after!: FieldValueShape | null;
}

@ObjectType({ description: 'One argument of a recorded mutation, with its typed value; an input object appears as one argument per leaf (`input.name`).' })
export class ChangeArgument {
  @Field(() => String, { description: 'The argument, dot-separated for a leaf of an input object: `person`, `input.kind`, `input.offices.0.id`.' })
  name!: string;

  @Field(() => FieldValue, { nullable: true, description: 'Its value; null when given as null.' })
  value!: FieldValueShape | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** An id of the dataset format: lower-case, with a label prefix before a colon (`post:party-secretary`, `person:8v3h5kwf42`, `x-1.town:lishun`). */
const ENTITY_ID = /^[a-z0-9][a-z0-9._-]*:[a-z0-9][a-z0-9._:-]*$/;

const leaf = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
type Leaf = z.infer<typeof leaf>;
type Json = Leaf | null | Json[] | { [key: string]: Json };
const json: z.ZodType<Json> = z.lazy(() => z.union([leaf, z.null(), z.array(json), z.record(z.string(), json)]));

function valueOf(value: Leaf): FieldValueShape {
  if (typeof value === 'boolean') return { boolean: value };
  if (typeof value === 'number') return { number: value };
  if (Array.isArray(value)) return { texts: value };
  if (DAY.test(value)) return { date: value };
  if (ENTITY_ID.test(value)) return { entityId: value };
  return { text: value };
}

/** The leaves of a recorded value by path; a list of texts is one leaf, any other list is indexed. */
function leaves(value: Json | undefined, path: string, into: Map<string, FieldValueShape | null>): Map<string, FieldValueShape | null> {
  if (value === undefined) return into;
  const parsed = leaf.safeParse(value);
  if (value === null || parsed.success) {
    if (path) into.set(path, value === null ? null : valueOf(parsed.data as Leaf));
    return into;
  }
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  for (const [key, item] of entries) leaves(item, path ? `${path}.${key}` : key, into);
  return into;
}

/** Decodes stored JSON text; anything that is not JSON of the recorded shapes reads as no value. */
function decode(text: string | null): Json | undefined {
  if (text === null) return undefined;
  try {
    const result = json.safeParse(JSON.parse(text));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/** What a mutation changed on one entity: every path with a value before or after, the values that differ, by path. */
export function fieldChanges(before: string | null, after: string | null): FieldChange[] {
  const old = leaves(decode(before), '', new Map());
  const now = leaves(decode(after), '', new Map());
  const paths = [...new Set([...old.keys(), ...now.keys()])].sort();
  return paths
    .map((field) => ({ field, before: old.get(field) ?? null, after: now.get(field) ?? null }))
    .filter((change) => JSON.stringify(change.before) !== JSON.stringify(change.after));
}

/** The recorded arguments of a mutation, one per leaf, in path order. */
export function changeArguments(text: string): ChangeArgument[] {
  return [...leaves(decode(text), '', new Map()).entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, value]) => ({ name, value }));
}
