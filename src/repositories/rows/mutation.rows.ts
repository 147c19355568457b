import { z } from 'zod';
import { count, day, optionalDay, optionalText, text, textList } from './common.rows';
import { DATED_EDGE_TYPES } from '../../domain/mutation-facts';
import { pageShape } from '../page';

/** Properties of a node or an edge as `properties(x)` returns them (values plain: dates as YYYY-MM-DD). */
const properties = z.record(z.string(), z.unknown());

/** mutations/find-nodes: a node a mutation names, with the township an office is IN and the PART_OF chain at a duty. */
export const foundNodeRow = z.strictObject({
  id: text,
  label: optionalText,
  props: properties,
  township: optionalText,
  partOf: z.array(z.strictObject({ duty: text, parent: text })),
});

/** One dated edge at a node (`EdgeFacts`); a flag the edge lacks is false. */
const edgeFacts = z.strictObject({
  edge: text,
  type: z.enum(DATED_EDGE_TYPES),
  outgoing: z.boolean(),
  other: text,
  otherLabel: optionalText,
  from: day,
  to: optionalDay,
  role: optionalText,
  acting: z
    .boolean()
    .nullable()
    .transform((acting) => acting === true),
  townConsulted: z.boolean().nullable(),
  basis: optionalText,
  exemption: optionalText,
  recordedAt: optionalText,
});

/** mutations/find-edges: the dated edges of the types asked for at each node. */
export const foundEdgesRow = z.strictObject({ id: text, edges: z.array(edgeFacts) });

/** mutations/claim-idempotency-key: what an earlier request with the key stored (null: the first). */
export const idempotencyKeyRow = z.strictObject({ hash: optionalText, result: optionalText });

/** mutations/delete-node: what the node was, for the audit trail's before. */
export const deletedNodeRow = z.strictObject({
  props: properties,
  edges: z.array(z.strictObject({ type: text, outgoing: z.boolean(), other: text, properties })),
});

/** `change { .id, .at, .actor, .mutation, .arguments, .entities, .diff }`: an audit record (arguments and diff as JSON text). */
const auditRecord = z.strictObject({
  id: text,
  at: text,
  actor: text,
  mutation: text,
  arguments: optionalText.transform((json) => json ?? '{}'),
  entities: textList,
  diff: optionalText.transform((json) => json ?? '[]'),
});

/** mutations/list-change-log: one page of the audit trail, newest first, with where it stands among the records the filter keeps. */
export const changeLogRow = z.strictObject({ ...pageShape, items: z.array(auditRecord) });

/** mutations/find-creation-change: the newest record of the mutation that created an id. */
export const creationChangeRow = z.strictObject({ change: auditRecord });

/** The writes that count what they wrote (`RETURN count(x) AS <key>`): one row each. */
export const closedCountRow = z.strictObject({ closed: count });
export const cutCountRow = z.strictObject({ cut: count });
export const createdCountRow = z.strictObject({ created: count });
export const lockedCountRow = z.strictObject({ locked: count });
/** mutations/set-town-consulted: how many HOLDS edges it set. */
export const updatedCountRow = z.strictObject({ updated: count });

/** mutations/record-change: the id of the audit record it created. */
export const recordedChangeRow = z.strictObject({ id: text });

/** mutations/store-idempotency-key: the key it stored the result under (no row: the key was not claimed). */
export const storedKeyRow = z.strictObject({ key: text });
