import { getMetadataStorage } from 'class-validator';

/**
 * Whether one field's value is accepted: what its class-validator decorators accept, answered by the
 * same predicates without building a ValidationError per property. `record` is the object holding
 * the field (a check such as "`to` after `from`" reads its sibling).
 */
export type ValueCheck = (value: unknown, record: Readonly<Record<string, unknown>>) => boolean;

type RecordType = abstract new () => object;

interface DeclaredChecks {
  checks: Map<string, ValueCheck[]>;
  /** class-validator decorators the checks stand for; compared with what class-validator holds. */
  decorators: number;
}

interface RecordChecks {
  known: ReadonlySet<string>;
  checks: readonly (readonly [string, ValueCheck])[];
}

const DECLARED = new Map<RecordType, DeclaredChecks>();
/** Per record class; `null` when its checks do not cover every one of its decorators. */
const COMPILED = new Map<RecordType, RecordChecks | null>();

/** Called by the field decorators of fields.ts with the check of the `decorators` class-validator decorators they applied. */
export function declareFieldCheck(type: RecordType, property: string, check: ValueCheck, decorators: number): void {
  let declared = DECLARED.get(type);
  if (!declared) DECLARED.set(type, (declared = { checks: new Map(), decorators: 0 }));
  declared.checks.set(property, [...(declared.checks.get(property) ?? []), check]);
  declared.decorators += decorators;
  COMPILED.clear();
}

/**
 * True only when class-validator would find nothing wrong with `record` as an instance of `type`
 * (its fields, no unknown field, its nested records): the import's fast path for a file without a
 * field problem. False means "not known to pass", and the caller runs class-validator for the
 * report; so a check may be stricter than its decorators, never laxer.
 */
export function recordPasses(type: RecordType, record: Readonly<Record<string, unknown>>): boolean {
  const compiled = checksOf(type);
  if (!compiled) return false;
  for (const key of Object.keys(record)) if (!compiled.known.has(key)) return false;
  for (const [property, check] of compiled.checks) if (!check(record[property], record)) return false;
  return true;
}

/** A JSON or YAML mapping: what class-transformer turns into a record instance. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/** Whether every class-validator decorator of `type` (inherited ones too) has its check here. */
export function fullyChecked(type: RecordType): boolean {
  return checksOf(type) !== null;
}

function checksOf(type: RecordType): RecordChecks | null {
  let compiled = COMPILED.get(type);
  if (compiled === undefined) COMPILED.set(type, (compiled = compile(type)));
  return compiled;
}

function compile(type: RecordType): RecordChecks | null {
  const checks: [string, ValueCheck][] = [];
  let decorators = 0;
  for (let current: unknown = type; typeof current === 'function' && current !== Function.prototype; current = Object.getPrototypeOf(current)) {
    const declared = DECLARED.get(current as RecordType);
    if (!declared) continue;
    decorators += declared.decorators;
    for (const [property, propertyChecks] of declared.checks) propertyChecks.forEach((check) => checks.push([property, check]));
  }
  // A decorator applied outside fields.ts (or overridden in a subclass) has no check here: that
  // class always takes class-validator's path rather than a laxer one.
  const metadata = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
  if (metadata.length !== decorators) return null;
  return { known: new Set(metadata.map((entry) => entry.propertyName)), checks };
}
