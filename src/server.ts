import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Logger } from './logger';
import type { AuthConfig, GraphQLLimits, MetricsConfig, ResponseCacheConfig } from './config';
import { viewerFromAuthorization } from './auth/request-viewer';
import { graphqlBodyParser } from './http/body-limit';
import { answerHttpError, HttpLevelError } from './http/http-errors';
import { graphqlEndpoint, isGraphqlRequest } from './http/graphql-endpoint';
import { createTokenVerifier } from './auth/tokens';
import { armorProtection } from './graphql/limits';
import { costLimitPlugin } from './graphql/cost';
import { allProblemsPlugin } from './graphql/mutations/all-problems.plugin';
import type { Neo4jExecutor } from './db/executor';
import { migrationsAreApplied } from './db/migrations';
import { createRequestContext, RequestContext } from './context';
import { formatClientError } from './graphql/error-formatting';
import { IdempotencyScope } from './idempotency';
import { requestLoggingPlugin } from './graphql/request-plugin';
import { metricsPlugin } from './graphql/metrics-plugin';
import { ServiceMetrics } from './observability/metrics';
import { metricsRoute } from './observability/metrics-route';
import { BOOKMARK_HEADER, causalityFromHeader } from './http/bookmark-header';
import { ResponseCache, responseCachePlugin } from './graphql/response-cache-plugin';
import { requestIdMiddleware, requestIdOfResponse } from './http/request-id';
import { webRoutes, WebRoutesOptions } from './web/web-routes';

export interface HttpServerDeps {
  schema: GraphQLSchema;
  driver: Driver;
  executor: Neo4jExecutor;
  logger: Logger;
  limits: GraphQLLimits;
  auth: AuthConfig;
  /** Unset: no /metrics (as METRICS_ENABLED=false). */
  metrics?: MetricsConfig;
  /** Unset or 0 entries: every answer is computed. */
  responseCache?: ResponseCacheConfig;
  /** The staff app and GraphiQL (src/web/); absent: GraphQL only. */
  web?: WebRoutesOptions;
}

export interface RunningHttpServer {
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  url: string;
  /** Stops accepting connections, lets in-flight requests finish (up to the grace period), then resolves. */
  stop(): Promise<void>;
}

function headerValue(header: string | string[] | undefined): string | undefined {
  return Array.isArray(header) ? header[0] : header;
}

/**
 * /graphql (Apollo, straight on Node's HTTP server: src/http/graphql-endpoint.ts), and on Express
 * /health (the process is alive), /ready (Neo4j reachable and migrated), /metrics and the web app.
 */
export async function startHttpServer(deps: HttpServerDeps, host: string, port: number, graceMs: number): Promise<RunningHttpServer> {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  let graphql: http.RequestListener | undefined;
  const httpServer = http.createServer((req, res) => (graphql && isGraphqlRequest(req.url) ? graphql(req, res) : app(req, res)));

  const armor = armorProtection(deps.limits);
  const metrics = deps.metrics?.enabled ? new ServiceMetrics() : undefined;
  const executor = metrics ? deps.executor.withMonitor(metrics) : deps.executor;
  if (metrics && executor.circuit) metrics.watchCircuit(executor.circuit);
  const cache = deps.responseCache && deps.responseCache.entries > 0 ? responseCachePlugin(new ResponseCache(deps.responseCache.entries), metrics) : undefined;
  const verifyToken = createTokenVerifier({ ...deps.auth, secret: deps.auth.jwtSecret });
  const apollo = new ApolloServer<RequestContext>({
    schema: deps.schema,
    introspection: deps.limits.introspection,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: deps.limits.maxTokens },
    allowBatchedHttpRequests: false,
    // csrfPrevention stays at Apollo's default (on): simple cross-site requests are refused.
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (src/index.ts): drain, close the driver, stop the local Neo4j, exit 0.
    stopOnTerminationSignals: false,
    // The request id goes into each error in requestLoggingPlugin, and into those answered before any plugin in graphql-endpoint.ts.
    formatError: (formatted, original) => formatClientError(formatted, original, { suggestions: deps.limits.fieldSuggestions }).error,
    // No cache hints anywhere: Apollo's default cache-control plugin would only wrap every field
    // resolver to compute "no-store", which requestLoggingPlugin sets instead.
    plugins: [...armor.plugins, allProblemsPlugin(deps.schema, armor.validationRules), costLimitPlugin(deps.schema, deps.limits), ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: graceMs }), ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled(), requestLoggingPlugin(), ...(metrics ? [metricsPlugin(metrics)] : []), ...(cache ? [cache] : [])],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      // Through the circuit and within the request deadline: answers at once while Neo4j is known to be down.
      const migrated = await migrationsAreApplied(executor.forRequest(requestIdOfResponse(res)));
      res.status(migrated ? 200 : 503).json({ status: migrated ? 'ready' : 'not ready', neo4j: 'reachable', migrations: migrated ? 'applied' : 'pending' });
    } catch {
      res.status(503).json({ status: 'not ready', neo4j: 'unreachable' });
    }
  });
  if (metrics && deps.metrics) app.get('/metrics', metricsRoute(metrics, deps.metrics));
  graphql = graphqlEndpoint(apollo, {
    parseBody: graphqlBodyParser((authorization) => viewerFromAuthorization(authorization, deps.auth, verifyToken)),
    context: async (req, requestId) => {
      const viewer = await viewerFromAuthorization(req.headers.authorization, deps.auth, verifyToken);
      const idempotency = new IdempotencyScope(headerValue(req.headers['idempotency-key']), viewer.subject, (req.body ?? {}) as Record<string, unknown>);
      const causality = causalityFromHeader(headerValue(req.headers[BOOKMARK_HEADER]));
      return createRequestContext(executor, deps.logger, requestId, viewer, idempotency, causality);
    },
    onHttpError: (error, res, requestId) => answerHttpError(error as HttpLevelError, res, requestId, deps.logger),
  });

  // Apollo's landing page (Sandbox from a CDN) is off; the app and GraphiQL are served from web/dist.
  if (deps.web) app.use(webRoutes(deps.web));

  // Failures of the other routes: a JSON error in GraphQL's shape, never Express's HTML stack page.
  app.use((error: HttpLevelError, _req: express.Request, res: express.Response, _next: express.NextFunction) => answerHttpError(error, res, requestIdOfResponse(res), deps.logger));
  // Any other path: a JSON 404 with the request id, not Express's HTML page.
  app.use((_req: express.Request, res: express.Response) => {
    res.status(404).json({ errors: [{ message: 'Not found: the API is at /graphql (and /health, /ready).', extensions: { code: 'NOT_FOUND', requestId: requestIdOfResponse(res) } }] });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const address = httpServer.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  return {
    httpServer,
    apollo,
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${boundPort}/graphql`,
    stop: () => apollo.stop(),
  };
}
