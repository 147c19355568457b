import type { ClassType } from 'type-graphql';
import type { EntityKind } from '../../domain/model';
import { TownshipResolver } from './township.resolver';
import { OfficeResolver } from './office.resolver';
import { PostResolver } from './post.resolver';
import { PersonResolver } from './person.resolver';
import { PersonDutiesResolver } from './person-duties.resolver';
import { VillageResolver } from './village.resolver';
import { StationResolver } from './station.resolver';
import { DepartmentResolver } from './department.resolver';
import { PartyOrganizationResolver } from './party-organization.resolver';
import { DutyResolver } from './duty.resolver';
import { DocumentResolver } from './document.resolver';

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

/** The lookups and lists of every entity, and the fields with arguments of their types. */
export const ENTITY_RESOLVERS: readonly ClassType[] = [...Object.values(LOOKUPS), PersonDutiesResolver];
