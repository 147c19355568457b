import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap } from '@apollo/server';
import type { ApolloServer, BaseContext, HTTPGraphQLRequest } from '@apollo/server';
import type { BodyParser } from './body-limit';
import { assignRequestId } from './request-id';
import { errorsNamingRequest } from '../graphql/error-formatting';

/** /graphql as Express's `app.use('/graphql')` matched it: in any case, with or without a path below it or a query. */
const GRAPHQL_PATH = /^\/graphql(?:[/?#]|$)/i;

/** True for a request to the GraphQL endpoint (everything else is Express's: the app, /health, /ready, /metrics). */
export function isGraphqlRequest(url: string | undefined): boolean {
  return GRAPHQL_PATH.test(url ?? '');
}

export interface GraphqlEndpointOptions<TContext> {
  /** Reads the JSON body into `req.body` (src/http/body-limit.ts). */
  parseBody: BodyParser;
  /** The request's context, built once Apollo has accepted the request's shape. */
  context: (req: IncomingMessage & { body?: unknown }, requestId: string) => Promise<TContext>;
  /** Answers what failed below GraphQL: a body too large or not JSON, or an unexpected throw. */
  onHttpError: (error: unknown, res: ServerResponse, requestId: string) => void;
}

/**
 * /graphql on Node's own HTTP server, as Apollo's startStandaloneServer serves it: body-parser, then
 * Apollo's `executeHTTPGraphQLRequest`, whose answer is written as it is. Express's router, its
 * request and response wrappers and the ETag of every answer cost a nested query about a tenth of the
 * service's CPU (docs/performance.md) and did nothing for this path: every rule of the endpoint
 * (CSRF, methods, the accept header, batching, limits, errors) is Apollo's or ours.
 */
export function graphqlEndpoint<TContext extends BaseContext>(apollo: ApolloServer<TContext>, options: GraphqlEndpointOptions<TContext>) {
  return (req: IncomingMessage & { body?: unknown }, res: ServerResponse): void => {
    const requestId = assignRequestId(req, res);
    options.parseBody(req, res, (error) => {
      if (error) return options.onHttpError(error, res, requestId);
      answer(apollo, req, res, requestId, () => options.context(req, requestId)).catch((thrown: unknown) => options.onHttpError(thrown, res, requestId));
    });
  };
}

async function answer<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  req: IncomingMessage & { body?: unknown },
  res: ServerResponse,
  requestId: string,
  context: () => Promise<TContext>,
): Promise<void> {
  const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: httpGraphQLRequestOf(req), context });
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    // Errors Apollo answers before an operation runs (401, CSRF, 405, a bad body or header) pass no
    // plugin, so the request id the plugins give every other error is put into them here.
    res.end(res.statusCode >= 400 ? errorsNamingRequest(response.body.string, requestId) : response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function httpGraphQLRequestOf(req: IncomingMessage & { body?: unknown }): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return { method: (req.method ?? 'GET').toUpperCase(), headers, search: searchOf(req.url ?? ''), body: req.body };
}

/** The query string with its `?` (Apollo reads a GET operation from it), without any fragment. */
function searchOf(url: string): string {
  const start = url.indexOf('?');
  if (start < 0) return '';
  const end = url.indexOf('#', start);
  return end < 0 ? url.slice(start) : url.slice(start, end);
}
