import crypto from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { createRequestContext, RequestContext } from '../../src/context';
import { buildDutygraphSchema } from '../../src/graphql/schema';
import { formatClientError } from '../../src/graphql/error-formatting';
import { allProblemsPlugin } from '../../src/graphql/mutations/all-problems.plugin';
import { createLogger } from '../../src/logger';
import type { Neo4jExecutor } from '../../src/db/executor';
import { ADMIN_VIEWER, Viewer } from '../../src/auth/roles';

export interface GraphQLResult<T> {
  data?: T;
  errors?: readonly GraphQLFormattedError[];
  /** The Cypher statements the request sent, in order. */
  statements: string[];
}

/** Runs operations against the real schema and the real Neo4j, the way the HTTP server does. */
export class TestGraphQL {
  private constructor(private readonly server: ApolloServer<RequestContext>, private readonly executor: Neo4jExecutor) {}

  static async create(executor: Neo4jExecutor): Promise<TestGraphQL> {
    const schema = await buildDutygraphSchema();
    const server = new ApolloServer<RequestContext>({
      schema,
      plugins: [allProblemsPlugin(schema)],
      formatError: (formatted, original) => formatClientError(formatted, original).error,
      stopOnTerminationSignals: false,
    });
    await server.start();
    return new TestGraphQL(server, executor);
  }

  /** Runs as an admin unless another viewer is given (role tests pass one). */
  async run<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, viewer: Viewer = ADMIN_VIEWER): Promise<GraphQLResult<T>> {
    const contextValue = createRequestContext(this.executor, createLogger('silent'), crypto.randomUUID(), viewer);
    const response = await this.server.executeOperation<T>({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not expected');
    const { data, errors } = response.body.singleResult;
    return { data: data ?? undefined, errors, statements: contextValue.statements };
  }

  /** Runs and fails the test with the errors when there are any. */
  async data<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.run<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as T;
  }

  stop(): Promise<void> {
    return this.server.stop();
  }
}

/** A prefix for ids a test creates, so tests never collide and clean up only their own data. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${crypto.randomBytes(4).toString('hex')}`;
}
