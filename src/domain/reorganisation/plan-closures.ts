import type { DatasetRows } from '../../dataset/to-rows';
import type { TouchedEntity } from '../audit-record';
import type { EdgeFacts } from '../mutation-facts';
import { openOn } from '../period';
import type { ProblemList } from '../problems';
import type { EdgesById } from './facts';
import { at } from './spec';
import type { Intent } from './validate';

export interface OwnerRole {
  owner: string;
  role: string;
}

/** What closing offices and cutting posts does. */
export interface ClosurePlan {
  closeEdges: Map<string, string>;
  postUnits: NonNullable<DatasetRows['postUnits']>;
  villageUnder: NonNullable<DatasetRows['villageUnder']>;
  /** Responsibilities opened for the successor office, by duty. */
  opened: Map<string, OwnerRole[]>;
  /** The duties whose owners change (reassigned, or owned by what closes): each is checked for one lead owner. */
  touchedDuties: Set<string>;
  closeOffices: { id: string; on: string; mergedInto: string[] }[];
  closePosts: { id: string; on: string }[];
  touched: TouchedEntity[];
}

/**
 * Offices that close: their posts, duties and villages go to the one office they merge into (unless
 * the input moves, cuts or reassigns them); with several or no successors, the input must say where
 * each goes. Their leaders in charge end. Posts cut: the post and everything it still holds or is
 * held by end on the day.
 */
export function planClosures(intent: Intent, edges: EdgesById, problems: ProblemList): ClosurePlan {
  const { on, cut, movedPosts, reassigned, movedVillages, nodes } = intent;
  const plan: ClosurePlan = { closeEdges: new Map(), postUnits: [], villageUnder: [], opened: new Map(), touchedDuties: new Set(reassigned.keys()), closeOffices: [], closePosts: [], touched: [] };
  const close = (edge: EdgeFacts) => plan.closeEdges.set(edge.edge, on);
  intent.closeOffices.forEach((closure, index) => {
    const single = closure.mergedInto.length === 1 ? closure.mergedInto[0]! : null;
    const unplaced = (what: string) =>
      problems.add(at('closeOffices', index, 'office'), `${what} of '${closure.office}' runs past ${on}; with ${closure.mergedInto.length === 0 ? 'no office' : 'several offices'} to merge into, say where it goes`);
    for (const edge of openOn(edges.get(closure.office) ?? [], on)) {
      if (edge.type === 'IN' && !edge.outgoing && edge.otherLabel === 'Post') {
        if (cut.has(edge.other) || movedPosts.has(edge.other)) continue;
        if (!single) unplaced(`post '${edge.other}' (movePosts or cutPosts)`);
        else {
          close(edge);
          plan.postUnits.push({ post: edge.other, unit: single, from: on, to: null });
        }
      } else if (edge.type === 'RESPONSIBLE_FOR' && edge.outgoing) {
        plan.touchedDuties.add(edge.other);
        if (reassigned.has(edge.other)) continue;
        if (!single) unplaced(`duty '${edge.other}' (reassignDuties)`);
        else {
          close(edge);
          plan.opened.set(edge.other, [...(plan.opened.get(edge.other) ?? []), { owner: single, role: edge.role ?? 'ASSIST' }]);
        }
      } else if (edge.type === 'UNDER' && !edge.outgoing) {
        if (movedVillages.has(edge.other)) continue;
        if (!single) unplaced(`village '${edge.other}' (moveVillages)`);
        else {
          close(edge);
          plan.villageUnder.push({ village: edge.other, unit: single, from: on, to: null });
        }
      } else if (edge.type === 'IN_CHARGE_OF' && !edge.outgoing) {
        close(edge);
      }
    }
    plan.closeOffices.push({ id: closure.office, on, mergedInto: closure.mergedInto });
    plan.touched.push({ id: closure.office, label: 'Office', before: { to: nodes.get(closure.office)?.props.to ?? null }, after: { to: on, mergedInto: closure.mergedInto } });
  });
  for (const id of cut) {
    for (const edge of openOn(edges.get(id) ?? [], on)) {
      if (edge.type === 'RESPONSIBLE_FOR') plan.touchedDuties.add(edge.other);
      close(edge);
    }
    plan.closePosts.push({ id, on });
    plan.touched.push({ id, label: 'Post', before: { to: nodes.get(id)?.props.to ?? null }, after: { to: on } });
  }
  return plan;
}
