import type { NodeLabel } from '../dataset/labels';

/**
 * What a mutation reads from the graph before it decides anything: the nodes it names and the
 * dated edges at them. Repositories load these; the rules (mutation-rules, reorganisation/) read them.
 */

/** A node a mutation names, as the graph holds it. */
export interface NodeFacts {
  id: string;
  label: NodeLabel;
  /** Its properties, plain (dates as YYYY-MM-DD). */
  props: Record<string, unknown>;
  /** The township an office is IN. */
  township: string | null;
  /** Duty PART_OF Duty at and above a duty: child id → parent id. */
  partOf: { duty: string; parent: string }[];
}

/** The dated edge types a mutation may read and close (an allow-list: types are never built from input). */
export const DATED_EDGE_TYPES = ['IN', 'IN_CHARGE_OF', 'HOLDS', 'RESPONSIBLE_FOR', 'UNDER', 'PARTY_RELATION', 'RUN_BY', 'LOCATED_IN', 'RESIDENT_CADRE_IN'] as const;
export type DatedEdgeType = (typeof DATED_EDGE_TYPES)[number];

/** One dated edge at a node. `edge` is its element id, valid inside the transaction that read it. */
export interface EdgeFacts {
  edge: string;
  type: DatedEdgeType;
  /** True when the edge leaves the node asked about. */
  outgoing: boolean;
  other: string;
  otherLabel: string | null;
  from: string;
  to: string | null;
  role: string | null;
  acting: boolean;
  townConsulted: boolean | null;
  basis: string | null;
  exemption: string | null;
  /** When a mutation wrote it (ISO); null for imported edges. */
  recordedAt: string | null;
}
