import type { EdgeFacts } from './mutation-facts';

/**
 * The audit trail: one record per mutation (who, when, which mutation with which arguments, and each
 * entity it touched before and after). Stored as a `:Change` node and read by the `changeLog` query;
 * not to be confused with `changes`, the difference of the graph between two days.
 */

/** One audit record as it is stored (arguments and diff as JSON text). */
export interface AuditRecord {
  id: string;
  at: string;
  actor: string;
  mutation: string;
  arguments: string;
  entities: string[];
  diff: string;
}

/** One entity a mutation touched, with its values before and after (null: did not exist / no longer exists). */
export interface TouchedEntity {
  id: string;
  label: string;
  before: unknown;
  after: unknown;
}

/** An audit record as a mutation answers it and the audit trail lists it. */
export interface AuditRecordView extends Omit<AuditRecord, 'diff'> {
  /** The diff, read: each entity with its values before and after as JSON text. */
  touched: { id: string; label: string; before: string | null; after: string | null }[];
}

/** The record of one mutation: `id` and `at` are given by the caller (the service), so this stays pure. */
export function auditRecordOf(id: string, at: Date, actor: string, mutation: string, args: unknown, touched: readonly TouchedEntity[]): AuditRecord {
  return {
    id,
    at: at.toISOString(),
    actor,
    mutation,
    arguments: JSON.stringify(args ?? {}),
    entities: [...new Set(touched.map((entity) => entity.id))],
    diff: JSON.stringify(touched),
  };
}

export function auditRecordView(record: AuditRecord): AuditRecordView {
  let touched: TouchedEntity[] = [];
  try {
    touched = JSON.parse(record.diff) as TouchedEntity[];
  } catch {
    touched = [];
  }
  const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
  return {
    id: record.id,
    at: record.at,
    actor: record.actor,
    mutation: record.mutation,
    arguments: record.arguments,
    entities: record.entities,
    touched: touched.map((entity) => ({ id: entity.id, label: entity.label, before: json(entity.before), after: json(entity.after) })),
  };
}

/** An edge as the audit trail shows it. */
export function edgeValue(edge: EdgeFacts | null, extra: Record<string, unknown> = {}): Record<string, unknown> | null {
  if (!edge) return null;
  const { edge: _id, outgoing: _out, otherLabel: _label, recordedAt: _at, ...rest } = edge;
  return Object.fromEntries(Object.entries({ ...rest, ...extra }).filter(([, value]) => value !== null && value !== undefined));
}
