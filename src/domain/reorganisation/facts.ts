import type { EdgeFacts } from '../mutation-facts';

/** The dated edges at the nodes a reorganisation changes, by node id (read after locking them). */
export type EdgesById = ReadonlyMap<string, EdgeFacts[]>;

/** The edge types read at the nodes a reorganisation locks. */
export const LOCKED_EDGE_TYPES = ['IN', 'IN_CHARGE_OF', 'HOLDS', 'RESPONSIBLE_FOR', 'UNDER'] as const;

export interface NewResponsibility {
  owner: string;
  duty: string;
  role: string;
  from: string;
  to: null;
  overrideReason: string | null;
  recordedAt: string;
}
