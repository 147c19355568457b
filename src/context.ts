import type { Logger } from './logger';
import type { Neo4jExecutor, StatementObserver } from './db/executor';
import { createServices, Services } from './services';

/** Per-request context: who is asking, the request id, and services bound to this request. */
export interface RequestContext {
  requestId: string;
  logger: Logger;
  services: Services;
  /** Cypher statements this request sent, in order (tests bound round trips per request with it). */
  statements: string[];
}

export function createRequestContext(executor: Neo4jExecutor, logger: Logger, requestId: string): RequestContext {
  const statements: string[] = [];
  const observer: StatementObserver = { onStatement: (name) => statements.push(name) };
  const requestExecutor = executor.forRequest(requestId, observer);
  return {
    requestId,
    logger: logger.child({ requestId }),
    services: createServices(requestExecutor),
    statements,
  };
}
