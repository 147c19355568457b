import { canonicalJson, IdempotencyScope } from '../../src/idempotency';
import { BadUserInputError, IdempotencyKeyReusedError } from '../../src/errors';

describe('IdempotencyScope', () => {
  const request = { query: 'mutation($id: ID!) { createDepartment(id: $id, input: {name: "x"}) { id } }', variables: { id: 'dept:a', extra: { b: 1, a: 2 } } };

  it('hashes the operation and its variables, whatever the order of keys', () => {
    const reordered = { variables: { extra: { a: 2, b: 1 }, id: 'dept:a' }, query: request.query };
    expect(new IdempotencyScope('k', 'me', request).hash).toBe(new IdempotencyScope('k', 'me', reordered).hash);
    expect(new IdempotencyScope('k', 'me', request).hash).not.toBe(new IdempotencyScope('k', 'me', { ...request, variables: { id: 'dept:b' } }).hash);
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
  });

  it('gives each write of a request its own slot, scoped to the caller', () => {
    const scope = new IdempotencyScope('key-1', 'alice', request);
    const first = scope.nextWrite();
    const second = scope.nextWrite();
    expect(first?.key).not.toBe(second?.key);
    expect(first?.key).toContain('alice');
    expect(new IdempotencyScope('key-1', 'bob', request).nextWrite()?.key).not.toBe(first?.key);
  });

  it('without a key there is no slot; a malformed key is BAD_USER_INPUT on Idempotency-Key', () => {
    expect(new IdempotencyScope(undefined, 'me', request).nextWrite()).toBeUndefined();
    expect(() => new IdempotencyScope('has spaces', 'me', request).nextWrite()).toThrow(BadUserInputError);
    expect(() => new IdempotencyScope('x'.repeat(129), 'me', request).nextWrite()).toThrow(BadUserInputError);
  });

  it('replays a stored result with the same hash, refuses a different one, runs the write when nothing is stored', () => {
    const scope = new IdempotencyScope('key-1', 'me', request);
    const slot = scope.nextWrite()!;
    expect(scope.resolve(slot, { hash: null, result: null })).toBeUndefined();
    expect(scope.replayed).toBe(false);
    expect(() => scope.resolve(slot, { hash: 'another', result: '{}' })).toThrow(IdempotencyKeyReusedError);
    expect(scope.resolve(slot, { hash: slot.hash, result: '{"id":"change:1"}' })).toEqual({ replay: { id: 'change:1' } });
    expect(scope.replayed).toBe(true);
  });
});
