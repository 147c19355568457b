import { BadUserInputError } from '../errors';
import { beforeData } from '../domain/period';

/**
 * Refuses a day before the earliest record of the data (`dataFrom`, stored on each Township by the
 * importer): an answer there would be an empty graph that looks like "nobody is responsible".
 */
export function assertWithinData(asOf: string, dataFrom: string | null | undefined, field = 'asOf'): void {
  const problem = beforeData(asOf, dataFrom);
  if (problem) throw BadUserInputError.of(field, problem);
}

/** Refuses a period that ends before it starts. */
export function assertPeriod(from: string, to: string, fromField = 'from', toField = 'to'): void {
  if (to < from) throw BadUserInputError.of(toField, `${toField} (${to}) is before ${fromField} (${from})`);
}
