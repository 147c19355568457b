import { Neo4jError } from 'neo4j-driver';
import { ConflictError, DatabaseUnavailableError, QueryTimeoutError } from '../errors';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
]);

/**
 * Translates driver errors into client errors, by `code` only (never by message text).
 * Returns the original error when it is not a known database condition, so it is masked as internal.
 */
export function translateDriverError(error: unknown, timeoutMs: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code;
  if (UNAVAILABLE_CODES.has(code)) return new DatabaseUnavailableError();
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConflictError('This change conflicts with a record that already exists.');
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.TransientError.Transaction.LockClientStopped') {
    return new QueryTimeoutError(timeoutMs);
  }
  if (code === 'Neo.TransientError.Transaction.DeadlockDetected') {
    return new ConflictError('A concurrent change to the same records won; reload and retry.');
  }
  if (code.startsWith('Neo.TransientError.')) return new DatabaseUnavailableError();
  return error;
}
