import neo4j, { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config';

/** The one driver of the process. `neo4j://` URIs route across a cluster; `bolt://` talks to one server. */
export function createDriver(config: Neo4jConfig & { uri: string }): Driver {
  const auth = config.password ? neo4j.auth.basic(config.user, config.password) : undefined;
  return neo4j.driver(config.uri, auth, {
    maxConnectionPoolSize: config.maxConnectionPoolSize,
    connectionTimeout: config.connectionTimeoutMs,
    connectionAcquisitionTimeout: config.connectionTimeoutMs,
    // Managed transactions retry transient errors for at most this long, so an outage fails fast.
    maxTransactionRetryTime: config.connectionTimeoutMs,
    userAgent: 'dutygraph/0.1',
    logging: { level: 'error', logger: () => undefined },
  });
}
