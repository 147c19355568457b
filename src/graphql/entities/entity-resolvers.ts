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

/** The lookups and lists of every entity (one root field pair per entity, one Cypher round trip per root field), and the fields with arguments of their types. */
export const ENTITY_RESOLVERS = [
  TownshipResolver,
  OfficeResolver,
  PostResolver,
  PersonResolver,
  PersonDutiesResolver,
  VillageResolver,
  StationResolver,
  DepartmentResolver,
  PartyOrganizationResolver,
  DutyResolver,
  DocumentResolver,
] as const;
