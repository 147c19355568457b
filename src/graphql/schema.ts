import path from 'node:path';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { ArgumentValidationError, buildSchema, ValidatorFn } from 'type-graphql';
import { validateOrReject, ValidationError, ValidatorOptions } from 'class-validator';
import type { RequestContext } from '../context';
import { flattenValidationErrors } from './error-formatting';
import { PROJECT_ROOT } from '../project-root';
import { SystemResolver } from './system/system.resolver';
import { ResponsibilityResolver } from './responsibility/responsibility.resolver';
import { DutyAuditResolver } from './audit/duty-audit.resolver';
import { StationPartyResolver } from './station-party/station-party.resolver';
import { TownshipStatsResolver } from './township-stats/township-stats.resolver';
import { ChangesResolver } from './changes/changes.resolver';
import { ENTITY_MUTATION_RESOLVERS } from './mutations/entity-mutation.resolver';
import { MutationResolver } from './mutations/mutation.resolver';
import { ChangeLogResolver } from './mutations/change-log.resolver';
import { PAYLOAD_RESOLVERS } from './mutations/payload.type';
import { ChangeRecordValuesResolver, TouchedEntityChangesResolver } from './mutations/change-record.resolver';
import { IntegrityRiskResolver } from './integrity/integrity-risks.resolver';
import { ENTITY_RESOLVERS } from './entities/entity-resolvers';
import { DutyOwnerReferenceResolver, OwnerReferenceResolver, TouchedEntityReferenceResolver } from './common/relationship-refs.resolver';
import { authChecker } from './auth-checker';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

export const RESOLVERS = [SystemResolver, ResponsibilityResolver, DutyAuditResolver, StationPartyResolver, TownshipStatsResolver, ChangesResolver, ...ENTITY_MUTATION_RESOLVERS, MutationResolver, ...PAYLOAD_RESOLVERS, ChangeLogResolver, ChangeRecordValuesResolver, TouchedEntityChangesResolver, IntegrityRiskResolver, ...ENTITY_RESOLVERS, OwnerReferenceResolver, DutyOwnerReferenceResolver, TouchedEntityReferenceResolver] as const;

/** type-graphql's own validation options (skipMissingProperties: true) with unknown values allowed. */
const VALIDATOR_OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/**
 * Runs class-validator on every args and input object, as type-graphql's built-in validation does
 * (objects and the objects of a list; failures as one ArgumentValidationError), but with
 * class-validator imported once: the built-in one `require`s it and copies its exports on every
 * validated argument, a measurable share of a small request.
 */
export const validateArgs: ValidatorFn<RequestContext> = async (argValue, _argType, { info, context }) => {
  const objects = (Array.isArray(argValue) ? argValue : [argValue]).filter((value): value is object => value !== null && typeof value === 'object');
  try {
    await Promise.all(objects.map((value) => validateOrReject(value, VALIDATOR_OPTIONS)));
  } catch (error) {
    // A mutation goes on to check its rules too, so the answer lists every problem at once (AllInputProblems).
    if (info.parentType === info.schema.getMutationType() && Array.isArray(context?.inputProblems) && Array.isArray(error)) {
      // One problem per field at fault: GraphQL's own (all-problems.plugin.ts) come first.
      const atFault = new Set(context.inputProblems.map((problem) => problem.field));
      context.inputProblems.push(...flattenValidationErrors(error as ValidationError[]).filter((problem) => !atFault.has(problem.field)));
      return;
    }
    throw new ArgumentValidationError(error as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
};

/** Builds the executable schema; class-validator checks every args and input class (`validateArgs`). */
export function buildDutygraphSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS] as unknown as [Function, ...Function[]],
    validate: true,
    validateFn: validateArgs as ValidatorFn,
    authChecker,
    // A refused field fails alone; its value is never computed.
    authMode: 'error',
  });
}

/** The SDL committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printDutygraphSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
