import http from 'node:http';
import crypto from 'node:crypto';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Logger } from './logger';
import type { AuthConfig, GraphQLLimits, MetricsConfig } from './config';
import { viewerFromAuthorization } from './auth/request-viewer';
import { armorProtection } from './graphql/limits';
import type { Neo4jExecutor } from './db/executor';
import { migrationsAreApplied } from './db/migrations';
import { createRequestContext, RequestContext } from './context';
import { formatClientError } from './graphql/error-formatting';
import { requestLoggingPlugin } from './graphql/request-plugin';
import { metricsPlugin } from './graphql/metrics-plugin';
import { ServiceMetrics } from './observability/metrics';
import { metricsRoute } from './observability/metrics-route';
import { webRoutes, WebRoutesOptions } from './web/web-routes';

export interface HttpServerDeps {
  schema: GraphQLSchema;
  driver: Driver;
  executor: Neo4jExecutor;
  logger: Logger;
  limits: GraphQLLimits;
  auth: AuthConfig & { jwtSecret: string };
  /** Unset: no /metrics (as METRICS_ENABLED=false). */
  metrics?: MetricsConfig;
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

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

function requestIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : crypto.randomUUID();
}

/** /graphql (Apollo), /health (the process is alive) and /ready (Neo4j reachable and migrated). */
export async function startHttpServer(deps: HttpServerDeps, host: string, port: number, graceMs: number): Promise<RunningHttpServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const armor = armorProtection(deps.limits);
  const metrics = deps.metrics?.enabled ? new ServiceMetrics() : undefined;
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
    formatError: (formatted, original) => formatClientError(formatted, original).error,
    // No cache hints anywhere: Apollo's default cache-control plugin would only wrap every field
    // resolver to compute "no-store", which requestLoggingPlugin sets instead.
    plugins: [...armor.plugins, ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: graceMs }), ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled(), requestLoggingPlugin(), ...(metrics ? [metricsPlugin(metrics)] : [])],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await deps.driver.verifyConnectivity();
      const migrated = await migrationsAreApplied(deps.executor);
      res.status(migrated ? 200 : 503).json({ status: migrated ? 'ready' : 'not ready', neo4j: 'reachable', migrations: migrated ? 'applied' : 'pending' });
    } catch {
      res.status(503).json({ status: 'not ready', neo4j: 'unreachable' });
    }
  });
  if (metrics && deps.metrics) app.get('/metrics', metricsRoute(metrics, deps.metrics));
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createRequestContext(deps.executor, deps.logger, requestIdOf(req.headers['x-request-id']), await viewerFromAuthorization(req.headers.authorization, deps.auth)),
    }),
  );

  // Apollo's landing page (Sandbox from a CDN) is off; the app and GraphiQL are served from web/dist.
  if (deps.web) app.use(webRoutes(deps.web));

  // Body-parser and other HTTP-level failures: a JSON error in GraphQL's shape, never Express's HTML stack page.
  app.use((error: { status?: number; type?: string; message?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    const message = status === 413 ? 'The request body is larger than the 100 kB limit.' : status < 500 ? 'The request body is not valid JSON.' : 'Internal server error.';
    if (status >= 500) deps.logger.error({ err: error }, 'http error');
    res.status(status).json({ errors: [{ message, extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
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
