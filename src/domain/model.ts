/**
 * The model: every node label of Dutygraph once, with what the rest of the code derives from it —
 * the dataset format's record list and id references (dataset/labels.ts, dataset/references.ts),
 * the rows a record is written as and their statements (`writes`: dataset/to-rows.ts, WRITE_STATEMENTS),
 * the statements of its repositories (entity.repository.ts, dataset.repository.ts), how a mutation's
 * input becomes a dataset record (entity-mutation.service.ts, entity-mutation.resolver.ts), and the
 * parts of its lookup statement a selection may leave out (graphql/entities/entity.selection.ts).
 * Pure data and pure functions: no I/O, no GraphQL, no driver. Order = the format's order, which is
 * also the order nodes are written and exported in. Adding a label: docs/architecture.md.
 */

type Plain = Record<string, unknown>;
export type EntityMode = 'create' | 'update';

/**
 * An id a record points at: where it sits in the record ('*' = every item of a list) and the labels
 * it may have. `['units', '*', 'unit']` is the `unit` of every entry of `units`.
 */
export interface ReferenceModel {
  path: readonly string[];
  labels: readonly string[];
}

/** How the flat GraphQL input of a createX/updateX maps to the label's dataset record, and back for problems. */
export interface InputModel {
  /** Turns input-only fields into record fields (e.g. a new post's unit into `units`). */
  toRecord?: (input: Plain, mode: EntityMode) => Plain;
  /** Record paths that came from an input field of another name: `units[0].unit` → `unit`. */
  fieldOf?: Readonly<Record<string, string>>;
}

/**
 * When a row kind is written: every node before any single-valued reference or edge (they MATCH both
 * ends), and `last` (a township's `dataFrom`, read from all the rest) at the end.
 */
export const WRITE_PHASES = ['node', 'reference', 'edge', 'last'] as const;
export type WritePhase = (typeof WRITE_PHASES)[number];

/**
 * One row kind a label's records write, and the statement that UNWINDs its rows.
 * - `node`: one row per record, `id` and `columns` (default: the label's `fields`), MERGEd on the id;
 * - `reference`: one row per record, `id` and `columns`, the single-valued reference replaced (a null removes it);
 * - `edge`: one row per item of the record's edge list `each`, the record's id in a column named
 *   after the label's kind (`post`), then `columns`; merged on its natural key, never deleted by an import;
 * - `computed`: built by dataset/computed-rows.ts (rows that need the search words, or the whole file).
 * A column is the record's (or the edge item's) field of its name, or at the dotted path `source`
 * names; an absent value is null (so a re-import without it removes the property) unless `absent` says.
 * The statement is `dataset/merge-<kind>` (node, edge) or `dataset/replace-<kind>` (reference) unless named.
 */
export interface WriteModel {
  kind: string;
  phase: WritePhase;
  statement?: string;
  each?: string;
  columns?: readonly string[];
  source?: Readonly<Record<string, string>>;
  absent?: Readonly<Record<string, unknown>>;
  /** Columns of this row that are a day the file's data covers, besides `from` and `on` of node and edge rows (see `startColumns`). */
  starts?: readonly string[];
  computed?: true;
}

export interface LabelModel {
  /** The node label. */
  label: string;
  /** The lookup root field (`office(id)`); the list is its plural root field. */
  kind: string;
  /** The record list of the dataset format (`offices:`). */
  list: string;
  /** "an office", "a grassroots station": how messages and descriptions name one. */
  noun: string;
  /** The sample data's id convention (`office:party-government`); ids are unique across all labels. */
  idPrefix: string;
  /** The node's own properties, as its record and its lookup have them (besides `id`). */
  fields: readonly string[];
  /** Single-valued and list references to other nodes, in record order (validation and id rewriting). */
  references: readonly ReferenceModel[];
  /** Nested edge lists of the record: changed through their own mutations, so left out of an update. */
  edgeLists: readonly string[];
  statements: {
    /** `x(id)` and `xs(...)`: one statement, one round trip per root field. */
    find: string;
    /** The record list of an export (and the before/after of a mutation). */
    export: string;
  };
  /**
   * How its records are written (dataset/to-rows.ts builds the rows, the import and the mutations run
   * the statements): one row kind per statement, in the order of `WRITE_STATEMENTS`.
   */
  writes: readonly WriteModel[];
  /** The row kinds (of `writes`, or another label's) a created or updated record writes: its node, its single-valued references, creation edges. */
  rows: readonly string[];
  /**
   * The parts of its find statement computed only when asked (`$include`). A selected field reads the
   * part of its own name, and those `partsReadBy` names.
   */
  parts: readonly string[];
  partsReadBy?: Readonly<Record<string, readonly string[]>>;
  /** How the mutation input maps to the record (absent: field for field). */
  input?: InputModel;
}

