/**
 * Time in the graph: a node or edge is valid on day d when from <= d and (no to, or d < to) —
 * `from` inclusive, `to` exclusive. Days are YYYY-MM-DD, so text order is date order.
 */

export interface DatedPeriod {
  from: string;
  to: string | null;
}

/** Today as YYYY-MM-DD in the server's local calendar (the town's day, not UTC's). */
export function today(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** The day a question is asked for: the given one, or today. */
export function resolveAsOf(asOf: string | undefined | null, now = new Date()): string {
  return asOf ?? today(now);
}

/** An edge or node is valid on day d when from <= d and (no to, or d < to). */
export function validOn(period: { from?: unknown; to?: unknown }, day: string): boolean {
  const from = period.from === null || period.from === undefined ? null : String(period.from);
  const to = period.to === null || period.to === undefined ? null : String(period.to);
  return (from === null || from <= day) && (to === null || day < to);
}

/** Two periods [from, to) share a day (open ends run forever). */
export function periodsOverlap(a: DatedPeriod, b: DatedPeriod): boolean {
  return a.from < (b.to ?? '9999-12-31') && b.from < (a.to ?? '9999-12-31');
}

/** Edges still running on a day that started before it: what a change on that day closes. */
export function openOn<T extends DatedPeriod>(edges: readonly T[], day: string): T[] {
  return edges.filter((edge) => edge.from < day && (edge.to === null || edge.to > day));
}

export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** Why a day cannot be asked about: before the earliest record of the data (`dataFrom`); null when it can. */
export function beforeData(asOf: string, dataFrom: string | null | undefined): string | null {
  return dataFrom && asOf < dataFrom ? `${asOf} is before the earliest data (${dataFrom}); ask for ${dataFrom} or later` : null;
}
