import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, ValidationError } from 'class-validator';
import type { FieldPath } from './path';
import type { DatasetProblem } from './problems';
import { DatasetRecord } from './records';
import { isMapping, recordPasses } from './records/field-checks';
import type { DatasetSource } from './source';

export interface RecordValidation {
  /** Built even when there are problems, so the cross-record checks can still run on what is readable. */
  dataset: DatasetRecord | undefined;
  problems: DatasetProblem[];
}

/**
 * Reports every failing field with its path; unknown fields are errors, so a typo such as `nameEN`
 * is not silently dropped.
 *
 * A file whose every field passes the records' checks (field-checks.ts: the decorators' own
 * predicates, with nothing allocated per field) is its own dataset: the records hold only data, so
 * class instances would add nothing. On a province that saves most of validation: class-validator
 * spent about 50 µs building errors and closures for each of millions of objects that had none.
 * Only a file with a problem goes through class-validator, for its messages: class-transformer
 * builds the instances (following the `@Type`s, so every nested edge gets its own decorators run).
 */
export function validateRecords(source: DatasetSource): RecordValidation {
  // Parsing has already reported a file that is not a mapping.
  if (typeof source.content !== 'object' || source.content === null || Array.isArray(source.content)) {
    return { dataset: undefined, problems: [] };
  }
  const content = source.content as Record<string, unknown>;
  if (isMapping(content) && recordPasses(DatasetRecord, content)) return { dataset: content as unknown as DatasetRecord, problems: [] };
  return validateByClassValidator(source, content);
}

/** Every field problem, as class-validator words it: the path of a file that failed the fast checks. */
export function validateByClassValidator(source: DatasetSource, content: Record<string, unknown>): RecordValidation {
  const dataset = plainToInstance(DatasetRecord, content);
  const errors = withCachedMetadata(() =>
    validateSync(dataset, {
      whitelist: true,
      forbidNonWhitelisted: true,
      stopAtFirstError: true,
      validationError: { target: false, value: false },
    }),
  );
  const problems = errors.flatMap((error) => problemsOf(error, [], source));
  return { dataset, problems };
}

function problemsOf(error: ValidationError, parent: FieldPath, source: DatasetSource): DatasetProblem[] {
  const path: FieldPath = [...parent, /^\d+$/.test(error.property) ? Number(error.property) : error.property];
  const own = Object.entries(error.constraints ?? {}).map(([constraint, text]) => ({
    file: source.file,
    ...source.locate(path),
    message: constraint === 'whitelistValidation' ? 'unknown field: dutygraph/1 has no field of this name' : text,
  }));
  return [...own, ...(error.children ?? []).flatMap((child) => problemsOf(child, path, source))];
}

type MetadataStorage = ReturnType<typeof getMetadataStorage>;
type ValidationMetadata = ReturnType<MetadataStorage['getTargetValidationMetadatas']>[number];
const PATCHED = ['getTargetValidationMetadatas', 'groupByPropertyName'] as const;

/**
 * class-validator looks up the decorators of a class anew for every object it validates: it filters
 * every registered decorator and tests inheritance against every registered class, then groups the
 * result by property. On a province (millions of edge objects) that was a third of validation. The
 * decorators are all registered when the record classes load, so while one validateSync runs (it is
 * synchronous: nothing else can register or validate meanwhile) the lookups are memoised, and the
 * storage's own methods are back in place afterwards.
 */
function withCachedMetadata<T>(run: () => T): T {
  const storage: MetadataStorage = getMetadataStorage();
  const previous = PATCHED.map((name) => Object.getOwnPropertyDescriptor(storage, name));
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const byTarget = new Map<unknown, Map<string, ValidationMetadata[]>>();
  const grouped = new WeakMap<ValidationMetadata[], ReturnType<MetadataStorage['groupByPropertyName']>>();
  const patched = storage as { -readonly [K in keyof MetadataStorage]: MetadataStorage[K] };
  patched.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}|${always}|${strictGroups}|${groups?.join(',') ?? ''}`;
    let forTarget = byTarget.get(target);
    if (!forTarget) byTarget.set(target, (forTarget = new Map()));
    let metadata = forTarget.get(key);
    if (!metadata) forTarget.set(key, (metadata = lookUp(target, schema, always, strictGroups, groups)));
    return metadata;
  };
  patched.groupByPropertyName = (metadata) => {
    let result = grouped.get(metadata);
    if (!result) grouped.set(metadata, (result = group(metadata)));
    return result;
  };
  try {
    return run();
  } finally {
    // Instance properties shadowed the prototype's methods; removing them restores the originals.
    PATCHED.forEach((name, index) => {
      const descriptor = previous[index];
      if (descriptor) Object.defineProperty(storage, name, descriptor);
      else delete (patched as Partial<MetadataStorage>)[name];
    });
  }
}