export const POST_UNIT_LABELS = ['Office', 'Village', 'Station', 'Township'] as const;
export const VILLAGE_UNDER_LABELS = ['Township', 'Office'] as const;
export const DUTY_OWNER_LABELS = ['Office', 'Post'] as const;

export const MODEL = [
  {
    label: 'Township',
    kind: 'township',
    list: 'townships',
    noun: 'a township',
    idPrefix: 'town:',
    fields: ['name', 'nameEn', 'areaKm2', 'population', 'distanceToCityKm', 'staff', 'pilotFrom', 'pilotTo', 'dataFrom'],
    references: [],
    edgeLists: [],
    statements: { find: 'entities/find-townships', export: 'dataset/export-townships' },
    writes: [
      {
        kind: 'townships',
        phase: 'node',
        columns: ['name', 'nameEn', 'areaKm2', 'population', 'distanceToCityKm', 'staff', 'pilotFrom', 'pilotTo'],
        source: { pilotFrom: 'pilot.from', pilotTo: 'pilot.to' },
        starts: ['pilotFrom'],
      },
      // The earliest day of each township a file describes or names, from every other row (kept when earlier).
      { kind: 'townshipDataFrom', phase: 'last', computed: true, statement: 'dataset/extend-township-data-from' },
    ],
    rows: ['townships'],
    parts: ['offices', 'villages', 'stations', 'posts', 'partyOrganizations'],
    input: {
      toRecord: ({ pilotFrom, pilotTo, ...rest }) => ({ ...rest, ...(pilotFrom || pilotTo ? { pilot: { from: pilotFrom, to: pilotTo } } : {}) }),
      fieldOf: { 'pilot.from': 'pilotFrom', 'pilot.to': 'pilotTo', pilot: 'pilotFrom' },
    },
  },
  {
    label: 'Department',
    kind: 'department',
    list: 'departments',
    noun: 'a city functional department',
    idPrefix: 'dept:',
    fields: ['name', 'nameEn'],
    references: [],
    edgeLists: [],
    statements: { find: 'entities/find-departments', export: 'dataset/export-departments' },
    writes: [{ kind: 'departments', phase: 'node' }],
    rows: ['departments'],
    parts: ['stations', 'partyOrganizations'],
  },
  {
    label: 'PartyOrganization',
    kind: 'partyOrganization',
    list: 'partyOrganizations',
    noun: 'a party organisation',
    idPrefix: 'party:',
    fields: ['name', 'nameEn', 'kind'],
    references: [
      { path: ['township'], labels: ['Township'] },
      { path: ['department'], labels: ['Department'] },
    ],
    edgeLists: [],
    statements: { find: 'entities/find-party-organizations', export: 'dataset/export-party-organizations' },
    writes: [
      { kind: 'partyOrganizations', phase: 'node' },
      { kind: 'partyOrganizationTownships', phase: 'reference', columns: ['township'] },
      { kind: 'partyOrganizationDepartments', phase: 'reference', columns: ['department'] },
    ],
    rows: ['partyOrganizations', 'partyOrganizationTownships', 'partyOrganizationDepartments'],
    parts: ['township', 'department', 'stations'],
  },
  {
    label: 'Document',
    kind: 'document',
    list: 'documents',
    noun: 'a document',
    idPrefix: 'doc:',
    fields: ['title', 'titleEn', 'issuedOn', 'issuer'],
    references: [{ path: ['township'], labels: ['Township'] }],
    edgeLists: [],
    statements: { find: 'entities/find-documents', export: 'dataset/export-documents' },
    writes: [
      { kind: 'documents', phase: 'node' },
      { kind: 'documentTownships', phase: 'reference', columns: ['township'] },
    ],
    rows: ['documents', 'documentTownships'],
    parts: ['township', 'duties', 'candidates'],
  },
  {
    label: 'Office',
    kind: 'office',
    list: 'offices',
    noun: 'an office',
    idPrefix: 'office:',
    fields: ['name', 'nameEn', 'kind', 'from', 'to'],
    references: [
      { path: ['township'], labels: ['Township'] },
      { path: ['mergedInto', '*'], labels: ['Office'] },
    ],
    edgeLists: [],
    statements: { find: 'entities/find-offices', export: 'dataset/export-offices' },
    writes: [
      { kind: 'offices', phase: 'node', columns: ['name', 'nameEn', 'aliases', 'kind', 'from', 'to'], absent: { aliases: [] } },
      // The township edge carries the office's own period.
      { kind: 'officeTownships', phase: 'reference', columns: ['township', 'from', 'to'] },
      { kind: 'officeMergers', phase: 'reference', columns: ['mergedInto', 'on'], source: { on: 'to' }, absent: { mergedInto: [] } },
    ],
    rows: ['offices', 'officeTownships', 'officeMergers', 'townshipDataFrom'],
    parts: ['township', 'posts', 'people', 'duties', 'leadersInCharge', 'villages', 'mergedInto', 'mergedFrom'],
  },
  {
    label: 'Post',
    kind: 'post',
    list: 'posts',
    noun: 'a post',
    idPrefix: 'post:',
    fields: ['name', 'nameEn', 'level', 'rank', 'from', 'to', 'singleHolder'],
    references: [
      { path: ['deputyOf'], labels: ['Post'] },
      { path: ['units', '*', 'unit'], labels: POST_UNIT_LABELS },
      { path: ['inChargeOf', '*', 'office'], labels: ['Office'] },
    ],
    edgeLists: ['units', 'inChargeOf'],
    statements: { find: 'entities/find-posts', export: 'dataset/export-posts' },
    writes: [
      { kind: 'posts', phase: 'node', columns: ['name', 'nameEn', 'aliases', 'level', 'rank', 'singleHolder', 'from', 'to'], absent: { aliases: [], singleHolder: true } },
      { kind: 'postDeputies', phase: 'reference', columns: ['deputyOf'] },
      { kind: 'postUnits', phase: 'edge', each: 'units', columns: ['unit', 'from', 'to'] },
      { kind: 'postInChargeOf', phase: 'edge', each: 'inChargeOf', columns: ['office', 'from', 'to'] },
    ],
    rows: ['posts', 'postDeputies', 'postUnits', 'townshipDataFrom'],
    // `holders` is every HOLDS edge (the history); the holders on the day, the acting ones and `vacant` are read from it.
    parts: ['holders', 'unit', 'units', 'township', 'deputyOf', 'deputies', 'inChargeOf', 'duties'],
    partsReadBy: { actingHolders: ['holders'], holderHistory: ['holders'], vacant: ['holders'] },
    input: {
      toRecord: ({ unit, ...rest }, mode) => ({ ...rest, ...(mode === 'create' && unit ? { units: [{ unit, from: rest.from }] } : {}) }),
      fieldOf: { 'units[0].unit': 'unit', 'units[0].from': 'from' },
    },
  },
  {
    label: 'Person',
    kind: 'person',
    list: 'people',
    noun: 'a person',
    idPrefix: 'person:',
    fields: ['name', 'nameEn', 'gender', 'birthDate', 'partyMember'],
    references: [
      { path: ['holds', '*', 'post'], labels: ['Post'] },
      { path: ['residentCadreIn', '*', 'village'], labels: ['Village'] },
      { path: ['candidateFor', '*', 'document'], labels: ['Document'] },
    ],
    edgeLists: ['holds', 'residentCadreIn', 'candidateFor'],
    statements: { find: 'entities/find-people', export: 'dataset/export-people' },
    writes: [
      { kind: 'people', phase: 'node' },
      { kind: 'holds', phase: 'edge', each: 'holds', columns: ['post', 'acting', 'townConsulted', 'from', 'to'], absent: { acting: false } },
      { kind: 'residentCadres', phase: 'edge', each: 'residentCadreIn', columns: ['village', 'from', 'to'] },
      { kind: 'candidacies', phase: 'edge', each: 'candidateFor', columns: ['document', 'on'] },
    ],
    rows: ['people'],
    // `postDuties` and `officeDuties` are the two routes of `duties` (graphql/entities/person.selection.ts).
    parts: ['posts', 'leadersInCharge', 'appointments', 'postDuties', 'officeDuties', 'officesInCharge', 'residentCadreIn'],
    partsReadBy: {
      crossPosted: ['posts'],
      'posts.leadersInCharge': ['leadersInCharge'],
      workload: ['posts', 'postDuties', 'officeDuties', 'officesInCharge', 'residentCadreIn'],
    },
  },
  {
    label: 'Village',
    kind: 'village',
    list: 'villages',
    noun: 'a village',
    idPrefix: 'village:',
    fields: ['name', 'nameEn', 'kind', 'complex'],
    references: [{ path: ['under', '*', 'unit'], labels: VILLAGE_UNDER_LABELS }],
    edgeLists: ['under'],
    statements: { find: 'entities/find-villages', export: 'dataset/export-villages' },
    writes: [
      { kind: 'villages', phase: 'node' },
      { kind: 'villageUnder', phase: 'edge', each: 'under', columns: ['unit', 'from', 'to'] },
    ],
    rows: ['villages', 'villageUnder', 'townshipDataFrom'],
    parts: ['underHistory', 'residentCadre', 'posts'],
    partsReadBy: { under: ['underHistory'], township: ['underHistory'] },
    input: {
      toRecord: ({ unit, from, ...rest }, mode) => ({ ...rest, ...(mode === 'create' && (unit || from) ? { under: [{ unit, from }] } : {}) }),
      fieldOf: { 'under[0].unit': 'unit', 'under[0].from': 'from' },
    },
  },
  {
    label: 'Station',
    kind: 'station',
    list: 'stations',
    noun: 'a grassroots station',
    idPrefix: 'station:',
    fields: ['name', 'nameEn'],
    references: [
      { path: ['runBy', '*', 'department'], labels: ['Department'] },
      { path: ['locatedIn', '*', 'township'], labels: ['Township'] },
      { path: ['partyRelations', '*', 'organization'], labels: ['PartyOrganization'] },
    ],
    edgeLists: ['runBy', 'locatedIn', 'partyRelations'],
    statements: { find: 'entities/find-stations', export: 'dataset/export-stations' },
    writes: [
      { kind: 'stations', phase: 'node' },
      { kind: 'stationRunBy', phase: 'edge', each: 'runBy', columns: ['department', 'from', 'to'] },
      { kind: 'stationLocatedIn', phase: 'edge', each: 'locatedIn', columns: ['township', 'from', 'to'] },
      { kind: 'partyRelations', phase: 'edge', each: 'partyRelations', columns: ['organization', 'basis', 'exemption', 'from', 'to'] },
    ],
    rows: ['stations', 'stationRunBy', 'stationLocatedIn', 'townshipDataFrom'],
    // A party relation says whether it is inside the town committee of the station's township.
    parts: ['township', 'department', 'partyRelations', 'posts', 'heads'],
    partsReadBy: { partyRelation: ['partyRelations', 'township'], partyRelations: ['township'] },
    input: {
      toRecord: ({ department, township, from, ...rest }, mode) => ({
        ...rest,
        ...(mode === 'create' && department ? { runBy: [{ department, from }] } : {}),
        ...(mode === 'create' && township ? { locatedIn: [{ township, from }] } : {}),
      }),
      fieldOf: { 'runBy[0].department': 'department', 'locatedIn[0].township': 'township', 'runBy[0].from': 'from', 'locatedIn[0].from': 'from' },
    },
  },
  {
    label: 'Duty',
    kind: 'duty',
    list: 'duties',
    noun: 'a duty',
    idPrefix: 'duty:',
    fields: ['title', 'titleEn', 'description', 'descriptionEn', 'category', 'keywords', 'itemType', 'legalBases', 'accountability', 'integrityRisks'],
    references: [
      { path: ['township'], labels: ['Township'] },
      { path: ['parent'], labels: ['Duty'] },
      { path: ['basis', 'document'], labels: ['Document'] },
      { path: ['owners', '*', 'owner'], labels: DUTY_OWNER_LABELS },
    ],
    edgeLists: ['owners'],
    statements: { find: 'entities/find-duties', export: 'dataset/export-duties' },
    writes: [
      // Its search columns (list text, township key) and its meanings come from the search words.
      { kind: 'duties', phase: 'node', computed: true },
      { kind: 'dutyMeanings', phase: 'node', computed: true, statement: 'search/merge-duty-meanings' },
      // Its township, parent and basis in one statement, which finds each duty once for the three.
      { kind: 'dutyReferences', phase: 'reference', columns: ['township', 'parent', 'document', 'clause'], source: { document: 'basis.document', clause: 'basis.clause' } },
      { kind: 'dutyMeaningLinks', phase: 'reference', computed: true, statement: 'search/link-duty-meanings' },
      { kind: 'responsibilities', phase: 'edge', each: 'owners', columns: ['owner', 'role', 'from', 'to'] },
    ],
    // A duty created or renamed is searchable by its new meaning the moment the transaction commits.
    rows: ['duties', 'dutyMeanings', 'dutyReferences', 'dutyMeaningLinks'],
    parts: ['township', 'parent', 'children', 'basis', 'owners'],
    input: {
      toRecord: ({ basisDocument, basisClause, ...rest }) => {
        if (basisDocument === undefined && basisClause === undefined) return rest;
        const basis = { ...((rest.basis as Plain | undefined) ?? {}), ...(basisDocument !== undefined ? { document: basisDocument } : {}), ...(basisClause !== undefined ? { clause: basisClause } : {}) };
        return { ...rest, basis: basis.document === null || basis.document === undefined ? undefined : basis };
      },
      fieldOf: { 'basis.document': 'basisDocument', 'basis.clause': 'basisClause', basis: 'basisDocument' },
    },
  },
] as const satisfies readonly LabelModel[];

