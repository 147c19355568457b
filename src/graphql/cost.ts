import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, getNamedType, getNullableType, GraphQLError, GraphQLSchema, isLeafType, isListType, Kind, OperationDefinitionNode, visit } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './common/pagination';
import { HeavyTurns } from './heavy-turns';
import { assumedSizeOf } from './common/assumed-size';

/**
 * The cost of an operation, counted by graphql-query-complexity (a maintained package) with the
 * operation's variables and the arguments' defaults, so `people(first: 100)`, `people(first: $n)`
 * with n = 100 and a default of 100 cost the same. Each field costs 1 plus what it selects; a
 * field with `first` or `last` (a connection; without either, its default page) multiplies what it selects by it (a
 * connection's `edges` are that page); any other list by LIST_SIZE, the size a nested list is taken to have, or by
 * its own smaller size where the domain bounds it (common/assumed-size.ts). Fragments, aliases and
 * @skip/@include are counted as they will run. Introspection fields cost 1.
 */
export const LIST_SIZE = 10;

export const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__')) return 1;
  if (isLeafType(getNamedType(field.type))) return 1;
  // A page is `first` or `last` items; a connection asked for neither, its default page.
  const asked = [args.first, args.last].find((value): value is number => typeof value === 'number' && value > 0);
  const connection = getNamedType(field.type).name.endsWith('Connection');
  const first = asked ?? (connection ? DEFAULT_PAGE_SIZE : undefined);
  // A connection's edges are the page its field already counted `first` times.
  const pageOfConnection = type.name.endsWith('Connection') && field.name === 'edges';
  const size = first ?? (isListType(getNullableType(field.type)) && !pageOfConnection ? assumedSizeOf(field.extensions) ?? LIST_SIZE : 1);
  return 1 + size * childComplexity;
};

/** The cost of one operation of a document, or undefined when its variables are invalid (execution then refuses it, running nothing). */
export function operationCost(schema: GraphQLSchema, document: Parameters<typeof getComplexity>[0]['query'], variables: Record<string, unknown>, operationName?: string | null): number | undefined {
  try {
    return getComplexity({ schema, query: document, variables, ...(operationName ? { operationName } : {}), estimators: [costEstimator] });
  } catch {
    return undefined;
  }
}

/** The variables an operation's cost can depend on: those given to `first`, `last` and the `if` of @skip/@include. */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(argument) {
      if (argument.value.kind === Kind.VARIABLE && ['first', 'last', 'if'].includes(argument.name.value)) names.add(argument.value.name.value);
    },
  });
  return [...names].sort();
}

/** Costs computed per document (Apollo hands the same parsed document for the same text), by the values of its cost variables. */
interface DocumentCosts {
  variables: string[];
  costs: Map<string, number | undefined>;
}
const COSTS_PER_DOCUMENT = 64;
/** A variable not sent (its default applies), told apart from one sent as null. */
const ABSENT = { absent: true };

/**
 * operationCost, remembered: walking the selection with graphql-query-complexity was a twentieth of a
 * small request's CPU, the same walk for the same document every time. Invalid variables still give
 * undefined (checked each time, cheaply); the cost itself is looked up by the document, the operation
 * name and the values of its cost variables.
 */
export class CostCache {
  private readonly documents = new WeakMap<DocumentNode, DocumentCosts>();

  constructor(private readonly schema: GraphQLSchema) {}

  cost(document: DocumentNode, operation: OperationDefinitionNode | undefined, variables: Record<string, unknown>, operationName?: string | null): number | undefined {
    if (operation && getVariableValues(this.schema, operation.variableDefinitions ?? [], variables).errors) return undefined;
    let known = this.documents.get(document);
    if (!known) {
      known = { variables: costVariables(document), costs: new Map() };
      this.documents.set(document, known);
    }
    const key = JSON.stringify([operationName ?? null, ...known.variables.map((name) => (Object.hasOwn(variables, name) ? variables[name] : ABSENT))]);
    if (known.costs.has(key)) return known.costs.get(key);
    const cost = operationCost(this.schema, document, variables, operationName);
    if (known.costs.size >= COSTS_PER_DOCUMENT) known.costs.clear();
    known.costs.set(key, cost);
    return cost;
  }
}

export interface CostLimits {
  maxCost: number;
  heavyCost: number;
  heavyConcurrency: number;
  heavyMaxWaiting: number;
  heavyQueueMs: number;
}

/**
 * Refuses an operation whose cost is over `maxCost` before anything runs: a GRAPHQL_VALIDATION_FAILED
 * error naming the limit and both figures (status 400). An operation costing `heavyCost` or more takes
 * one of `heavyConcurrency` turns (heavy-turns.ts): at most `heavyMaxWaiting` wait, each at most
 * `heavyQueueMs`; any other is refused with 503 OVERLOADED (retryable, Retry-After). Many expensive
 * queries at once are served a few at a time with a bounded wait, instead of all slowing down together.
 */
export function costLimitPlugin(schema: GraphQLSchema, limits: CostLimits, turns = new HeavyTurns({ concurrency: limits.heavyConcurrency, maxWaiting: limits.heavyMaxWaiting, waitMs: limits.heavyQueueMs })): ApolloServerPlugin {
  const costs = new CostCache(schema);
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ request, document, operation }) {
          const cost = costs.cost(document, operation, request.variables ?? {}, request.operationName);
          if (cost === undefined) return;
          if (cost > limits.maxCost) {
            throw new GraphQLError(`Query cost limit of ${limits.maxCost} exceeded (GRAPHQL_MAX_COST): this operation costs ${cost}. Ask for fewer items (first) or fewer fields.`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'GRAPHQL_MAX_COST', maxCost: limits.maxCost, cost, http: { status: 400 } },
            });
          }
          if (cost >= limits.heavyCost) release = await turns.take();
        },
        async willSendResponse() {
          release?.();
          release = undefined;
        },
      };
    },
  };
}
