import { fillMeaningVectors } from './duty-meaning-vectors';
import type { Viewer } from '../auth/roles';
import { NotFoundError } from '../errors';
import type { GraphFacts } from '../dataset/cross-checks';
import { crossCheck, idsToLookUp } from '../dataset/cross-checks';
import type { NodeLabel } from '../dataset/labels';
import { withArticle } from '../dataset/labels';
import { DATASET_FORMAT, DatasetRecord, RecordListName } from '../dataset/records';
import { LABEL_OF_LIST } from '../dataset/references';
import { parseDatasetText } from '../dataset/source';
import { datasetToRows, DatasetRows } from '../dataset/to-rows';
import { validateRecords } from '../dataset/validate-records';
import type { MutationRepository, MutationTx } from '../repositories/mutation.repository';
import type { NodeFacts } from '../domain/mutation-facts';
import { AuditRecordView, auditRecordView } from '../domain/audit-record';
import { periodsOverlap } from '../domain/period';
import { Problems } from './problems';
import { recordAudit } from './audit-trail.service';
import { canonicalJson } from '../idempotency';

export type EntityMode = 'create' | 'update';
type Plain = Record<string, unknown>;

/**
 * How the input of one label maps to its dataset record. The record (docs/dataset-format.md) is the
 * single definition of what a valid node is: a created or updated entity is validated and written
 * exactly as one record of an import would be, so the API and the importer cannot disagree.
 */
interface EntitySpec {
  list: RecordListName;
  /** Nested edge lists of the record: left out of an update (edges change through their own mutations). */
  edgeLists: readonly string[];
  /** Turns input-only fields into record fields (e.g. a new post's unit into `units`). */
  toRecord?: (input: Plain, mode: EntityMode) => Plain;
  /** Record paths (after `list[0].`) that came from an input field of another name. */
  fieldOf?: Readonly<Record<string, string>>;
  /** The row kinds the record writes: its node and its single-valued references (and creation edges). */
  rows: readonly (keyof DatasetRows)[];
}

const SPECS: Readonly<Record<NodeLabel, EntitySpec>> = {
  Township: {
    list: 'townships',
    edgeLists: [],
    toRecord: ({ pilotFrom, pilotTo, ...rest }) => ({ ...rest, ...(pilotFrom || pilotTo ? { pilot: { from: pilotFrom, to: pilotTo } } : {}) }),
    fieldOf: { 'pilot.from': 'pilotFrom', 'pilot.to': 'pilotTo', pilot: 'pilotFrom' },
    rows: ['townships'],
  },
  Department: { list: 'departments', edgeLists: [], rows: ['departments'] },
  PartyOrganization: { list: 'partyOrganizations', edgeLists: [], rows: ['partyOrganizations', 'partyOrganizationTownships', 'partyOrganizationDepartments'] },
  Document: { list: 'documents', edgeLists: [], rows: ['documents', 'documentTownships'] },
  Office: { list: 'offices', edgeLists: [], rows: ['offices', 'officeTownships', 'officeMergers', 'townshipDataFrom'] },
  Post: {
    list: 'posts',
    edgeLists: ['units', 'inChargeOf'],
    toRecord: ({ unit, ...rest }, mode) => ({ ...rest, ...(mode === 'create' && unit ? { units: [{ unit, from: rest.from }] } : {}) }),
    fieldOf: { 'units[0].unit': 'unit', 'units[0].from': 'from' },
    rows: ['posts', 'postDeputies', 'postUnits', 'townshipDataFrom'],
  },
  Person: { list: 'people', edgeLists: ['holds', 'residentCadreIn', 'candidateFor'], rows: ['people'] },
  Village: {
    list: 'villages',
    edgeLists: ['under'],
    toRecord: ({ unit, from, ...rest }, mode) => ({ ...rest, ...(mode === 'create' && (unit || from) ? { under: [{ unit, from }] } : {}) }),
    fieldOf: { 'under[0].unit': 'unit', 'under[0].from': 'from' },
    rows: ['villages', 'villageUnder', 'townshipDataFrom'],
  },
  Station: {
    list: 'stations',
    edgeLists: ['runBy', 'locatedIn', 'partyRelations'],
    toRecord: ({ department, township, from, ...rest }, mode) => ({
      ...rest,
      ...(mode === 'create' && department ? { runBy: [{ department, from }] } : {}),
      ...(mode === 'create' && township ? { locatedIn: [{ township, from }] } : {}),
    }),
    fieldOf: { 'runBy[0].department': 'department', 'locatedIn[0].township': 'township', 'runBy[0].from': 'from', 'locatedIn[0].from': 'from' },
    rows: ['stations', 'stationRunBy', 'stationLocatedIn', 'townshipDataFrom'],
  },
  Duty: {
    list: 'duties',
    edgeLists: ['owners'],
    toRecord: ({ basisDocument, basisClause, ...rest }) => {
      if (basisDocument === undefined && basisClause === undefined) return rest;
      const basis = { ...((rest.basis as Plain | undefined) ?? {}), ...(basisDocument !== undefined ? { document: basisDocument } : {}), ...(basisClause !== undefined ? { clause: basisClause } : {}) };
      return { ...rest, basis: basis.document === null || basis.document === undefined ? undefined : basis };
    },
    fieldOf: { 'basis.document': 'basisDocument', 'basis.clause': 'basisClause', basis: 'basisDocument' },
    // A duty created or renamed is searchable by its new meaning the moment the transaction commits.
    rows: ['duties', 'dutyMeanings', 'dutyTownships', 'dutyParents', 'dutyBases', 'dutyMeaningLinks'],
  },
};

