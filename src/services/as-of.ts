import { BadUserInputError } from '../errors';

/** Today as YYYY-MM-DD in the server's local calendar (the town's day, not UTC's). */
export function today(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** The day a question is asked for: the given one, or today. */
export function resolveAsOf(asOf: string | undefined | null, now = new Date()): string {
  return asOf ?? today(now);
}

/**
 * Refuses a day before the earliest record of the data (`dataFrom`, stored on each Township by the
 * importer): an answer there would be an empty graph that looks like "nobody is responsible".
 */
export function assertWithinData(asOf: string, dataFrom: string | null | undefined, field = 'asOf'): void {
  if (dataFrom && asOf < dataFrom) {
    throw BadUserInputError.of(field, `${asOf} is before the earliest data (${dataFrom}); ask for ${dataFrom} or later`);
  }
}

/** Refuses a period that ends before it starts. */
export function assertPeriod(from: string, to: string, fromField = 'from', toField = 'to'): void {
  if (to < from) throw BadUserInputError.of(toField, `${toField} (${to}) is before ${fromField} (${from})`);
}
