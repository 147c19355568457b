import { Neo4jError } from 'neo4j-driver';
import { meansUnavailable, translateDriverError } from '../../src/db/driver-errors';
import { ConflictError, DatabaseUnavailableError, QueryTimeoutError } from '../../src/errors';

/** A driver error as neo4j-driver 6 raises it: a code from the server, or one of the driver's own. */
const driverError = (code: string) => new Neo4jError('message text is never looked at', code, '50N42', 'description');
/** The driver's own errors (pool, connection) carry no server code: `N/A`, as its internal newError() makes them. */
const newError = (message: string) => new Neo4jError(message, 'N/A', '50N42', 'error: general processing exception - unexpected error.');

describe('translateDriverError: every "the database is not there" failure is DATABASE_UNAVAILABLE, retryable', () => {
  const unavailable = (error: unknown, phase?: 'STATEMENT' | 'CONNECTION') => {
    const translated = translateDriverError(error, 15_000, phase);
    expect(translated).toBeInstanceOf(DatabaseUnavailableError);
    expect((translated as DatabaseUnavailableError).extensions).toMatchObject({ code: 'DATABASE_UNAVAILABLE', retryable: true });
    expect(meansUnavailable(translated)).toBe(true);
  };

  it('no server reachable (ServiceUnavailable)', () => unavailable(driverError('ServiceUnavailable')));
  it('the connection or cluster member went away (SessionExpired)', () => unavailable(driverError('SessionExpired')));
  it('the leader is unavailable: a write reached a follower (NotALeader)', () => unavailable(driverError('Neo.ClientError.Cluster.NotALeader')));
  it('the leader is unavailable: a write reached a read-only member', () => unavailable(driverError('Neo.ClientError.General.ForbiddenOnReadOnlyDatabase')));
  it('the database is stopped or starting', () => unavailable(driverError('Neo.TransientError.General.DatabaseUnavailable')));
  it('the database does not exist (yet)', () => unavailable(driverError('Neo.ClientError.Database.DatabaseNotFound')));
  it('the credentials are refused or expired', () => {
    unavailable(driverError('Neo.ClientError.Security.Unauthorized'));
    unavailable(driverError('Neo.ClientError.Security.AuthorizationExpired'));
  });
  it('any other transient server error (e.g. out of memory for now)', () => unavailable(driverError('Neo.TransientError.General.MemoryPoolOutOfMemoryError')));
  it('keeps the server code for logs and the command line, and never sends it to a client', () => {
    const translated = translateDriverError(driverError('Neo.TransientError.General.MemoryPoolOutOfMemoryError'), 15_000) as DatabaseUnavailableError;
    expect(translated.serverCode).toBe('Neo.TransientError.General.MemoryPoolOutOfMemoryError');
    expect(JSON.stringify(translated.toJSON())).not.toContain('MemoryPool');
  });

  it('connection acquisition timed out (pool exhausted): a driver error without a server code, raised around the statements', () => {
    // What the pool raises: newError("Connection acquisition timed out in 5000 ms. …") — code N/A.
    unavailable(newError('Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 50, Idle conn count = 0.'), 'CONNECTION');
  });
  it('the pool is closed (the service is shutting down)', () => unavailable(newError('Pool is closed, it is no more able to serve requests.'), 'CONNECTION'));

  it('the same code-less driver error raised by a statement (a misuse) stays internal', () => {
    const error = newError('Cannot run query in this transaction');
    expect(translateDriverError(error, 15_000, 'STATEMENT')).toBe(error);
  });

  it('a deadline or circuit error passes through unchanged', () => {
    const deadline = new DatabaseUnavailableError('DEADLINE');
    expect(translateDriverError(deadline, 15_000)).toBe(deadline);
    expect(meansUnavailable(deadline)).toBe(true);
    expect(meansUnavailable(new DatabaseUnavailableError('CIRCUIT_OPEN'))).toBe(false);
  });
});

describe('translateDriverError: the other database conditions', () => {
  it('a transaction timeout is QUERY_TIMEOUT', () => expect(translateDriverError(driverError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'), 2_000)).toBeInstanceOf(QueryTimeoutError));
  it('a constraint violation or deadlock is CONFLICT', () => {
    expect(translateDriverError(driverError('Neo.ClientError.Schema.ConstraintValidationFailed'), 2_000)).toBeInstanceOf(ConflictError);
    expect(translateDriverError(driverError('Neo.TransientError.Transaction.DeadlockDetected'), 2_000)).toBeInstanceOf(ConflictError);
  });
  it('a syntax error (a bug) and non-driver errors stay as they are, to be masked as internal', () => {
    const syntax = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(translateDriverError(syntax, 2_000, 'CONNECTION')).toBe(syntax);
    const plain = new Error('boom');
    expect(translateDriverError(plain, 2_000)).toBe(plain);
  });
});
