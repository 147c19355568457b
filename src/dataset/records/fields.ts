import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  equals,
  Equals,
  isBoolean,
  isIn,
  isInt,
  isNumber,
  isString,
  length,
  max,
  min,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateBy,
  ValidateNested,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';
import { declareFieldCheck, isMapping, recordPasses, ValueCheck } from './field-checks';

/**
 * The field decorators of the dataset records. Each composes class-validator checks with a
 * message that says what is wrong in the reader's terms; the path of the field (for example
 * `people[3].holds[0].to`) is added by the report, so messages do not repeat the field name.
 */

export const DATASET_ID_PATTERN = /^[a-z0-9][a-z0-9._:-]{0,99}$/;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A value as the reader typed it, shortened for a one-line message. */
export function showValue(value: unknown): string {
  const text = typeof value === 'string' ? `'${value}'` : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2008-02-30 over into March; a real calendar day survives the round trip.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isDatasetId(value: unknown): value is string {
  return typeof value === 'string' && DATASET_ID_PATTERN.test(value);
}

type FieldOptions = { optional?: boolean };

/**
 * Applies class-validator `decorators` and declares `check`, what they accept, for the import's fast
 * path (field-checks.ts). Every decorator of a record goes through here, so the two cannot drift
 * apart unnoticed: a class with a decorator that has no check never takes the fast path.
 */
function checked(check: ValueCheck, ...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => {
    decorators.forEach((decorator) => decorator(target, key));
    declareFieldCheck(target.constructor as abstract new () => object, String(key), check, decorators.length);
  };
}

/**
 * `IsDefined` (required) or `IsOptional` (null and absent skip the other checks) before the field's
 * own decorators, and `accepts` for a value that is there.
 */
function field(options: FieldOptions, accepts: ValueCheck, ...decorators: PropertyDecorator[]): PropertyDecorator {
  const absent = (value: unknown) => value === undefined || value === null;
  return checked(
    options.optional ? (value, record) => absent(value) || accepts(value, record) : (value, record) => !absent(value) && accepts(value, record),
    options.optional ? IsOptional() : IsDefined({ message: 'is required' }),
    ...decorators,
  );
}

const message = (describe: (value: unknown) => string): ValidationOptions => ({
  message: (args: ValidationArguments) => describe(args.value),
});

export function IdField(options: FieldOptions = {}): PropertyDecorator {
  return field(
    options,
    isDatasetId,
    ValidateBy(
      { name: 'isDatasetId', validator: { validate: isDatasetId } },
      message((value) => `${showValue(value)} is not a valid id: use 1 to 100 of a-z 0-9 . _ : - starting with a letter or digit`),
    ),
  );
}

const isDatasetIdList = (value: unknown) => Array.isArray(value) && value.every(isDatasetId);

export function IdListField(): PropertyDecorator {
  return field(
    { optional: true },
    isDatasetIdList,
    IsArray(message((value) => `must be a list of ids, got ${showValue(value)}`)),
    ValidateBy(
      { name: 'isDatasetIdList', validator: { validate: isDatasetIdList } },
      message((value) => `${showValue((value as unknown[]).find((item) => !isDatasetId(item)))} is not a valid id`),
    ),
  );
}

export function TextField(maxLength: number, options: FieldOptions = {}): PropertyDecorator {
  return field(
    options,
    (value) => isString(value) && length(value, 1, maxLength),
    IsString(message((value) => `must be text, got ${showValue(value)}`)),
    Length(1, maxLength, message((value) => `must be 1 to ${maxLength} characters, got ${String(value).length}`)),
  );
}

export function TextListField(maxItems: number, maxLength: number): PropertyDecorator {
  const isTextList = (value: unknown) =>
    Array.isArray(value) && value.length <= maxItems && value.every((item) => typeof item === 'string' && item.length >= 1 && item.length <= maxLength);
  return field(
    { optional: true },
    isTextList,
    IsArray(message((value) => `must be a list of words, got ${showValue(value)}`)),
    ValidateBy(
      { name: 'isTextList', validator: { validate: isTextList } },
      message((value) => {
        const list = value as unknown[];
        if (list.length > maxItems) return `must have at most ${maxItems} entries, got ${list.length}`;
        return `${showValue(list.find((item) => typeof item !== 'string' || item.length < 1 || item.length > maxLength))} is not a word of 1 to ${maxLength} characters`;
      }),
    ),
  );
}

export function DateField(options: FieldOptions = {}): PropertyDecorator {
  return field(options, isIsoDate, ValidateBy({ name: 'isIsoDate', validator: { validate: isIsoDate } }, message((value) => `${showValue(value)} is not a date (YYYY-MM-DD)`)));
}

/** On `to`: the period must end after it starts (`to` is exclusive, so `to == from` would be empty). */
export function EndsAfter(startField: string): PropertyDecorator {
  // A bad or missing start is reported on its own field.
  const endsAfterStart = (value: unknown, record: Readonly<Record<string, unknown>> | undefined) => {
    const start = record?.[startField];
    return !isIsoDate(value) || !isIsoDate(start) || start < value;
  };
  return checked(
    endsAfterStart,
    ValidateBy(
      {
        name: 'endsAfter',
        constraints: [startField],
        validator: { validate: (value: unknown, args?: ValidationArguments) => endsAfterStart(value, args?.object as Record<string, unknown> | undefined) },
      },
      {
        message: (args: ValidationArguments) =>
          `must be after ${startField} (${String((args.object as Record<string, unknown>)[startField])}), got ${showValue(args.value)}`,
      },
    ),
  );
}

export function EnumField(values: readonly string[], options: FieldOptions = {}): PropertyDecorator {
  return field(options, (value) => isIn(value, [...values]), IsIn([...values], message((value) => `${showValue(value)} is not one of ${values.join(', ')}`)));
}

export function BooleanField(options: FieldOptions = {}): PropertyDecorator {
  return field(options, isBoolean, IsBoolean(message((value) => `must be true or false, got ${showValue(value)}`)));
}

export function IntegerField(minimum: number, maximum: number, options: FieldOptions = {}): PropertyDecorator {
  return field(
    options,
    (value) => isInt(value) && min(value, minimum) && max(value, maximum),
    IsInt(message((value) => `must be a whole number, got ${showValue(value)}`)),
    Min(minimum, message((value) => `must be at least ${minimum}, got ${showValue(value)}`)),
    Max(maximum, message((value) => `must be at most ${maximum}, got ${showValue(value)}`)),
  );
}

export function NumberField(minimum: number, options: FieldOptions = {}): PropertyDecorator {
  const finite = { allowNaN: false, allowInfinity: false };
  return field(
    options,
    (value) => isNumber(value, finite) && min(value, minimum),
    IsNumber(finite, message((value) => `must be a number, got ${showValue(value)}`)),
    Min(minimum, message((value) => `must be at least ${minimum}, got ${showValue(value)}`)),
  );
}

/** A field that must hold exactly `expected` (the file's `format`). */
export function ConstantField(expected: string): PropertyDecorator {
  return checked((value) => equals(value, expected), Equals(expected, { message: `must be '${expected}'` }));
}

type RecordClass = new () => object;

/** A nested object (`basis`, `pilot`), built as an instance of `type` so its own decorators run. */
export function NestedField(type: () => RecordClass, options: FieldOptions = {}): PropertyDecorator {
  return compose(
    field(options, (value) => isMapping(value) && recordPasses(type(), value), ValidateNested(message((value) => `must be a mapping, got ${showValue(value)}`))),
    Type(type),
  );
}

/** A list of records or edges; absent means empty. */
export function NestedListField(type: () => RecordClass): PropertyDecorator {
  return compose(
    field(
      { optional: true },
      (value) => Array.isArray(value) && value.every((item) => isMapping(item) && recordPasses(type(), item)),
      IsArray(message((value) => `must be a list, got ${showValue(value)}`)),
      ValidateNested({ each: true, message: (args: ValidationArguments) => `each entry must be a mapping, got ${showValue(args.value)}` }),
    ),
    Type(type),
  );
}

function compose(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorator) => decorator(target, key));
}
