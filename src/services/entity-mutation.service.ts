import { fillMeaningVectors } from './duty-meaning-vectors';
import type { Viewer } from '../auth/roles';
import { NotFoundError } from '../errors';
import type { GraphFacts } from '../dataset/cross-checks';
import { crossCheck, idsToLookUp } from '../dataset/cross-checks';
import type { NodeLabel } from '../dataset/labels';
import { withArticle } from '../dataset/labels';
import { FieldPath, fieldOf, formatPath } from '../dataset/path';
import { DATASET_FORMAT, DatasetRecord } from '../dataset/records';
import type { DatasetSource } from '../dataset/dataset-source';
import { datasetToRows, DatasetRows, RowKind } from '../dataset/to-rows';
import { byLabel, EntityMode, LabelModel, MODEL_OF_LABEL } from '../domain/model';
import { validateRecords } from '../dataset/validate-records';
import type { MutationRepository, MutationTx } from '../repositories/mutation.repository';
import type { NodeFacts } from '../domain/mutation-facts';
import { AuditRecordView, auditRecordView } from '../domain/audit-record';
import { expectOneSubstantiveHolder } from '../domain/mutation-rules';
import { Problems } from './problems';
import { recordAudit } from './audit-trail.service';
import { canonicalJson } from '../idempotency';

export type { EntityMode };
type Plain = Record<string, unknown>;

/*
 * How the input of one label maps to its dataset record is the model's (domain/model.ts). The record
 * (docs/dataset-format.md) is the single definition of what a valid node is: a created or updated
 * entity is validated and written exactly as one record of an import would be, so the API and the
 * importer cannot disagree.
 */

/** The row kinds each label's record writes: the model's, checked against its `writes` by the compiler. */
const ROWS_OF_LABEL = byLabel((entry): readonly RowKind[] => entry.rows);

/** Creates and updates the entities of every label, one record at a time, each with its change record. */
export class EntityMutationService {
  constructor(private readonly repository: MutationRepository) {}

  save(label: NodeLabel, mode: EntityMode, id: string, input: object, viewer: Viewer, mutation: string): Promise<AuditRecordView> {
    const spec = MODEL_OF_LABEL[label];
    return this.repository.write(mutation, async (tx) => {
      const existing = (await tx.findNodes([id])).get(id);
      if (mode === 'create' && existing) {
        const replay = existing.label === label ? await sameCreate(tx, spec, mutation, id, input) : null;
        if (replay) {
          tx.markReplayed();
          return replay;
        }
        const problems = new Problems();
        problems.add('id', `'${id}' already exists (${withArticle(existing.label)}); ids are unique across all records`);
        problems.throwIfAny();
      }
      if (mode === 'update' && existing?.label !== label) throw new NotFoundError(label, id);

      const before = mode === 'update' ? stripEdges((await tx.exportRecords(spec.statements.export, [id]))[0] ?? {}, spec) : null;
      const given = definedFields(input);
      const merged: Plain = { ...(before ?? {}), ...given, id };
      const record = dropNulls(spec.input?.toRecord ? spec.input.toRecord(merged, mode) : merged);
      const dataset = await validateRecord(tx, spec, record);
      if (label === 'Post' && mode === 'update' && record.singleHolder !== false) await assertOneSubstantiveHolder(tx, id);

      const rows = datasetToRows(dataset);
      const wanted: Partial<DatasetRows> = {};
      for (const kind of ROWS_OF_LABEL[label]) (wanted as Record<string, unknown>)[kind] = rows[kind];
      await fillMeaningVectors(wanted, (keys) => tx.findMeaningKeys(keys));
      await tx.writeDatasetRows(wanted);

      const after = stripEdges((await tx.exportRecords(spec.statements.export, [id]))[0] ?? record, spec);
      return recordAudit(tx, viewer, mutation, { id, input: given }, [{ id, label, before, after }]);
    });
  }
}

/**
 * A create sent again for an id that exists: when that id was made by the same create with the same
 * input and is unchanged since, the answer is the original change record (a replay: a retry after
 * a lost reply succeeds); otherwise null, and the create is refused as a duplicate id.
 */