export type ModelEntry = (typeof MODEL)[number];
export type NodeLabel = ModelEntry['label'];
export type EntityKind = ModelEntry['kind'];
export type RecordList = ModelEntry['list'];
export type ModelOf<L extends NodeLabel> = Extract<ModelEntry, { label: L }>;

export const NODE_LABELS: readonly NodeLabel[] = MODEL.map((entry) => entry.label);

/** A table keyed by one column of the model, in model order. */
export function byLabel<V>(value: (entry: LabelModel & ModelEntry) => V): Record<NodeLabel, V> {
  return Object.fromEntries(MODEL.map((entry) => [entry.label, value(entry)])) as Record<NodeLabel, V>;
}

export const MODEL_OF_LABEL: Readonly<Record<NodeLabel, LabelModel>> = byLabel((entry) => entry);
export const MODEL_OF_KIND: Readonly<Record<EntityKind, LabelModel & ModelEntry>> = Object.fromEntries(MODEL.map((entry) => [entry.kind, entry])) as Record<
  EntityKind,
  LabelModel & ModelEntry
>;
export const MODEL_OF_LIST: Readonly<Record<RecordList, LabelModel & ModelEntry>> = Object.fromEntries(MODEL.map((entry) => [entry.list, entry])) as Record<
  RecordList,
  LabelModel & ModelEntry
