import { z } from 'zod';

/**
 * Rows become typed values at the repository boundary: each statement's rows go through a decoder
 * (a zod schema, in src/repositories/rows/), so a missing, misnamed or mistyped key fails there,
 * naming the statement and the key, instead of becoming a null on a screen.
 */
export type RowDecoder<T> = z.ZodType<T>;

/** A row a statement returned that its decoder cannot read. */
export class RowShapeError extends Error {
  constructor(
    readonly statement: string,
    readonly problems: readonly string[],
  ) {
    super(`cypher/queries/${statement}.cypher returned a row its decoder cannot read: ${problems.join('; ')}`);
    this.name = 'RowShapeError';
  }
}

/** Every row, decoded; the first bad row fails with its index and the keys at fault. */
export function decodeRows<T>(statement: string, decoder: RowDecoder<T>, rows: readonly unknown[]): T[] {
  return rows.map((row, index) => {
    const result = decoder.safeParse(row, { reportInput: true });
    if (!result.success) throw new RowShapeError(statement, describe(result.error, rows.length === 1 ? '' : `row ${index}`));
    return result.data;
  });
}

/** The one row of a statement that always returns one (an aggregate). */
export function decodeOnlyRow<T>(statement: string, decoder: RowDecoder<T>, rows: readonly unknown[]): T {
  if (rows.length !== 1) throw new RowShapeError(statement, [`expected one row, got ${rows.length}`]);
  return decodeRows(statement, decoder, rows)[0] as T;
}

const MAX_PROBLEMS = 5;

function describe(error: z.ZodError, where: string): string[] {
  const problems = error.issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const at = keyPath(where, issue.path);
    if (issue.code === 'unrecognized_keys') return `${at || 'the row'} has unexpected key ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    if (issue.code === 'invalid_type' && issue.input === undefined) return `${at}: key missing (expected ${issue.expected})`;
    return `${at || 'the row'}: ${issue.message}`;
  });
  if (error.issues.length > MAX_PROBLEMS) problems.push(`and ${error.issues.length - MAX_PROBLEMS} more`);
  return problems;
}

function keyPath(where: string, path: readonly PropertyKey[]): string {
  const keys = path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
  return [where, keys].filter((part) => part !== '').join(' ');
}