async function sameCreate(tx: MutationTx, spec: LabelModel, mutation: string, id: string, input: object): Promise<AuditRecordView | null> {
  const created = await tx.findCreationRecord(mutation, id);
  if (!created) return null;
  const sent = canonicalJson(JSON.parse(JSON.stringify({ id, input: definedFields(input) })));
  if (canonicalJson(JSON.parse(created.arguments)) !== sent) return null;
  const createdAs = (JSON.parse(created.diff) as { id: string; after: unknown }[]).find((entity) => entity.id === id)?.after;
  const now = stripEdges((await tx.exportRecords(spec.statements.export, [id]))[0] ?? {}, spec);
  return canonicalJson(createdAs) === canonicalJson(now) ? auditRecordView(created) : null;
}

/**
 * Validates one record as the importer would (the record classes' rules, then the cross-record checks
 * against this transaction's view of the graph); throws with every problem, each at its input field.
 */
async function validateRecord(tx: MutationTx, spec: LabelModel, record: Plain): Promise<DatasetRecord> {
  const source = recordSource(spec, record);
  const { dataset, problems: fieldProblems } = validateRecords(source);
  const problems = new Problems();
  fieldProblems.forEach((problem) => problems.add(problem.path, problem.message));
  if (dataset) {
    const nodes = await tx.findNodes(idsToLookUp(dataset));
    crossCheck(dataset, source, graphFacts(nodes)).forEach((problem) => problems.add(problem.path, problem.message));
  }
  problems.throwIfAny();
  return dataset as DatasetRecord;
}

/** The record as a one-record dataset whose problems are located at the input field they came from. */
function recordSource(spec: LabelModel, record: Plain): DatasetSource {
  const locate = (path: FieldPath) => ({ path: inputField(spec, path.slice(2)), field: fieldOf(path) });
  return { file: 'input', kind: 'document', content: { format: DATASET_FORMAT, [spec.list]: [record] }, problems: [], locate };
}

/**
 * A post made single-holder (or kept so) may not already have two substantive holders at once:
 * the rule appoint enforces must also hold when the flag itself changes.
 */
async function assertOneSubstantiveHolder(tx: MutationTx, postId: string): Promise<void> {
  const problems = new Problems();
  expectOneSubstantiveHolder(problems, 'input.singleHolder', postId, (await tx.findEdges([postId], ['HOLDS'])).get(postId) ?? []);
  problems.throwIfAny();
}

/** A path inside the record → the input field: `units[0].unit` → `input.unit`; `id` → `id`; the record itself → `input`. */
function inputField(spec: LabelModel, inRecord: FieldPath): string {
  const path = formatPath(inRecord);
  if (path === 'id') return 'id';
  const mapped = spec.input?.fieldOf?.[path] ?? path;
  return mapped ? `input.${mapped}` : 'input';
}

export function graphFacts(nodes: ReadonlyMap<string, NodeFacts>): GraphFacts {
  const labels = new Map<string, NodeLabel>();
  const singleHolder = new Map<string, boolean>();
  const dutyParents = new Map<string, string>();
  for (const node of nodes.values()) {
    labels.set(node.id, node.label);
    if (node.label === 'Post') singleHolder.set(node.id, node.props.singleHolder !== false);
    for (const edge of node.partOf) dutyParents.set(edge.duty, edge.parent);
  }
  return { labels, singleHolder, dutyParents };
}

function stripEdges(record: Plain, spec: LabelModel): Plain {
  const kept: Plain = {};
  for (const [key, value] of Object.entries(record)) {
    if (spec.edgeLists.includes(key) || value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    kept[key] = value;
  }
  if (spec.label === 'Township' && (kept.pilotFrom || kept.pilotTo)) {
    kept.pilot = { from: kept.pilotFrom, to: kept.pilotTo };
  }
  delete kept.pilotFrom;
  delete kept.pilotTo;
  return kept;
}

/** The fields the caller sent: absent (undefined) keeps the stored value; null removes it. */
function definedFields(input: object): Plain {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}

function dropNulls(record: Plain): Plain {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== undefined));
}
