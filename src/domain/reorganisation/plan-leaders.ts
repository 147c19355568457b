import type { DatasetRows } from '../../dataset/to-rows';
import type { TouchedEntity } from '../audit-record';
import { openOn } from '../period';
import type { EdgesById } from './facts';
import type { Intent } from './validate';

/** What putting leaders in charge does. */
export interface LeaderPlan {
  closeEdges: Map<string, string>;
  inCharge: NonNullable<DatasetRows['postInChargeOf']>;
  touched: TouchedEntity[];
}

/** The existing offices that get a leader in charge: read their IN_CHARGE_OF edges before `planLeaders`. */
export function leaderOfficesToRead(intent: Intent): string[] {
  return intent.leaders.map((leader) => leader.office).filter((office) => !intent.newOffices.has(office));
}

/** Leaders in charge: each office named gets this leader from the day; its previous one ends. `officeLeaders`: see `leaderOfficesToRead`. */
export function planLeaders(intent: Intent, officeLeaders: EdgesById): LeaderPlan {
  const { on } = intent;
  const plan: LeaderPlan = { closeEdges: new Map(), inCharge: [], touched: [] };
  for (const leader of intent.leaders) {
    openOn(officeLeaders.get(leader.office) ?? [], on)
      .filter((edge) => !edge.outgoing)
      .forEach((edge) => plan.closeEdges.set(edge.edge, on));
    plan.inCharge.push({ post: leader.post, office: leader.office, from: on, to: null });
    plan.touched.push({ id: leader.office, label: 'Office', before: null, after: { leaderInCharge: leader.post, from: on } });
  }
  return plan;
}
