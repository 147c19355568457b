import crypto from 'node:crypto';
import { BadUserInputError, InputProblem } from '../errors';
import type { Viewer } from '../auth/roles';
import type { NodeLabel } from '../dataset/labels';
import { describeLabels, withArticle } from '../dataset/labels';
import type { ChangeRecordRow, EdgeFacts, MutationTx, NodeFacts } from '../repositories/mutation.repository';

/** Collects every problem of an input, then fails once with all of them (BAD_USER_INPUT). */
export class Problems {
  readonly list: InputProblem[] = [];

  add(field: string, message: string): void {
    this.list.push({ field, message });
  }

  get empty(): boolean {
    return this.list.length === 0;
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new BadUserInputError(this.list);
  }
}

/** Checks that an id names a node with one of the expected labels; returns the node when it does. */
export function expectLabel(problems: Problems, nodes: ReadonlyMap<string, NodeFacts>, field: string, id: string, labels: readonly NodeLabel[]): NodeFacts | undefined {
  const node = nodes.get(id);
  if (!node) {
    problems.add(field, `unknown id '${id}': no ${labels.join(' or ')} with this id`);
    return undefined;
  }
  if (!labels.includes(node.label)) {
    problems.add(field, `'${id}' is ${withArticle(node.label)}; expected ${describeLabels(labels)}`);
    return undefined;
  }
  return node;
}

/** An edge or node is valid on day d when from <= d and (no to, or d < to). Days are YYYY-MM-DD, so text order is date order. */
export function validOn(period: { from?: unknown; to?: unknown }, day: string): boolean {
  const from = period.from === null || period.from === undefined ? null : String(period.from);
  const to = period.to === null || period.to === undefined ? null : String(period.to);
  return (from === null || from <= day) && (to === null || day < to);
}

/** Two periods [from, to) share a day (open ends run forever). */
export function periodsOverlap(a: { from: string; to: string | null }, b: { from: string; to: string | null }): boolean {
  return a.from < (b.to ?? '9999-12-31') && b.from < (a.to ?? '9999-12-31');
}

/** Edges still running on a day that started before it: what a change on that day closes. */
export function openOn(edges: readonly EdgeFacts[], day: string): EdgeFacts[] {
  return edges.filter((edge) => edge.from < day && (edge.to === null || edge.to > day));
}

export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** One entity a mutation touched, with its values before and after (null: did not exist / no longer exists). */
export interface TouchedEntity {
  id: string;
  label: string;
  before: unknown;
  after: unknown;
}

export interface ChangeView {
  id: string;
  at: string;
  actor: string;
  mutation: string;
  arguments: string;
  entities: string[];
  touched: { id: string; label: string; before: string | null; after: string | null }[];
}

/** Writes the :Change record of a mutation inside its transaction and returns it as the mutation's answer. */
export async function recordChange(tx: MutationTx, viewer: Viewer, mutation: string, args: unknown, touched: TouchedEntity[], at = new Date()): Promise<ChangeView> {
  const row: ChangeRecordRow = {
    id: crypto.randomUUID(),
    at: at.toISOString(),
    actor: viewer.subject,
    mutation,
    arguments: JSON.stringify(args ?? {}),
    entities: [...new Set(touched.map((entity) => entity.id))],
    diff: JSON.stringify(touched),
  };
  await tx.recordChange(row);
  return changeView(row);
}

export function changeView(row: ChangeRecordRow): ChangeView {
  let touched: TouchedEntity[] = [];
  try {
    touched = JSON.parse(row.diff) as TouchedEntity[];
  } catch {
    touched = [];
  }
  const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    mutation: row.mutation,
    arguments: row.arguments,
    entities: row.entities,
    touched: touched.map((entity) => ({ id: entity.id, label: entity.label, before: json(entity.before), after: json(entity.after) })),
  };
}

/** An edge as the audit trail shows it. */
export function edgeValue(edge: EdgeFacts | null, extra: Record<string, unknown> = {}): Record<string, unknown> | null {
  if (!edge) return null;
  const { edge: _id, outgoing: _out, otherLabel: _label, recordedAt: _at, ...rest } = edge;
  return Object.fromEntries(Object.entries({ ...rest, ...extra }).filter(([, value]) => value !== null && value !== undefined));
}
