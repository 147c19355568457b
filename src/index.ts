import 'reflect-metadata';
import { loadConfig, ConfigError } from './config';
import { createLogger } from './logger';
import { startApp, StartupError } from './app';
import { LocalNeo4jError } from './db/local-neo4j';
import { Neo4jSupervisor } from './db/neo4j-supervisor';
import { loadSampleTown } from './sample-town';
import type { Neo4jExecutor } from './db/executor';
import { startupFailureLine } from './startup-steps';
import type { RunningApp } from './app';

/**
 * Wiring only: config → Neo4j (the given NEO4J_URI, or the local embedded one) → schema → server.
 * `--with-sample` (or LOAD_SAMPLE_TOWN=true) loads the sample town before serving; `npm start` passes it.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let local: Neo4jSupervisor | undefined;
  let uri = config.neo4j.uri;
  let exitCode: number | undefined;
  let app: RunningApp | undefined;
  let stopping = false;
  if (!uri) {
    logger.info({ port: config.localNeo4j.port, data: config.localNeo4j.dataDir }, 'NEO4J_URI not set: starting the local embedded Neo4j');
    const { restarts, ...localOptions } = config.localNeo4j;
    const startOptions = { ...localOptions, password: config.neo4j.password, readyTimeoutMs: config.neo4j.startupTimeoutMs, log: (line: string) => logger.info(line) };
    local = await Neo4jSupervisor.start(startOptions, { restarts }, {
      onRestarting: (reason, attempt, of, delayMs) => logger.error({ reason, attempt, of, delayMs }, `the embedded Neo4j is down (${reason}): restarting it in ${delayMs} ms (try ${attempt} of ${of})`),
      onRestarted: (attempt, downMs) => logger.info({ attempt, downMs, pid: local?.pid }, `the embedded Neo4j is running again after ${downMs} ms`),
      onGiveUp: (tries, reason) => {
        logger.fatal({ tries, reason }, `the embedded Neo4j is down (${reason}) and ${tries} restarts in a row did not keep it up: exiting with code 1 so the service's supervisor (systemd, the container runtime) restarts Dutygraph`);
        exitCode = 1;
        void shutdown('neo4j-gave-up');
      },
    });
    uri = local.uri;
    logger.info({ pid: local.pid, uri, restarts }, 'the embedded Neo4j is running, supervised');
  }

  const withSample = config.loadSampleTown || process.argv.includes('--with-sample');
  const loadSample = async (executor: Neo4jExecutor) => {
    const summary = await loadSampleTown(executor);
    logger.info(summary, 'sample town loaded');
  };
  app = await startApp(config, uri, logger, withSample ? loadSample : undefined).catch(async (error) => {
    await local?.stop();
    throw error;
  });
  logger.info({ url: app.url, neo4j: uri }, 'Dutygraph is serving GraphQL');

  async function shutdown(signal: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    try {
      await app?.stop();
      await local?.stop();
      logger.info('stopped');
      process.exit(exitCode ?? 0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else if (error instanceof StartupError || error instanceof LocalNeo4jError) {
    process.stderr.write(`dutygraph: ${error.message}\n`);
  } else {
    process.stderr.write(`dutygraph: ${startupFailureLine('starting', error)}\n`);
  }
  process.exit(1);
});
