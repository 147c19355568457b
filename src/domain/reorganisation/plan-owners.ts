import type { TouchedEntity } from '../audit-record';
import { openOn } from '../period';
import type { ProblemList } from '../problems';
import type { EdgesById, NewResponsibility } from './facts';
import type { ClosurePlan, OwnerRole } from './plan-closures';
import { at } from './spec';
import type { Intent } from './validate';

/** What giving duties new owners does. */
export interface OwnerPlan {
  closeEdges: Map<string, string>;
  responsibilities: NewResponsibility[];
  touched: TouchedEntity[];
}

/** The touched duties whose owners were not read with the locked nodes: read them before `planOwners`. */
export function dutiesToRead(closures: Pick<ClosurePlan, 'touchedDuties'>, edges: EdgesById): string[] {
  return [...closures.touchedDuties].filter((duty) => !edges.has(duty));
}

/**
 * Duties given a new set of owners: what is not in the set ends, what is missing starts. Then the
 * one-lead rule over every duty touched: at most one lead owner from the day, unless the input
 * overrides it with a reason. `closed`: the edges earlier steps close; `dutyEdges`: the owners of
 * the touched duties not among `edges` (see `dutiesToRead`); `recordedAt`: when the plan is written.
 */
export function planOwners(
  intent: Intent,
  edges: EdgesById,
  dutyEdges: EdgesById,
  closures: Pick<ClosurePlan, 'opened' | 'touchedDuties'>,
  closed: ReadonlyMap<string, string>,
  recordedAt: string,
  problems: ProblemList,
): OwnerPlan {
  const { on, reassigned, reassign } = intent;
  const plan: OwnerPlan = { closeEdges: new Map(), responsibilities: [], touched: [] };
  const isClosed = (edge: string) => closed.has(edge) || plan.closeEdges.has(edge);
  const opened = new Map<string, OwnerRole[]>(closures.opened);
  const open = (duty: string, owner: OwnerRole) => opened.set(duty, [...(opened.get(duty) ?? []), owner]);
  for (const [duty, wanted] of reassigned) {
    const running = openOn(edges.get(duty) ?? [], on).filter((edge) => edge.type === 'RESPONSIBLE_FOR' && !edge.outgoing);
    for (const edge of running) if (!wanted.owners.some((owner) => owner.owner === edge.other && owner.role === edge.role)) plan.closeEdges.set(edge.edge, on);
    for (const owner of wanted.owners) {
      if (!running.some((edge) => edge.other === owner.owner && edge.role === owner.role && !isClosed(edge.edge))) open(duty, { owner: owner.owner, role: owner.role });
    }
  }
  for (const duty of closures.touchedDuties) {
    const owners = openOn(edges.get(duty) ?? dutyEdges.get(duty) ?? [], on).filter((edge) => !edge.outgoing && edge.type === 'RESPONSIBLE_FOR');
    const kept = owners.filter((edge) => !isClosed(edge.edge)).map((edge) => ({ owner: edge.other, role: edge.role ?? 'ASSIST' }));
    const added = opened.get(duty) ?? [];
    const leads = new Set([...kept, ...added].filter((owner) => owner.role === 'LEAD').map((owner) => owner.owner));
    const override = reassigned.get(duty)?.overrideReason ?? null;
    if (leads.size > 1 && !override) {
      const index = reassign.findIndex((entry) => entry.duty === duty);
      problems.add(index >= 0 ? at('reassignDuties', index, 'owners') : 'input.reassignDuties', `'${duty}' would have ${leads.size} lead owners (${[...leads].join(', ')}) from ${on}; keep one, or give overrideReason`);
    }
    const before = owners.map((edge) => ({ owner: edge.other, role: edge.role }));
    plan.touched.push({ id: duty, label: 'Duty', before: { owners: before }, after: { owners: [...kept, ...added] } });
    for (const owner of added) plan.responsibilities.push({ owner: owner.owner, duty, role: owner.role, from: on, to: null, overrideReason: override, recordedAt });
  }
  return plan;
}
