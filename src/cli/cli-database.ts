import neo4j from 'neo4j-driver';
import { AppConfig } from '../config';
import { connectDatabase } from '../app';
import type { Neo4jExecutor } from '../db/executor';
import { startLocalNeo4j, LocalNeo4j } from '../db/local-neo4j';
import { createLogger } from '../logger';

/** Imports of many towns run far longer than a request; used unless NEO4J_TX_TIMEOUT_MS is set. */
const CLI_TRANSACTION_TIMEOUT_MS = 30 * 60_000;

export interface CliDatabase {
  uri: string;
  executor: Neo4jExecutor;
  close(): Promise<void>;
}

/**
 * The database a command-line tool works on: NEO4J_URI when set; otherwise the local embedded
 * Neo4j — the one `npm start` or `npm run neo4j` is running, or one started for this command
 * (on the same store) and stopped when it ends.
 */
export async function openCliDatabase(config: AppConfig, env: NodeJS.ProcessEnv = process.env): Promise<CliDatabase> {
  const transactionTimeoutMs = env.NEO4J_TX_TIMEOUT_MS ? config.neo4j.transactionTimeoutMs : CLI_TRANSACTION_TIMEOUT_MS;
  const cliConfig: AppConfig = { ...config, neo4j: { ...config.neo4j, transactionTimeoutMs } };
  const logger = createLogger('warn');

  let local: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    uri = `bolt://127.0.0.1:${config.localNeo4j.port}`;
    if (!(await isReachable(uri, config))) {
      process.stderr.write(`starting the local Neo4j (store ${config.localNeo4j.dataDir})…\n`);
      local = await startLocalNeo4j({ ...config.localNeo4j, password: config.neo4j.password });
      uri = local.uri;
    }
  }
  try {
    const { driver, executor } = await connectDatabase(cliConfig, uri, logger);
    return {
      uri,
      executor,
      close: async () => {
        await driver.close();
        await local?.stop();
      },
    };
  } catch (error) {
    await local?.stop();
    throw error;
  }
}

async function isReachable(uri: string, config: AppConfig): Promise<boolean> {
  const auth = config.neo4j.password ? neo4j.auth.basic(config.neo4j.user, config.neo4j.password) : undefined;
  const driver = neo4j.driver(uri, auth, { connectionTimeout: 2_000, logging: { level: 'error', logger: () => undefined } });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** `--name value` and `--flag` arguments; the rest are positional. */
export function parseArguments(argv: readonly string[]): { options: Map<string, string | true>; positional: string[] } {
  const options = new Map<string, string | true>();
  const positional: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (!argument.startsWith('--')) {
      positional.push(argument);
      continue;
    }
    const [name, inline] = argument.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const next = argv[index + 1];
    if (inline !== undefined) options.set(name, inline);
    else if (next !== undefined && !next.startsWith('--')) {
      options.set(name, next);
      index += 1;
    } else options.set(name, true);
  }
  return { options, positional };
}
