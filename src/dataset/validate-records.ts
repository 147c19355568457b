import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import type { FieldPath } from './path';
import type { DatasetProblem } from './problems';
import { DatasetRecord } from './records';
import type { DatasetSource } from './source';

export interface RecordValidation {
  /** Built even when there are problems, so the cross-record checks can still run on what is readable. */
  dataset: DatasetRecord | undefined;
  problems: DatasetProblem[];
}

/**
 * Builds class instances from the parsed file (class-transformer follows the `@Type`s, so every
 * nested edge gets its own decorators checked) and reports every failing field with its path.
 * Unknown fields are errors, so a typo such as `nameEN` is not silently dropped.
 */
export function validateRecords(source: DatasetSource): RecordValidation {
  // Parsing has already reported a file that is not a mapping.
  if (typeof source.content !== 'object' || source.content === null || Array.isArray(source.content)) {
    return { dataset: undefined, problems: [] };
  }
  const dataset = plainToInstance(DatasetRecord, source.content as Record<string, unknown>);
  const errors = validateSync(dataset, {
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
  });
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
