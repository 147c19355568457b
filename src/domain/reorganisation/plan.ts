import type { DatasetRows } from '../../dataset/to-rows';
import type { NewResponsibility } from './facts';
import type { TouchedEntity } from '../audit-record';
import type { Intent } from './validate';
import type { ClosurePlan } from './plan-closures';
import type { MovePlan } from './plan-moves';
import type { OwnerPlan } from './plan-owners';
import type { LeaderPlan } from './plan-leaders';

/** What a reorganisation writes, computed from the input and the graph before anything is written. */
export interface Plan {
  /** Edge element id → the day it ends, in the order the steps closed them. */
  closeEdges: Map<string, string>;
  rows: Partial<DatasetRows>;
  closeOffices: { id: string; on: string; mergedInto: string[] }[];
  closePosts: { id: string; on: string }[];
  responsibilities: NewResponsibility[];
  touched: TouchedEntity[];
}

/** The edges to close, each step's after the previous one's. */
export function closedEdges(...steps: { closeEdges: ReadonlyMap<string, string> }[]): Map<string, string> {
  return new Map(steps.flatMap((step) => [...step.closeEdges]));
}

/** The steps put together: the rows to write and every entity touched, in the order the audit record lists them. */
export function assemblePlan(intent: Intent, closures: ClosurePlan, moves: MovePlan, owners: OwnerPlan, leaders: LeaderPlan): Plan {
  const { spec, on, createOffices, createPosts } = intent;
  const inCharge = [...leaders.inCharge, ...createPosts.flatMap((post) => (post.inChargeOf ?? []).map((office) => ({ post: post.id, office, from: on, to: null })))];
  return {
    closeEdges: closedEdges(closures, moves, owners, leaders),
    rows: {
      offices: createOffices.map((office) => ({ id: office.id, name: office.name, nameEn: office.nameEn ?? null, aliases: [], kind: office.kind, from: on, to: null })),
      officeTownships: createOffices.map((office) => ({ id: office.id, township: spec.township, from: on, to: null })),
      posts: createPosts.map((post) => ({ id: post.id, name: post.name, nameEn: post.nameEn ?? null, aliases: [], level: post.level, rank: post.rank, singleHolder: post.singleHolder ?? true, from: on, to: null })),
      postDeputies: createPosts.filter((post) => post.deputyOf).map((post) => ({ id: post.id, deputyOf: post.deputyOf ?? null })),
      postUnits: [...createPosts.map((post) => ({ post: post.id, unit: post.unit, from: on, to: null })), ...closures.postUnits, ...moves.postUnits],
      postInChargeOf: inCharge,
      villageUnder: [...closures.villageUnder, ...moves.villageUnder],
    },
    closeOffices: closures.closeOffices,
    closePosts: closures.closePosts,
    responsibilities: owners.responsibilities,
    touched: [
      ...closures.touched,
      ...moves.touched,
      ...owners.touched,
      ...leaders.touched,
      ...createOffices.map((office) => ({ id: office.id, label: 'Office', before: null, after: { ...office, from: on, township: spec.township } })),
      ...createPosts.map((post) => ({ id: post.id, label: 'Post', before: null, after: { ...post, from: on } })),
    ],
  };
}