const EXPORT_STATEMENT: Readonly<Record<RecordListName, string>> = {
  townships: 'dataset/export-townships',
  departments: 'dataset/export-departments',
  partyOrganizations: 'dataset/export-party-organizations',
  documents: 'dataset/export-documents',
  offices: 'dataset/export-offices',
  posts: 'dataset/export-posts',
  people: 'dataset/export-people',
  villages: 'dataset/export-villages',
  stations: 'dataset/export-stations',
  duties: 'dataset/export-duties',
};

/** Creates and updates the entities of every label, one record at a time, each with its change record. */
export class EntityMutationService {
  constructor(private readonly repository: MutationRepository) {}

  save(label: NodeLabel, mode: EntityMode, id: string, input: object, viewer: Viewer, mutation: string): Promise<AuditRecordView> {
    const spec = SPECS[label];
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

      const before = mode === 'update' ? stripEdges((await tx.exportRecords(EXPORT_STATEMENT[spec.list], [id]))[0] ?? {}, spec) : null;
      const given = definedFields(input);
      const merged: Plain = { ...(before ?? {}), ...given, id };
      const record = dropNulls(spec.toRecord ? spec.toRecord(merged, mode) : merged);
      const dataset = await validateRecord(tx, spec, record);
      if (label === 'Post' && mode === 'update' && record.singleHolder !== false) await assertOneSubstantiveHolder(tx, id);

      const rows = datasetToRows(dataset);
      const wanted: Partial<DatasetRows> = {};
      for (const kind of spec.rows) (wanted as Record<string, unknown>)[kind] = rows[kind];
      await fillMeaningVectors(wanted, (keys) => tx.findMeaningKeys(keys));
      await tx.writeDatasetRows(wanted);

      const after = stripEdges((await tx.exportRecords(EXPORT_STATEMENT[spec.list], [id]))[0] ?? record, spec);
      return recordAudit(tx, viewer, mutation, { id, input: given }, [{ id, label, before, after }]);
    });
  }
}

/**
 * A create sent again for an id that exists: when that id was made by the same create with the same
 * input and is unchanged since, the answer is the original change record (a replay: a retry after
 * a lost reply succeeds); otherwise null, and the create is refused as a duplicate id.
 */
async function sameCreate(tx: MutationTx, spec: EntitySpec, mutation: string, id: string, input: object): Promise<AuditRecordView | null> {
  const created = await tx.findCreationRecord(mutation, id);
  if (!created) return null;
  const sent = canonicalJson(JSON.parse(JSON.stringify({ id, input: definedFields(input) })));
  if (canonicalJson(JSON.parse(created.arguments)) !== sent) return null;
  const createdAs = (JSON.parse(created.diff) as { id: string; after: unknown }[]).find((entity) => entity.id === id)?.after;
  const now = stripEdges((await tx.exportRecords(EXPORT_STATEMENT[spec.list], [id]))[0] ?? {}, spec);
  return canonicalJson(createdAs) === canonicalJson(now) ? auditRecordView(created) : null;
}

/** Validates one record as the importer would, against this transaction's view of the graph; throws with every problem. */
async function validateRecord(tx: MutationTx, spec: EntitySpec, record: Plain): Promise<DatasetRecord> {
  const source = parseDatasetText(JSON.stringify({ format: DATASET_FORMAT, [spec.list]: [record] }), 'input', 'json');
  const { dataset, problems: fieldProblems } = validateRecords(source);
  const problems = new Problems();
  const report = (path: string, message: string) => problems.add(inputField(spec, path), message);
  fieldProblems.forEach((problem) => report(problem.path, problem.message));
  if (dataset) {
    const nodes = await tx.findNodes(idsToLookUp(dataset));
    crossCheck(dataset, source, graphFacts(nodes)).forEach((problem) => report(problem.path, problem.message));
  }
  problems.throwIfAny();
  return dataset as DatasetRecord;
}

/**
 * A post made single-holder (or kept so) may not already have two substantive holders at once:
 * the rule appoint enforces must also hold when the flag itself changes.
 */
async function assertOneSubstantiveHolder(tx: MutationTx, postId: string): Promise<void> {
  const substantive = ((await tx.findEdges([postId], ['HOLDS'])).get(postId) ?? []).filter((edge) => !edge.outgoing && !edge.acting);
  const problems = new Problems();
  substantive.forEach((first, index) => {
    const clash = substantive.slice(index + 1).find((second) => second.other !== first.other && periodsOverlap(first, second));
    if (clash) {
      problems.add(
        'input.singleHolder',
        `'${postId}' cannot have a single holder: '${first.other}' (${first.from} to ${first.to ?? 'open'}) and '${clash.other}' (${clash.from} to ${clash.to ?? 'open'}) hold it substantively at the same time`,
      );
    }
  });
  problems.throwIfAny();
}

/** `posts[0].units[0].unit` → `input.unit`; `offices[0].id` → `id`. */
function inputField(spec: EntitySpec, path: string): string {
  const inRecord = path.replace(new RegExp(`^${spec.list}\\[0\\]\\.?`), '');
  if (inRecord === 'id') return 'id';
  const mapped = spec.fieldOf?.[inRecord] ?? inRecord;
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

function stripEdges(record: Plain, spec: EntitySpec): Plain {
  const kept: Plain = {};
  for (const [key, value] of Object.entries(record)) {
    if (spec.edgeLists.includes(key) || value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    kept[key] = value;
  }
  if (LABEL_OF_LIST[spec.list] === 'Township' && (kept.pilotFrom || kept.pilotTo)) {
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
