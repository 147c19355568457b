import { DATASET_FORMAT, RECORD_FIELDS, RECORD_LISTS, RecordListName } from './records';

/** The graph's records as the export statements return them: plain objects, dates as 'YYYY-MM-DD'. */
export type GraphRecords = Record<RecordListName, Record<string, unknown>[]>;

type PlainRecord = Record<string, unknown>;

const EDGE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  pilot: ['from', 'to'],
  units: ['unit', 'from', 'to'],
  inChargeOf: ['office', 'from', 'to'],
  holds: ['post', 'from', 'to', 'acting', 'townConsulted'],
  residentCadreIn: ['village', 'from', 'to'],
  candidateFor: ['document', 'on'],
  under: ['unit', 'from', 'to'],
  runBy: ['department', 'from', 'to'],
  locatedIn: ['township', 'from', 'to'],
  partyRelations: ['organization', 'from', 'to', 'basis', 'exemption'],
  basis: ['document', 'clause'],
  legalBases: ['title', 'article'],
  integrityRisks: ['risk', 'control'],
  owners: ['owner', 'role', 'from', 'to'],
};

/** Values the format lets a file leave out; an export leaves them out too. */
const DEFAULTS: Readonly<Record<string, unknown>> = { singleHolder: true, acting: false };

/** `meta` of an export (the fields of DatasetMeta, so an export imports again as it is). */
export interface ExportMeta {
  title: string;
  note?: string;
}

/**
 * Maps the graph back to a `dutygraph/1` document: properties stored for the graph only
 * (`keywordText`, `listText`, `dataFrom`) are dropped, `pilotFrom`/`pilotTo` become `pilot`, and nulls,
 * empty lists and default values are left out.
 */
export function graphToDataset(records: GraphRecords, meta: ExportMeta): PlainRecord {
  const document: PlainRecord = { format: DATASET_FORMAT, meta: compact({ ...meta }) };
  for (const list of RECORD_LISTS) {
    const mapped = (records[list] ?? []).map((record) => pickFields(list === 'townships' ? withPilot(record) : record, RECORD_FIELDS[list]));
    if (mapped.length > 0) document[list] = mapped;
  }
  return document;
}

function withPilot(township: PlainRecord): PlainRecord {
  const { pilotFrom, pilotTo, ...rest } = township;
  return pilotFrom || pilotTo ? { ...rest, pilot: { from: pilotFrom, to: pilotTo } } : rest;
}

function pickFields(record: PlainRecord, fields: readonly string[]): PlainRecord {
  const picked: PlainRecord = {};
  for (const field of fields) {
    const value = exportValue(field, record[field]);
    if (value !== undefined) picked[field] = value;
  }
  return picked;
}

function exportValue(field: string, value: unknown): unknown {
  if (value === null || value === undefined || value === DEFAULTS[field]) return undefined;
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    const edgeFields = EDGE_FIELDS[field];
    return edgeFields ? value.map((edge) => pickFields(edge as PlainRecord, edgeFields)) : value;
  }
  const edgeFields = EDGE_FIELDS[field];
  if (edgeFields && typeof value === 'object') return pickFields(value as PlainRecord, edgeFields);
  return value;
}

function compact(record: PlainRecord): PlainRecord {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== null));
}

/**
 * A dataset in a form two files can be compared in: lists sorted by id (edges by their content),
 * defaults applied the same way, empty lists and nulls removed, `meta` dropped (it is not stored).
 */
export function canonicalDataset(dataset: PlainRecord): PlainRecord {
  const canonical: PlainRecord = { format: dataset.format };
  for (const list of RECORD_LISTS) {
    const records = ((dataset[list] as PlainRecord[] | undefined) ?? []).map((record) => pickFields(record, RECORD_FIELDS[list]));
    const sorted = records.map(sortEdgeLists).sort((a, b) => String(a.id).localeCompare(String(b.id)));
    if (sorted.length > 0) canonical[list] = sorted;
  }
  return canonical;
}

function sortEdgeLists(record: PlainRecord): PlainRecord {
  const sorted: PlainRecord = {};
  for (const [field, value] of Object.entries(record)) {
    sorted[field] = Array.isArray(value) ? [...value].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) : value;
  }
  return sorted;
}