>;

export type WriteEntry = ModelEntry['writes'][number];
/** Every row kind a dataset is written as (dataset/to-rows.ts `DatasetRows`). */
export type RowKind = WriteEntry['kind'];
/** The row kinds dataset/computed-rows.ts builds. */
export type ComputedRowKind = Extract<WriteEntry, { computed: true }>['kind'];

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * The stem of a label's own files, its kind in kebab case (`partyOrganization` → `party-organization`):
 * `graphql/entities/<stem>.type.ts` and `.resolver.ts`, `dataset/records/<stem>.record.ts`. The folders
 * load each label's files by it, so no shared list names them.
 */
export function fileStemOf(entry: Pick<LabelModel, 'kind'>): string {
  return kebab(entry.kind);
}

/** The statement that UNWINDs a write's rows: named, or by its phase and kind (`postUnits` → `dataset/merge-post-units`). */
export function writeStatementOf(write: WriteModel): string {
  return write.statement ?? `dataset/${write.phase === 'reference' ? 'replace' : 'merge'}-${kebab(write.kind)}`;
}

/** Every write of every label, in the order they run: by phase, then the model's order. */
export type ResolvedWrite = WriteModel & { kind: RowKind; label: NodeLabel; kindOfLabel: EntityKind; statement: string; columns: readonly string[] };

