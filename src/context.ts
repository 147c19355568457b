import type { Logger } from './logger';
import type { Neo4jExecutor, StatementObserver } from './db/executor';
import { createServices, Services } from './services';
import type { Viewer } from './auth/roles';
import type { InputProblem } from './errors';
import { IdempotencyScope } from './idempotency';
import { RequestCausality } from './db/read-your-writes';

/** Per-request context: who is asking, the request id, and services bound to this request. */
export interface RequestContext {
  requestId: string;
  /** Who is asking; the field gates (`@Protected`, decided once per operation) and the mutations' `@Authorized` read it. */
  viewer: Viewer;
  logger: Logger;
  services: Services;
  /** Cypher statements this request sent, in order (tests bound round trips per request with it). */
  statements: string[];
  /**
   * Format problems of a mutation's arguments (class-validator), kept instead of thrown so that the
   * mutation's own rules (references, dates) are checked too and every problem is answered at once.
   * While there are any, no mutation commits (MutationRepository).
   */
  inputProblems: InputProblem[];
  /** The request's Idempotency-Key, and whether its answer replays an earlier write. */
  idempotency: IdempotencyScope;
  /** The bookmarks the caller has seen (its reads wait for them) and whether this request wrote. */
  causality: RequestCausality;
}

export function createRequestContext(
  executor: Neo4jExecutor,
  logger: Logger,
  requestId: string,
  viewer: Viewer,
  idempotency: IdempotencyScope = new IdempotencyScope(undefined, viewer.subject, {}),
  causality: RequestCausality = new RequestCausality(),
): RequestContext {
  const statements: string[] = [];
  const inputProblems: InputProblem[] = [];
  const observer: StatementObserver = { onStatement: (name) => statements.push(name) };
  const requestExecutor = executor.forRequest(requestId, observer, causality);
  return {
    requestId,
    viewer,
    logger: logger.child({ requestId, subject: viewer.subject }),
    services: createServices(requestExecutor, inputProblems, idempotency),
    statements,
    inputProblems,
    idempotency,
    causality,
  };
}
