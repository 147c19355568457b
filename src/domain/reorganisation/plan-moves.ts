import type { DatasetRows } from '../../dataset/to-rows';
import type { TouchedEntity } from '../audit-record';
import type { EdgeFacts } from '../mutation-facts';
import { openOn } from '../period';
import type { EdgesById } from './facts';
import type { ClosurePlan } from './plan-closures';
import type { Intent } from './validate';

/** What moving posts and villages does. */
export interface MovePlan {
  closeEdges: Map<string, string>;
  postUnits: NonNullable<DatasetRows['postUnits']>;
  villageUnder: NonNullable<DatasetRows['villageUnder']>;
  touched: TouchedEntity[];
}

/**
 * Posts and villages moved: the unit they are IN / UNDER ends on the day and the new one starts.
 * Every village that gets a new unit (moved here, or following its closing office) is recorded as touched.
 */
export function planMoves(intent: Intent, edges: EdgesById, closures: Pick<ClosurePlan, 'villageUnder'>): MovePlan {
  const { on } = intent;
  const plan: MovePlan = { closeEdges: new Map(), postUnits: [], villageUnder: [], touched: [] };
  const close = (edge: EdgeFacts) => plan.closeEdges.set(edge.edge, on);
  const running = (id: string, type: EdgeFacts['type']) => openOn(edges.get(id) ?? [], on).filter((edge) => edge.type === type && edge.outgoing);
  for (const [post, unit] of intent.movedPosts) {
    running(post, 'IN').forEach(close);
    plan.postUnits.push({ post, unit, from: on, to: null });
    plan.touched.push({ id: post, label: 'Post', before: { units: running(post, 'IN').map((edge) => edge.other) }, after: { units: [unit] } });
  }
  for (const [village, unit] of intent.movedVillages) {
    running(village, 'UNDER').forEach(close);
    plan.villageUnder.push({ village, unit, from: on, to: null });
  }
  for (const row of [...closures.villageUnder, ...plan.villageUnder]) {
    const before = running(row.village, 'UNDER').map((edge) => edge.other);
    plan.touched.push({ id: row.village, label: 'Village', before: { under: before.length ? before : undefined }, after: { under: [row.unit] } });
  }
  return plan;
}
