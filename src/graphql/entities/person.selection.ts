import type { GraphQLResolveInfo } from 'graphql';
import type { PersonPart } from '../../repositories/entity.repository';
import { selectedItemFields } from '../common/selection';

/** Which parts of a person each selected Person field reads (workload counts all four lists). */
const PARTS_READ_BY_FIELD: Readonly<Record<string, readonly PersonPart[]>> = {
  posts: ['posts'],
  crossPosted: ['posts'],
  'posts.leadersInCharge': ['leadersInCharge'],
  appointments: ['appointments'],
  duties: ['duties'],
  officesInCharge: ['officesInCharge'],
  residentCadreIn: ['residentCadreIn'],
  workload: ['posts', 'duties', 'officesInCharge', 'residentCadreIn'],
};

/** The parts of a person that a selection reads, from the selected field paths of the person. */
export function personPartsFor(fields: Iterable<string>): PersonPart[] {
  const parts = new Set<PersonPart>();
  for (const field of fields) for (const part of PARTS_READ_BY_FIELD[field] ?? []) parts.add(part);
  return [...parts].sort();
}

/** The parts of each person that this request's `person` or `people` selection reads. */
export function personPartsSelected(info: GraphQLResolveInfo, shape: 'item' | 'connection'): PersonPart[] {
  return personPartsFor(selectedItemFields(info, shape));
}
