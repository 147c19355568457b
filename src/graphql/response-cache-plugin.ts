import crypto from 'node:crypto';
import { HeaderMap } from '@apollo/server';
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { RequestContext } from '../context';
import { today } from '../domain/period';

/** The response header that says whether an answer came from the cache (`hit`) or was computed (`miss`). */
export const CACHE_HEADER = 'x-dutygraph-cache';

/** Told of each cache lookup (the service's metrics). */
export interface CacheLookupMonitor {
  cacheLookup(outcome: 'hit' | 'miss', revision: number): void;
}

/**
 * Answers to queries, kept in memory (lru-cache, a maintained LRU), so a question asked again is not
 * computed again. The key is the operation's text and name, its variables, the caller's roles (answers
 * differ by role, never by who within a role), the day (a missing asOf means today) and the graph's
 * revision: every write transaction advances the revision (Neo4jExecutor.writeWork) in Neo4j, and each
 * request reads it first — after the bookmarks its caller sent — so no replica serves an answer computed
 * before a write its caller has seen. Only complete answers are kept: one with any error (a refused
 * field, bad input) is computed every time.
 */
export class ResponseCache {
  private readonly answers: LRUCache<string, FormattedExecutionResult>;

  constructor(entries: number) {
    this.answers = new LRUCache({ max: entries });
  }

  get(key: string): FormattedExecutionResult | undefined {
    return this.answers.get(key);
  }

  set(key: string, answer: FormattedExecutionResult): void {
    this.answers.set(key, answer);
  }

  get size(): number {
    return this.answers.size;
  }
}

export interface CacheKeyParts {
  query: string;
  operationName: string | null | undefined;
  variables: Record<string, unknown> | undefined;
  roles: readonly string[];
  day: string;
  revision: number;
}

export function responseCacheKey(parts: CacheKeyParts): string {
  const key = JSON.stringify([parts.query, parts.operationName ?? null, parts.variables ?? {}, [...parts.roles].sort(), parts.day, parts.revision]);
  return crypto.createHash('sha256').update(key).digest('base64url');
}

export function responseCachePlugin(cache: ResponseCache, monitor?: CacheLookupMonitor): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let missedKey: string | undefined;
      return {
        async responseForOperation({ operation, request, contextValue }): Promise<GraphQLResponse | null> {
          if (operation.operation !== 'query' || request.query === undefined) return null;
          const revision = await contextValue.services.system.graphRevision();
          const key = responseCacheKey({
            query: request.query,
            operationName: request.operationName,
            variables: request.variables,
            roles: contextValue.viewer.roles,
            day: today(),
            revision,
          });
          const answer = cache.get(key);
          monitor?.cacheLookup(answer ? 'hit' : 'miss', revision);
          if (!answer) {
            missedKey = key;
            return null;
          }
          return { http: { status: undefined, headers: new HeaderMap([[CACHE_HEADER, 'hit']]) }, body: { kind: 'single', singleResult: structuredClone(answer) } };
        },
        async willSendResponse({ response }) {
          if (missedKey === undefined || response.body.kind !== 'single') return;
          response.http.headers.set(CACHE_HEADER, 'miss');
          const { data, errors } = response.body.singleResult;
          if (errors === undefined && data !== undefined) cache.set(missedKey, structuredClone({ data }));
        },
      };
    },
  };
}
