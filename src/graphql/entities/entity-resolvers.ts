import type { ClassType } from 'type-graphql';
import type { EntityKind } from '../../domain/model';
import { TownshipResolver } from './township.resolver';
import { OfficeResolver } from './office.resolver';
import { PostResolver } from './post.resolver';
import { PersonResolver } from './person.resolver';
import { PersonDutiesResolver } from './person-duties.resolver';
import { OfficeLeadersResolver } from './office-leaders.resolver';
import { VillageResolver } from './village.resolver';
import { StationResolver } from './station.resolver';
import { DepartmentResolver } from './department.resolver';
import { PartyOrganizationResolver } from './party-organization.resolver';
import { DutyResolver } from './duty.resolver';
import { DocumentResolver } from './document.resolver';
import { dayFieldsResolver } from './day-fields';
import { entityFieldsResolver } from './reference-fields';
import { ENTITY_TYPES } from './entity-types';
import { NodeResolver } from './node.resolver';
import { OfficeLeader } from './entity-refs.type';
import { DutyOwnerChangeReferenceResolver, PathStepReferenceResolver } from '../common/relationship-refs.resolver';

/**
 * The lookup and list of each entity kind of the model (one root field pair per entity, one Cypher
 * round trip per root field): typed by the model, so a kind without its resolver does not compile.
 */
const LOOKUPS: Readonly<Record<EntityKind, ClassType>> = {
  township: TownshipResolver,
  department: DepartmentResolver,
  partyOrganization: PartyOrganizationResolver,
  document: DocumentResolver,
  office: OfficeResolver,
  post: PostResolver,
  person: PersonResolver,
  village: VillageResolver,
  station: StationResolver,
  duty: DutyResolver,
};


/** Fields with a resolver of their own (which takes `asOf` too, and loads a reference's value likewise). */
const OWN_RESOLVERS: Partial<Record<EntityKind, readonly string[]>> = { person: ['duties'], office: ['leadersInCharge'] };

/**
 * Every field of each entity type (its day fields with their `asOf`), answered from the root field's
 * statement, or loaded for a reference (reference-fields.ts); OfficeLeader.holders under Office.leadersInCharge.
 */
const FIELD_RESOLVERS = [
  ...(Object.keys(ENTITY_TYPES) as EntityKind[]).map((kind) => entityFieldsResolver(kind, ENTITY_TYPES[kind], OWN_RESOLVERS[kind] ?? [])),
  dayFieldsResolver(OfficeLeader, ['holders']),
];

/** The lookups and lists of every entity, and the fields with arguments of their types. */
export const ENTITY_RESOLVERS: readonly ClassType[] = [...Object.values(LOOKUPS), NodeResolver, ...FIELD_RESOLVERS, PersonDutiesResolver, OfficeLeadersResolver, DutyOwnerChangeReferenceResolver, PathStepReferenceResolver];
