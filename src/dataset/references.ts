import type { NodeLabel } from './labels';
import type { FieldPath } from './path';
import type { DatasetRecord, RecordListName } from './records';

/** The label each record list writes. */
export const LABEL_OF_LIST: Readonly<Record<RecordListName, NodeLabel>> = {
  townships: 'Township',
  departments: 'Department',
  partyOrganizations: 'PartyOrganization',
  documents: 'Document',
  offices: 'Office',
  posts: 'Post',
  people: 'Person',
  villages: 'Village',
  stations: 'Station',
  duties: 'Duty',
};

/** A record's own id: the node it defines. */
export interface IdDefinition {
  id: string;
  label: NodeLabel;
  path: FieldPath;
}

/** An id a record or edge points at, with the labels it may have. */
export interface IdReference {
  id: string;
  labels: readonly NodeLabel[];
  path: FieldPath;
}

/** Every target label of a polymorphic edge, as the format allows it. */
export const POST_UNIT_LABELS: readonly NodeLabel[] = ['Office', 'Village', 'Station', 'Township'];
export const VILLAGE_UNDER_LABELS: readonly NodeLabel[] = ['Township', 'Office'];
export const DUTY_OWNER_LABELS: readonly NodeLabel[] = ['Office', 'Post'];

/**
 * The entries of a list that are records at all, with their index in the file. Cross-record checks
 * run on a file that may also have field errors (so one report lists everything); entries that are
 * not mappings, and ids that are not text, were already reported and are skipped here.
 */
export function entriesOf<T>(list: readonly T[] | undefined): [T, number][] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, index) => (typeof item === 'object' && item !== null && !Array.isArray(item) ? [[item, index] as [T, number]] : []));
}

export function definitionsOf(dataset: DatasetRecord): IdDefinition[] {
  return (Object.keys(LABEL_OF_LIST) as RecordListName[]).flatMap((list) =>
    entriesOf<{ id: unknown }>(dataset[list]).flatMap(([record, index]) =>
      typeof record.id === 'string' ? [{ id: record.id, label: LABEL_OF_LIST[list], path: [list, index, 'id'] }] : [],
    ),
  );
}

/**
 * Every id reference of the format, in file order. One list of them serves validation
 * (each must exist with an allowed label) and the benchmark generator (each is re-prefixed).
 */
export function referencesOf(dataset: DatasetRecord): IdReference[] {
  const references: IdReference[] = [];
  const add = (id: unknown, labels: readonly NodeLabel[], path: FieldPath) => {
    if (typeof id === 'string') references.push({ id, labels, path });
  };
  entriesOf(dataset.partyOrganizations).forEach(([organization, index]) => {
    add(organization.township, ['Township'], ['partyOrganizations', index, 'township']);
    add(organization.department, ['Department'], ['partyOrganizations', index, 'department']);
  });
  entriesOf(dataset.documents).forEach(([document, index]) => add(document.township, ['Township'], ['documents', index, 'township']));
  entriesOf(dataset.offices).forEach(([office, index]) => {
    add(office.township, ['Township'], ['offices', index, 'township']);
    (Array.isArray(office.mergedInto) ? office.mergedInto : []).forEach((target, k) => add(target, ['Office'], ['offices', index, 'mergedInto', k]));
  });
  entriesOf(dataset.posts).forEach(([post, index]) => {
    add(post.deputyOf, ['Post'], ['posts', index, 'deputyOf']);
    entriesOf(post.units).forEach(([edge, k]) => add(edge.unit, POST_UNIT_LABELS, ['posts', index, 'units', k, 'unit']));
    entriesOf(post.inChargeOf).forEach(([edge, k]) => add(edge.office, ['Office'], ['posts', index, 'inChargeOf', k, 'office']));
  });
  entriesOf(dataset.people).forEach(([person, index]) => {
    entriesOf(person.holds).forEach(([edge, k]) => add(edge.post, ['Post'], ['people', index, 'holds', k, 'post']));
    entriesOf(person.residentCadreIn).forEach(([edge, k]) => add(edge.village, ['Village'], ['people', index, 'residentCadreIn', k, 'village']));
    entriesOf(person.candidateFor).forEach(([edge, k]) => add(edge.document, ['Document'], ['people', index, 'candidateFor', k, 'document']));
  });
  entriesOf(dataset.villages).forEach(([village, index]) => {
    entriesOf(village.under).forEach(([edge, k]) => add(edge.unit, VILLAGE_UNDER_LABELS, ['villages', index, 'under', k, 'unit']));
  });
  entriesOf(dataset.stations).forEach(([station, index]) => {
    entriesOf(station.runBy).forEach(([edge, k]) => add(edge.department, ['Department'], ['stations', index, 'runBy', k, 'department']));
    entriesOf(station.locatedIn).forEach(([edge, k]) => add(edge.township, ['Township'], ['stations', index, 'locatedIn', k, 'township']));
    entriesOf(station.partyRelations).forEach(([edge, k]) =>
      add(edge.organization, ['PartyOrganization'], ['stations', index, 'partyRelations', k, 'organization']),
    );
  });
  entriesOf(dataset.duties).forEach(([duty, index]) => {
    add(duty.township, ['Township'], ['duties', index, 'township']);
    add(duty.parent, ['Duty'], ['duties', index, 'parent']);
    add(duty.basis?.document, ['Document'], ['duties', index, 'basis', 'document']);
    entriesOf(duty.owners).forEach(([edge, k]) => add(edge.owner, DUTY_OWNER_LABELS, ['duties', index, 'owners', k, 'owner']));
  });
  return references;
}
