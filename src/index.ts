import 'reflect-metadata';
import { loadConfig, ConfigError } from './config';
import { createLogger } from './logger';
import { startApp, StartupError } from './app';
import { LocalNeo4j, LocalNeo4jError, startLocalNeo4j } from './db/local-neo4j';
import { loadSampleTown } from './sample-town';
import type { Neo4jExecutor } from './db/executor';

/**
 * Wiring only: config → Neo4j (the given NEO4J_URI, or the local embedded one) → schema → server.
 * `--with-sample` (or LOAD_SAMPLE_TOWN=true) loads the sample town before serving; `npm start` passes it.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let local: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    logger.info({ port: config.localNeo4j.port, data: config.localNeo4j.dataDir }, 'NEO4J_URI not set: starting the local embedded Neo4j');
    local = await startLocalNeo4j({ ...config.localNeo4j, password: config.neo4j.password, log: (line) => logger.info(line) });
    uri = local.uri;
  }

  const withSample = config.loadSampleTown || process.argv.includes('--with-sample');
  const loadSample = async (executor: Neo4jExecutor) => {
    const summary = await loadSampleTown(executor);
    logger.info(summary, 'sample town loaded');
  };
  const app = await startApp(config, uri, logger, withSample ? loadSample : undefined).catch(async (error) => {
    await local?.stop();
    throw error;
  });
  logger.info({ url: app.url, neo4j: uri }, 'Dutygraph is serving GraphQL');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    try {
      await app.stop();
      await local?.stop();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else if (error instanceof StartupError || error instanceof LocalNeo4jError) {
    process.stderr.write(`dutygraph: ${error.message}\n`);
  } else {
    process.stderr.write(`dutygraph: failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
});
