import type { Driver } from 'neo4j-driver';
import type { AppConfig } from './config';
import type { Logger } from './logger';
import { createDriver } from './db/driver';
import { CypherCatalog } from './db/cypher-catalog';
import { Neo4jExecutor } from './db/executor';
import { applyMigrations } from './db/migrations';
import { buildDutygraphSchema } from './graphql/schema';
import { REQUIRED_QUERIES } from './services';
import { startHttpServer, RunningHttpServer } from './server';
import { developmentSecret } from './auth/dev-secret';
import { backfillSearch, warmSearch } from './services/search-readiness';

export class StartupError extends Error {
  override name = 'StartupError';
}

export interface RunningApp {
  url: string;
  driver: Driver;
  executor: Neo4jExecutor;
  http: RunningHttpServer;
  /** Drains HTTP, then closes the driver. */
  stop(): Promise<void>;
}

/** Connects to Neo4j (failing with one clear line), migrates, and opens the database layer. */
export async function connectDatabase(config: AppConfig, uri: string, logger: Logger): Promise<{ driver: Driver; executor: Neo4jExecutor }> {
  const catalog = CypherCatalog.load();
  catalog.require(REQUIRED_QUERIES);
  const driver = createDriver({ ...config.neo4j, uri });
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
  } catch (error) {
    await driver.close();
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new StartupError(`cannot reach Neo4j at ${uri}: ${reason}`);
  }
  const executor = new Neo4jExecutor(driver, catalog, {
    database: config.neo4j.database,
    transactionTimeoutMs: config.neo4j.transactionTimeoutMs,
  });
  const report = await applyMigrations(executor);
  logger.info({ applied: report.applied, alreadyApplied: report.alreadyApplied.length }, 'migrations checked');
  await backfillSearch(executor, logger);
  return { driver, executor };
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
  const { driver, executor } = await connectDatabase(config, uri, logger);
  try {
    await prepare?.(executor);
    await warmSearch(executor, logger);
    const schema = await buildDutygraphSchema();
    const http = await startHttpServer({ schema, driver, executor, logger, limits: config.graphql, metrics: config.metrics, auth: { ...config.auth, jwtSecret: config.auth.jwtSecret ?? (config.auth.jwksUrl ? undefined : developmentSecret()) } }, config.host, config.port, config.shutdownGraceMs).catch(
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
      http,
      stop: async () => {
        await http.stop();
        await driver.close();
      },
    };
  } catch (error) {
    await driver.close();
    throw error;
  }
}