/** Every write of every label, in the order they run (by phase, then the model's order), its statement and columns resolved. */
export const WRITES: readonly ResolvedWrite[] = WRITE_PHASES.flatMap((phase) =>
  MODEL.flatMap((entry) =>
    (entry.writes as readonly (WriteModel & { kind: RowKind })[])
      .filter((write) => write.phase === phase)
      .map((write) => ({
        ...write,
        label: entry.label,
        kindOfLabel: entry.kind,
        statement: writeStatementOf(write),
        columns: write.columns ?? (write.phase === 'node' && !write.computed ? entry.fields : []),
      })),
  ),
);

/** The order rows are written in, each kind with its statement: every node before any edge (edges MATCH both ends), and `dataFrom` last. */
export const WRITE_STATEMENTS: readonly (readonly [RowKind, string])[] = WRITES.map((write) => [write.kind, write.statement] as const);

/** The columns of a write that are a day the file's data covers: `from` and `on` of nodes and edges, and what `starts` names. */
export function startColumns(write: WriteModel): readonly string[] {
  const dated = write.phase === 'node' || write.phase === 'edge' ? (write.columns ?? []).filter((column) => column === 'from' || column === 'on') : [];
  return [...dated, ...(write.starts ?? [])];
}

/** No part of any kind's statement: each label's own properties only (the parts a node lookup then adds to). */
export function noParts(): Record<EntityKind, string[]> {
  return Object.fromEntries(MODEL.map((entry) => [entry.kind, [] as string[]])) as Record<EntityKind, string[]>;
}
