import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
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

function compose(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorator) => decorator(target, key));
}

/** `IsDefined` (required) or `IsOptional` (null and absent skip the other checks). */
function presence(options: FieldOptions): PropertyDecorator {
  return options.optional ? IsOptional() : IsDefined({ message: 'is required' });
}

const message = (describe: (value: unknown) => string): ValidationOptions => ({
  message: (args: ValidationArguments) => describe(args.value),
});

export function IdField(options: FieldOptions = {}): PropertyDecorator {
  return compose(
    presence(options),
    ValidateBy(
      { name: 'isDatasetId', validator: { validate: isDatasetId } },
      message((value) => `${showValue(value)} is not a valid id: use 1 to 100 of a-z 0-9 . _ : - starting with a letter or digit`),
    ),
  );
}

export function IdListField(): PropertyDecorator {
  return compose(
    IsOptional(),
    IsArray(message((value) => `must be a list of ids, got ${showValue(value)}`)),
    ValidateBy(
      { name: 'isDatasetIdList', validator: { validate: (value: unknown) => Array.isArray(value) && value.every(isDatasetId) } },
      message((value) => `${showValue((value as unknown[]).find((item) => !isDatasetId(item)))} is not a valid id`),
    ),
  );
}

export function TextField(maxLength: number, options: FieldOptions = {}): PropertyDecorator {
  return compose(
    presence(options),
    IsString(message((value) => `must be text, got ${showValue(value)}`)),
    Length(1, maxLength, message((value) => `must be 1 to ${maxLength} characters, got ${String(value).length}`)),
  );
}

export function TextListField(maxItems: number, maxLength: number): PropertyDecorator {
  return compose(
    IsOptional(),
    IsArray(message((value) => `must be a list of words, got ${showValue(value)}`)),
    ValidateBy(
      {
        name: 'isTextList',
        validator: {
          validate: (value: unknown) =>
            Array.isArray(value) && value.length <= maxItems && value.every((item) => typeof item === 'string' && item.length >= 1 && item.length <= maxLength),
        },
      },
      message((value) => {
        const list = value as unknown[];
        if (list.length > maxItems) return `must have at most ${maxItems} entries, got ${list.length}`;
        return `${showValue(list.find((item) => typeof item !== 'string' || item.length < 1 || item.length > maxLength))} is not a word of 1 to ${maxLength} characters`;
      }),
    ),
  );
}

export function DateField(options: FieldOptions = {}): PropertyDecorator {
  return compose(
    presence(options),
    ValidateBy({ name: 'isIsoDate', validator: { validate: isIsoDate } }, message((value) => `${showValue(value)} is not a date (YYYY-MM-DD)`)),
  );
}

/** On `to`: the period must end after it starts (`to` is exclusive, so `to == from` would be empty). */
export function EndsAfter(startField: string): PropertyDecorator {
  return ValidateBy(
    {
      name: 'endsAfter',
      constraints: [startField],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const start = (args?.object as Record<string, unknown> | undefined)?.[startField];
          // A bad or missing start is reported on its own field.
          return !isIsoDate(value) || !isIsoDate(start) || start < value;
        },
      },
    },
    {
      message: (args: ValidationArguments) =>
        `must be after ${startField} (${String((args.object as Record<string, unknown>)[startField])}), got ${showValue(args.value)}`,
    },
  );
}

export function EnumField(values: readonly string[], options: FieldOptions = {}): PropertyDecorator {
  return compose(presence(options), IsIn([...values], message((value) => `${showValue(value)} is not one of ${values.join(', ')}`)));
}

export function BooleanField(options: FieldOptions = {}): PropertyDecorator {
  return compose(presence(options), IsBoolean(message((value) => `must be true or false, got ${showValue(value)}`)));
}

export function IntegerField(min: number, max: number, options: FieldOptions = {}): PropertyDecorator {
  return compose(
    presence(options),
    IsInt(message((value) => `must be a whole number, got ${showValue(value)}`)),
    Min(min, message((value) => `must be at least ${min}, got ${showValue(value)}`)),
    Max(max, message((value) => `must be at most ${max}, got ${showValue(value)}`)),
  );
}

export function NumberField(min: number, options: FieldOptions = {}): PropertyDecorator {
  return compose(
    presence(options),
    IsNumber({ allowNaN: false, allowInfinity: false }, message((value) => `must be a number, got ${showValue(value)}`)),
    Min(min, message((value) => `must be at least ${min}, got ${showValue(value)}`)),
  );
}

type RecordClass = new () => object;

/** A nested object (`basis`, `pilot`), built as an instance of `type` so its own decorators run. */
export function NestedField(type: () => RecordClass, options: FieldOptions = {}): PropertyDecorator {
  return compose(presence(options), ValidateNested(message((value) => `must be a mapping, got ${showValue(value)}`)), Type(type));
}

/** A list of records or edges; absent means empty. */
export function NestedListField(type: () => RecordClass): PropertyDecorator {
  return compose(
    IsOptional(),
    IsArray(message((value) => `must be a list, got ${showValue(value)}`)),
    ValidateNested({ each: true, message: (args: ValidationArguments) => `each entry must be a mapping, got ${showValue(args.value)}` }),
    Type(type),
  );
}
