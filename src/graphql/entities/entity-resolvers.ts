import type { ClassType } from 'type-graphql';
import { EntityKind, fileStemOf, MODEL } from '../../domain/model';
import { PersonDutiesResolver } from './person-duties.resolver';
import { OfficeLeadersResolver } from './office-leaders.resolver';
import { dayFieldsResolver } from './day-fields';
import { entityFieldsResolver } from './reference-fields';
import { ENTITY_TYPES } from './entity-types';
import { isEntityType, registeredLookups } from './entity-type-registry';
import { ownDayFields, typesWithDayFields } from './day-field';
import { NodeResolver } from './node.resolver';
import { DutyOwnerChangeReferenceResolver, PathStepReferenceResolver } from '../common/relationship-refs.resolver';

// Each label's own resolver file, `<stem>.resolver.ts` of this folder, registers its lookup (`@EntityLookups`) as it loads.
for (const entry of MODEL) require(`./${fileStemOf(entry)}.resolver`);

/**
 * The lookup and list of each entity kind of the model (one root field pair per entity, one Cypher
 * round trip per root field), as the label files registered them: a kind without its resolver fails
 * at start, naming it.
 */
const LOOKUPS: readonly ClassType[] = registeredLookups(MODEL.map((entry) => entry.kind));

/** Fields with a resolver of their own (which takes `asOf` too, and loads a reference's value likewise). */
const OWN_RESOLVERS: Partial<Record<EntityKind, readonly string[]>> = { person: ['duties'], office: ['leadersInCharge'] };

/**
 * Every field of each entity type (its day fields with their `asOf`), answered from the root field's
 * statement, or loaded for a reference (reference-fields.ts); and the day fields of the relationship
 * types that have some (OfficeLeader.holders under Office.leadersInCharge).
 */
const FIELD_RESOLVERS = [
  ...(Object.keys(ENTITY_TYPES) as EntityKind[]).map((kind) => entityFieldsResolver(kind, ENTITY_TYPES[kind], OWN_RESOLVERS[kind] ?? [])),
  ...typesWithDayFields()
    .filter((type) => !isEntityType(type))
    .map((type) => dayFieldsResolver(type, ownDayFields(type))),
];

/** The lookups and lists of every entity, and the fields with arguments of their types. */
export const ENTITY_RESOLVERS: readonly ClassType[] = [...LOOKUPS, NodeResolver, ...FIELD_RESOLVERS, PersonDutiesResolver, OfficeLeadersResolver, DutyOwnerChangeReferenceResolver, PathStepReferenceResolver];
