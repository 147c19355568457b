import type { ClassType } from 'type-graphql';
import type { EntityKind } from '../../domain/model';
import { Township } from './township.type';
import { Department } from './department.type';
import { PartyOrganization } from './party-organization.type';
import { Document } from './document.type';
import { Office } from './office.type';
import { Post } from './post.type';
import { Person } from './person.type';
import { Village } from './village.type';
import { Station } from './station.type';
import { Duty } from './duty.type';
import { registerEntityTypes } from './entity-type-registry';

/** The GraphQL type of each entity kind (each implements Node; its name is the model's label). */
export const ENTITY_TYPES: Readonly<Record<EntityKind, ClassType>> = {
  township: Township,
  department: Department,
  partyOrganization: PartyOrganization,
  document: Document,
  office: Office,
  post: Post,
  person: Person,
  village: Village,
  station: Station,
  duty: Duty,
};
registerEntityTypes(Object.values(ENTITY_TYPES));

/** An entity's plain object (a decoded row) as an instance of its GraphQL type, so `Node` resolves its type. */
export function asEntityType<T extends object>(kind: EntityKind, item: T): T {
  return Object.assign(Object.create(ENTITY_TYPES[kind].prototype as object) as T, item);
}
