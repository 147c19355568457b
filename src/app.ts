import type { Driver } from 'neo4j-driver';
import type { AppConfig } from './config';
import type { Logger } from './logger';
import { createDriver } from './db/driver';
import { loadCatalog } from './repositories/catalog';
import { Neo4jExecutor } from './db/executor';
import { applyMigrations } from './db/migrations';
import { DatabaseCircuit } from './db/database-circuit';
import { retryStartupStep, StartupError } from './startup-steps';
import { buildDutygraphSchema } from './graphql/schema';
import { REQUIRED_QUERIES } from './services';
import { startHttpServer, RunningHttpServer } from './server';
import { developmentSecret } from './auth/dev-secret';
import { WEB_DIST } from './web/web-routes';
import { backfillSearch, warmSearch } from './services/search-readiness';
import { warmNodeLookup } from './services/node-lookup-readiness';

export { StartupError };

export interface RunningApp {
  url: string;
  driver: Driver;
  executor: Neo4jExecutor;
  circuit: DatabaseCircuit;
  http: RunningHttpServer;
  /** Drains HTTP, then closes the driver. */
  stop(): Promise<void>;
}

/** The probe's timeout: a healthy Neo4j answers RETURN 1 in milliseconds, even on a busy machine. */
const PROBE_TIMEOUT_MS = 2_000;
/** While the circuit is open, how often Neo4j is probed: recovery is seen within this long of Neo4j answering. */
const PROBE_INTERVAL_MS = 250;
/** Units in flight with none finishing for this long make the circuit probe (a frozen Neo4j answers nothing). */
const STALL_AFTER_MS = 1_000;

/** Connects to Neo4j (failing with one clear line), migrates, and opens the database layer. */
export async function connectDatabase(config: AppConfig, uri: string, logger: Logger): Promise<{ driver: Driver; executor: Neo4jExecutor }> {
  const catalog = loadCatalog();
  catalog.require([...REQUIRED_QUERIES, PROBE]);
  const driver = createDriver({ ...config.neo4j, uri });
  try {
    await retryStartupStep(`connecting to Neo4j at ${uri}`, () => driver.verifyConnectivity({ database: config.neo4j.database }), logger);
  } catch (error) {
    await driver.close();
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new StartupError(`cannot reach Neo4j at ${uri}: ${reason}. Start Neo4j (or check NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD) and start again.`);
  }
  const executor = new Neo4jExecutor(driver, catalog, {
    database: config.neo4j.database,
    transactionTimeoutMs: config.neo4j.transactionTimeoutMs,
  });
  try {
    const startup = executor.forStartup(config.neo4j.startupTimeoutMs);
    const report = await retryStartupStep('applying the migrations', () => applyMigrations(startup), logger);
    logger.info({ applied: report.applied, alreadyApplied: report.alreadyApplied.length }, 'migrations checked');
    await retryStartupStep('embedding the duties that have no meaning vector yet', () => backfillSearch(startup, logger), logger);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return { driver, executor };
}

/** The circuit in front of Neo4j for serving requests: probes with RETURN 1, logs one line when it opens and when it closes. */
export function createCircuit(driver: Driver, executor: Neo4jExecutor, config: AppConfig, logger: Logger): DatabaseCircuit {
  const statement = executor.catalog.get(PROBE);
  return new DatabaseCircuit({
    probe: () => probe(driver, config.neo4j.database, statement),
    probeTimeoutMs: PROBE_TIMEOUT_MS,
    probeIntervalMs: PROBE_INTERVAL_MS,
    stallAfterMs: STALL_AFTER_MS,
    maxInFlight: config.neo4j.maxConnectionPoolSize + config.neo4j.maxWaiting,
    onOpen: (reason) => logger.warn({ reason }, `Neo4j is unavailable: failing requests fast (DATABASE_UNAVAILABLE) and probing every ${PROBE_INTERVAL_MS} ms`),
    onClose: (downMs) => logger.info({ downMs }, 'Neo4j answers again: serving requests'),
  });
}

const PROBE = 'system/probe';

/** One auto-commit RETURN 1: no managed-transaction retries, so a refused connection fails at once. */
async function probe(driver: Driver, database: string, statement: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    await session.run(statement, {}, { timeout: PROBE_TIMEOUT_MS, metadata: { unit: 'circuit-probe' } });
  } finally {
    await session.close();
  }
}

/**
 * Connects, migrates, runs `prepare` (e.g. loading the sample town) and only then listens, so
 * /ready never reports a service whose data is still being loaded.
 */
export async function startApp(
  config: AppConfig,
  uri: string,
  logger: Logger,
  prepare?: (executor: Neo4jExecutor) => Promise<void>,
): Promise<RunningApp> {
  const { driver, executor: plain } = await connectDatabase(config, uri, logger);
  const circuit = createCircuit(driver, plain, config, logger);
  const executor = plain.forServing(circuit, config.neo4j.requestDeadlineMs);
  const close = async () => {
    circuit.close();
    await driver.close();
  };
  try {
    if (prepare) await retryStartupStep('loading the sample town', () => prepare(plain.forStartup(config.neo4j.startupTimeoutMs)), logger);
    await retryStartupStep('warming the duty search', () => warmSearch(plain.forStartup(config.neo4j.startupTimeoutMs), logger), logger);
    await retryStartupStep('planning the node lookup', () => warmNodeLookup(plain.forStartup(config.neo4j.startupTimeoutMs), logger), logger);
    const schema = await buildDutygraphSchema();
    const jwtSecret = config.auth.jwtSecret ?? (config.auth.jwksUrl ? undefined : developmentSecret());
    const web = { ...config.web, distDir: WEB_DIST, devSecret: config.auth.jwtSecret === undefined ? jwtSecret : undefined };
    const http = await startHttpServer({ schema, driver, executor, logger, limits: config.graphql, metrics: config.metrics, responseCache: config.responseCache, auth: { ...config.auth, jwtSecret }, web }, config.host, config.port, config.shutdownGraceMs).catch(
      (error: NodeJS.ErrnoException) => {
        throw error.code === 'EADDRINUSE'
          ? new StartupError(`port ${config.host}:${config.port} is already in use (is another Dutygraph running?); set PORT`)
          : error;
      },
    );
    return {
      url: http.url,
      driver,
      executor,
      circuit,
      http,
      stop: async () => {
        await http.stop();
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}
