import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { DocumentNode } from 'graphql';
import { print } from 'graphql';
import { tap } from 'rxjs';

/** One answer as it came over the wire, before the cache saw it. */
export interface WireAnswer {
  operationName: string;
  variables: Record<string, unknown>;
  data: unknown;
  errors: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * A front end's client, as the issue describes it: Apollo Client 4 with a DEFAULT InMemoryCache
 * (no typePolicies, no keyFields: the cache normalises by `__typename` and `id`), over HTTP with a
 * bearer token. A link records every answer as it came over the wire, so a test can compare what
 * the cache later reads back with what the service really said.
 */
export function createClient(uri: string, token: string): { client: ApolloClient; wire: WireAnswer[] } {
  const wire: WireAnswer[] = [];
  const record = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap((result) => {
        wire.push({
          operationName: operation.operationName ?? print(operation.query as DocumentNode),
          variables: operation.variables,
          data: structuredClone(result.data ?? null),
          errors: (result.errors ?? []) as WireAnswer['errors'],
        });
      }),
    ),
  );
  const http = new HttpLink({ uri, headers: { authorization: `Bearer ${token}` } });
  return { client: new ApolloClient({ link: ApolloLink.from([record, http]), cache: new InMemoryCache() }), wire };
}

/** Every leaf where two answers differ, as `path: expected → actual` (a missing subtree counts once). */
export function leafDifferences(expected: unknown, actual: unknown, path = ''): string[] {
  if (expected === actual) return [];
  const bothObjects = expected !== null && actual !== null && typeof expected === 'object' && typeof actual === 'object';
  if (!bothObjects || Array.isArray(expected) !== Array.isArray(actual)) {
    return [`${path || '.'}: ${JSON.stringify(expected)} → ${JSON.stringify(actual)}`];
  }
  const left = expected as Record<string, unknown>;
  const right = actual as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].flatMap((key) => leafDifferences(left[key], right[key], path ? `${path}.${key}` : key));
}
