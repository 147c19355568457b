import neo4j, { Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config';
import { coalesceBoltWrites } from './bolt-write-coalescing';
import { skipResultCallerStacks } from './driver-result-stacks';

/** Idle time after which a pooled connection is checked before it is handed out. */
export const LIVENESS_CHECK_AFTER_IDLE_MS = 1_000;

/** The one driver of the process. `neo4j://` URIs route across a cluster; `bolt://` talks to one server. */
export function createDriver(config: Neo4jConfig & { uri: string }): Driver {
  coalesceBoltWrites();
  skipResultCallerStacks();
  const auth = config.password ? neo4j.auth.basic(config.user, config.password) : undefined;
  return neo4j.driver(config.uri, auth, {
    maxConnectionPoolSize: config.maxConnectionPoolSize,
    connectionTimeout: config.connectionTimeoutMs,
    connectionAcquisitionTimeout: config.connectionTimeoutMs,
    // Managed transactions retry transient errors for at most this long, so an outage fails fast.
    maxTransactionRetryTime: config.connectionTimeoutMs,
    // A pooled connection idle this long is checked (a RESET round trip) before use, so the
    // connections of a Neo4j that died are dropped instead of failing the first requests after it is back.
    connectionLivenessCheckTimeout: LIVENESS_CHECK_AFTER_IDLE_MS,
    userAgent: 'dutygraph/0.1',
    logging: { level: 'error', logger: () => undefined },
  });
}
