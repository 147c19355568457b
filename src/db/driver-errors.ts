import { Neo4jError, error as driverErrorCodes } from 'neo4j-driver';
import { BadUserInputError, ConflictError, DatabaseUnavailableError, QueryTimeoutError } from '../errors';

/**
 * Codes meaning "the database is not there": no server reachable (`ServiceUnavailable`), the
 * connection or the cluster member went away (`SessionExpired`), no leader or a read-only member
 * asked to write, the database stopped or not found, credentials refused. All are retryable for
 * a client: the same request may succeed once the database is back.
 */
const UNAVAILABLE_CODES = new Set([
  driverErrorCodes.SERVICE_UNAVAILABLE,
  driverErrorCodes.SESSION_EXPIRED,
  'Neo.ClientError.Cluster.NotALeader',
  'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthorizationExpired',
]);

/**
 * Who raised a failure of a unit of work: one of its statements (`STATEMENT`), or the driver around
 * them — getting a connection, beginning or committing the transaction (`CONNECTION`).
 */
export type FailurePhase = 'STATEMENT' | 'CONNECTION';

/**
 * Translates driver errors into client errors, by class, `code` and where the unit of work failed —
 * never by message text. Returns the original error when it is not a known database condition,
 * so it is masked as internal.
 *
 * A driver error without a server code raised around the statements can only come from getting or
 * keeping a connection: the pool's acquisition timeout, a closed pool (shutdown), a connect failure.
 * The driver gives those no code of their own (`N/A`), so the phase classifies them: the database
 * was not reachable. The same error from a statement (a driver-side misuse) stays internal.
 */
export function translateDriverError(error: unknown, timeoutMs: number, phase: FailurePhase = 'STATEMENT'): unknown {
  if (error instanceof DatabaseUnavailableError) return error;
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code;
  if (UNAVAILABLE_CODES.has(code)) return new DatabaseUnavailableError('UNREACHABLE', code);
  if (code === 'Neo.ClientError.Transaction.InvalidBookmark' || code === 'Neo.ClientError.Transaction.InvalidBookmarkMixture') {
    return BadUserInputError.of('x-dutygraph-bookmark', 'This bookmark was not issued by this database: send the one an earlier answer gave (extensions.bookmark), or none.');
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError('This change conflicts with a record that already exists.');
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.TransientError.Transaction.LockClientStopped') {
    return new QueryTimeoutError(timeoutMs);
  }
  if (code === 'Neo.TransientError.Transaction.DeadlockDetected') {
    return new ConflictError('A concurrent change to the same records won; reload and retry.');
  }
  if (code.startsWith('Neo.TransientError.')) return new DatabaseUnavailableError('UNREACHABLE', code);
  if (phase === 'CONNECTION' && !code.startsWith('Neo.')) return new DatabaseUnavailableError();
  return error;
}

/** True for the errors that mean the database is away (they count towards opening the circuit). */
export function meansUnavailable(translated: unknown): boolean {
  return translated instanceof DatabaseUnavailableError && translated.reason !== 'CIRCUIT_OPEN';
}
