import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLLimits } from '../config';

/**
 * Depth, alias and directive limits from graphql-armor, a maintained package,
 * rather than hand-written validation rules. Refusals are GRAPHQL_VALIDATION_FAILED errors whose
 * message names the limit (e.g. "Query depth limit of 10 exceeded, found 12").
 */
export function armorProtection(limits: GraphQLLimits) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    // Off here: armor counts `first` only when written literally; costLimitPlugin (cost.ts) counts variables and defaults too.
    costLimit: { enabled: false },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Off here: armor's token plugin turns every syntax error into a 500. graphql-js counts
    // tokens in its own parser instead (Apollo's `parseOptions.maxTokens`, see server.ts).
    maxTokens: { enabled: false },
    // Off here: formatClientError drops every "Did you mean" hint (enum values and variables too), armor only masks validation's.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
