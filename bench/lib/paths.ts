import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { startApp } from '../../src/app';
import { AppConfig, loadConfig, LogLevel } from '../../src/config';
import { CypherCatalog } from '../../src/db/cypher-catalog';
import { loadCatalog } from '../../src/repositories/catalog';
import { toPlain } from '../../src/db/values';
import { createLogger } from '../../src/logger';
import { PROJECT_ROOT } from '../../src/project-root';
import { benchDriver } from './bench-database';
import { PathName, RAW_INTEGER_PARAMS } from './operations';
import { pageParameter } from '../../src/repositories/page';
import type { PageRequest } from '../../src/domain/page';

export const BENCH_DIR = path.join(PROJECT_ROOT, 'bench');

export interface RunningPath {
  /** Where requests go: POST JSON. */
  url: string;
  stop(): Promise<void>;
}

export interface PathOptions {
  uri: string;
  /** The service's JWT secret (the bench signs its token with it). */
  jwtSecret: string;
  /** The service's LOG_LEVEL (default info, as in production; its stdout goes nowhere). */
  logLevel?: string;
  /** Driver pool size of the raw and @neo4j/graphql paths: the service's default, 50. */
  poolSize?: number;
}

/** Starts one path's HTTP server on a free port of 127.0.0.1. */
export async function startPath(name: PathName, options: PathOptions): Promise<RunningPath> {
  if (name === 'service') return startService(options);
  if (name === 'raw') return startRaw(options);
  return startNeo4jGraphql(options);
}

/**
 * The service's configuration for this run. The other paths read their database and transaction
 * timeout from it too: a session that names no database costs the driver a home-database lookup
 * (about 0.6 ms of a 1.4 ms `RETURN 1` here), which the service never pays.
 */
function serviceConfig(options: PathOptions): AppConfig {
  return loadConfig({ ...process.env, NEO4J_URI: options.uri, PORT: '0', HOST: '127.0.0.1', JWT_SECRET: options.jwtSecret, LOG_LEVEL: options.logLevel ?? 'info' });
}

/** The service exactly as `npm run serve` starts it (src/app.ts), on another port. */
async function startService(options: PathOptions): Promise<RunningPath> {
  const config = serviceConfig(options);
  const app = await startApp(config, options.uri, createLogger(config.logLevel as LogLevel));
  return { url: app.url, stop: () => app.stop() };
}

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    });
  });
}

/** The Cypher the raw path may run: the service's catalog, and bench/cypher as `bench/<name>`. */
function rawStatements(): Map<string, string> {
  const statements = new Map<string, string>();
  const service = loadCatalog();
  for (const name of service.names()) statements.set(name, service.get(name));
  const bench = CypherCatalog.load(path.join(BENCH_DIR, 'cypher'));
  for (const name of bench.names()) statements.set(`bench/${name}`, bench.get(name));
  return statements;
}

/**
 * The floor: POST {statement, params} runs that statement in a managed read transaction with the
 * service's timeout and answers the rows as plain JSON. No GraphQL, no auth, no services.
 */
async function startRaw(options: PathOptions): Promise<RunningPath> {
  const { database, transactionTimeoutMs } = serviceConfig(options).neo4j;
  const statements = rawStatements();
  const driver: Driver = benchDriver(options.uri, options.poolSize ?? 50);
  await driver.verifyConnectivity();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
        try {
          const { statement, params } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { statement: string; params: Record<string, unknown> };
          const text = statements.get(statement);
          if (text === undefined) throw new Error(`unknown statement ${statement}`);
          const cypherParams = { ...params };
          for (const name of RAW_INTEGER_PARAMS) if (typeof cypherParams[name] === 'number') cypherParams[name] = neo4j.int(cypherParams[name] as number);
          // A page's counts are integers too (repositories/page.ts).
          if (cypherParams.page && typeof cypherParams.page === 'object') cypherParams.page = pageParameter(cypherParams.page as PageRequest);
          const result = await session.executeRead((tx) => tx.run(text, cypherParams), { timeout: transactionTimeoutMs });
          const rows = result.records.map((record) => toPlain(record.toObject()));
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ rows }));
        } catch (error) {
          res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
        } finally {
          await session.close();
        }
      })();
    });
  });
  server.keepAliveTimeout = 60_000;
  const base = await listen(server);
  return {
    url: `${base}/raw`,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}

/**
 * @neo4j/graphql 7 over bench/neo4j-graphql/typedefs.graphql, served as its getting-started guide
 * serves it: Apollo Server's startStandaloneServer (Node's HTTP server, body-parser, CORS; no
 * Express), as the service serves /graphql (src/http/graphql-endpoint.ts).
 */
async function startNeo4jGraphql(options: PathOptions): Promise<RunningPath> {
  const { database } = serviceConfig(options).neo4j;
  const driver = benchDriver(options.uri, options.poolSize ?? 50);
  await driver.verifyConnectivity();
  const typeDefs = fs.readFileSync(path.join(BENCH_DIR, 'neo4j-graphql', 'typedefs.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema, stopOnTerminationSignals: false });
  const { url } = await startStandaloneServer(apollo, { listen: { port: 0, host: '127.0.0.1' }, context: async () => ({ sessionConfig: { database } }) });
  return {
    url: new URL('/graphql', url).toString(),
    stop: async () => {
      await apollo.stop();
      await driver.close();
    },
  };
}
