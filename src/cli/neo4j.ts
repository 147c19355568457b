import { loadConfig, ConfigError } from '../config';
import { LocalNeo4jError, startLocalNeo4j } from '../db/local-neo4j';

/** `npm run neo4j`: the embedded Neo4j alone, until Ctrl-C. */
async function main(): Promise<void> {
  const config = loadConfig();
  const local = await startLocalNeo4j({ ...config.localNeo4j, password: config.neo4j.password, log: (line) => process.stdout.write(`${line}\n`) });
  process.stdout.write(`Neo4j ready at ${local.uri} (store ${config.localNeo4j.dataDir}); Ctrl-C stops it\n`);
  const stop = () => void local.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof LocalNeo4jError;
  process.stderr.write(`neo4j: ${known ? (error as Error).message : String(error)}\n`);
  process.exit(1);
});
