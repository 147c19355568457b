import { GraphQLError } from 'graphql';
import type { InputProblem } from './domain/problems';

/**
 * Every error a client may see is one of these, each with a fixed `extensions.code`.
 * Anything else is logged with the request id and replaced by a generic message.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  OVERLOADED: 'OVERLOADED',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export type { InputProblem } from './domain/problems';

export abstract class DutygraphError extends GraphQLError {
  protected constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = new.target.name;
  }
}

export class BadUserInputError extends DutygraphError {
  constructor(readonly problems: InputProblem[]) {
    const first = problems[0];
    const summary = problems.length === 1 && first ? `${first.field}: ${first.message}` : `${problems.length} problems with the input`;
    super(`Invalid input. ${summary}`, ErrorCode.BAD_USER_INPUT, {
      field: first?.field,
      problems,
    });
  }

  static of(field: string, message: string): BadUserInputError {
    return new BadUserInputError([{ field, message }]);
  }
}

export class NotFoundError extends DutygraphError {
  constructor(label: string, id: string, field = 'id') {
    super(`No ${label} with id '${id}'.`, ErrorCode.NOT_FOUND, { label, id, field });
  }
}

export class ConflictError extends DutygraphError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, ErrorCode.CONFLICT, details);
  }
}

export class UnauthenticatedError extends DutygraphError {
  constructor(message = 'Authentication required: send a valid bearer token.') {
    super(message, ErrorCode.UNAUTHENTICATED);
  }
}

export class ForbiddenError extends DutygraphError {
  constructor(message = 'Your role does not allow this.') {
    super(message, ErrorCode.FORBIDDEN);
  }
}

/**
 * Why the database could not answer: the driver could not reach it (`UNREACHABLE`), the request's
 * deadline passed first (`DEADLINE`), or the service already knows it is down and did not try (`CIRCUIT_OPEN`).
 */
export type UnavailableReason = 'UNREACHABLE' | 'DEADLINE' | 'CIRCUIT_OPEN';

export class DatabaseUnavailableError extends DutygraphError {
  /**
   * `serverCode`: the Neo4j status code behind it, when the server gave one (a transient error such as
   * `Neo.TransientError.General.MemoryPoolOutOfMemoryError`), for logs and the command line; never sent to clients.
   */
  constructor(
    readonly reason: UnavailableReason = 'UNREACHABLE',
    readonly serverCode?: string,
  ) {
    super(
      reason === 'DEADLINE'
        ? 'The database did not answer before the request deadline. Retry in a few seconds (send an Idempotency-Key with writes, so a retry cannot apply twice).'
        : 'The database is unavailable right now. Retry in a few seconds.',
      ErrorCode.DATABASE_UNAVAILABLE,
      { retryable: true, reason },
    );
  }
}

/** Too many requests are already waiting (for the database, or for a turn to run an expensive query): refused at once instead of queued. */
export class OverloadedError extends DutygraphError {
  constructor(waiting: number, waitingFor = 'the database', retryAfterSeconds?: number) {
    super(`The service is overloaded (${waiting} requests are waiting for ${waitingFor}). Retry in ${retryAfterSeconds ? `${retryAfterSeconds} s` : 'a few seconds'}, or ask for less (first, fewer fields).`, ErrorCode.OVERLOADED, {
      retryable: true,
      ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
    });
  }
}

/** An Idempotency-Key sent again with a different operation or different variables. */
export class IdempotencyKeyReusedError extends DutygraphError {
  constructor(key: string) {
    super(`The Idempotency-Key '${key}' was already used for a different operation or input; use a new key for a new change.`, ErrorCode.IDEMPOTENCY_KEY_REUSED, {
      field: 'Idempotency-Key',
    });
  }
}

/** An argument larger than its limit (an uploaded workbook); the HTTP body limit answers the same code as a 413. */
export class PayloadTooLargeError extends DutygraphError {
  /** `measured` says what was counted when it is not the bytes as sent (e.g. 'unzipped'). */
  constructor(field: string, bytes: number, maxBytes: number, measured?: string) {
    const size = measured ? `${bytes} bytes ${measured}` : `${bytes} bytes`;
    super(`${field} is ${size}; at most ${maxBytes} bytes are accepted.`, ErrorCode.PAYLOAD_TOO_LARGE, { field, bytes, maxBytes, ...(measured ? { measured } : {}) });
  }
}

export class QueryTimeoutError extends DutygraphError {
  constructor(timeoutMs: number) {
    super(`The query took longer than the ${timeoutMs} ms limit. Narrow it (fewer results, a township) and retry.`, ErrorCode.QUERY_TIMEOUT, {
      retryable: true,
      timeoutMs,
    });
  }
}
