import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { ValidationError } from 'class-validator';
import { errorsNamingRequest, formatClientError } from '../../src/graphql/error-formatting';
import { NotFoundError, DatabaseUnavailableError } from '../../src/errors';
import { translateDriverError } from '../../src/db/driver-errors';
import { Neo4jError } from 'neo4j-driver';

const wrap = (error: Error) => new GraphQLError(error.message, { originalError: error, path: ['field'] });

describe('what a client sees of an error', () => {
  it('shows our own errors with their code and details', () => {
    const original = wrap(new NotFoundError('Office', 'office:nope'));
    const { error, internal } = formatClientError({ message: original.message, extensions: { code: 'NOT_FOUND', id: 'office:nope' } }, original);
    expect(internal).toBe(false);
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'office:nope' });
  });

  it('turns class-validator failures into BAD_USER_INPUT naming every field at fault', () => {
    const first = Object.assign(new ValidationError(), { property: 'first', constraints: { max: 'first must not be greater than 100' }, children: [] });
    const nested = Object.assign(new ValidationError(), {
      property: 'input',
      constraints: {},
      children: [Object.assign(new ValidationError(), { property: 'name', constraints: { length: 'name is too long' }, children: [] })],
    });
    const original = wrap(new ArgumentValidationError([first, nested]));
    const { error } = formatClientError({ message: original.message, extensions: { code: 'BAD_USER_INPUT' } }, original);
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
      problems: [
        { field: 'first', message: 'first must not be greater than 100' },
        { field: 'input.name', message: 'name is too long' },
      ],
    });
  });

  it('answers BAD_USER_INPUT when graphql-js gives up coercing variables after 50 problems', () => {
    const original = new GraphQLError('Too many errors processing variables, error limit reached. Execution aborted.');
    const { error, internal } = formatClientError({ message: original.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, original);
    expect(internal).toBe(false);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('masks anything unexpected: no message, no stack trace', () => {
    const original = wrap(new TypeError("Cannot read properties of undefined (reading 'secret')"));
    const { error, internal } = formatClientError(
      { message: original.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x.js:1'] } },
      original,
    );
    expect(internal).toBe(true);
    expect(error.message).not.toContain('secret');
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

describe('driver errors', () => {
  it('are translated by code: unavailable, conflict, timeout', () => {
    expect(translateDriverError(new Neo4jError('x', 'ServiceUnavailable', '', ''), 1000)).toBeInstanceOf(DatabaseUnavailableError);
    expect(translateDriverError(new Neo4jError('x', 'Neo.ClientError.Schema.ConstraintValidationFailed', '', ''), 1000)).toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
    expect(translateDriverError(new Neo4jError('x', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', '', ''), 1000)).toMatchObject({
      extensions: { code: 'QUERY_TIMEOUT', timeoutMs: 1000 },
    });
  });

  it('leave unknown failures alone, so they are masked as internal', () => {
    const syntax = new Neo4jError('x', 'Neo.ClientError.Statement.SyntaxError', '', '');
    expect(translateDriverError(syntax, 1000)).toBe(syntax);
  });
});

describe('the request id in an answer Apollo gave before any plugin ran', () => {
  it('goes into every error, after its other extensions, keeping the trailing newline', () => {
    const answer = `${JSON.stringify({ errors: [{ message: 'a', extensions: { code: 'BAD_REQUEST' } }, { message: 'b' }] })}\n`;
    expect(errorsNamingRequest(answer, 'req-1')).toBe(
      `${JSON.stringify({ errors: [{ message: 'a', extensions: { code: 'BAD_REQUEST', requestId: 'req-1' } }, { message: 'b', extensions: { requestId: 'req-1' } }] })}\n`,
    );
  });

  it('leaves an answer without errors, and text that is not JSON, as they are', () => {
    expect(errorsNamingRequest('{"data":{"x":1}}', 'req-1')).toBe('{"data":{"x":1}}');
    expect(errorsNamingRequest('Bad Request', 'req-1')).toBe('Bad Request');
    expect(errorsNamingRequest('null', 'req-1')).toBe('null');
  });
});
