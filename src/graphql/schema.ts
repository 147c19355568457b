import path from 'node:path';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { PROJECT_ROOT } from '../project-root';
import { SystemResolver } from './system/system.resolver';
import { ResponsibilityResolver } from './responsibility/responsibility.resolver';
import { DutyAuditResolver } from './audit/duty-audit.resolver';
import { StationPartyResolver } from './station-party/station-party.resolver';
import { TownshipStatsResolver } from './township-stats/township-stats.resolver';
import { ChangesResolver } from './changes/changes.resolver';
import { EntityMutationResolver } from './mutations/entity-mutation.resolver';
import { MutationResolver } from './mutations/mutation.resolver';
import { ChangeLogResolver } from './mutations/change-log.resolver';
import { ENTITY_RESOLVERS } from './entities/entity-resolvers';
import { authChecker } from '../auth/auth-checker';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

export const RESOLVERS = [SystemResolver, ResponsibilityResolver, DutyAuditResolver, StationPartyResolver, TownshipStatsResolver, ChangesResolver, EntityMutationResolver, MutationResolver, ChangeLogResolver, ...ENTITY_RESOLVERS] as const;

/** Builds the executable schema; `validate: true` runs class-validator on every input class. */
export function buildDutygraphSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS] as unknown as [Function, ...Function[]],
    validate: { forbidUnknownValues: false },
    authChecker,
    // A refused field fails alone; its value is never computed.
    authMode: 'error',
  });
}

/** The SDL committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printDutygraphSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
