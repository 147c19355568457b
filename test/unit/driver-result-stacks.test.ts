import path from 'node:path';
import { skipResultCallerStacks } from '../../src/db/driver-result-stacks';

// The driver's own result module, whose class the service replaces.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const resultModule = require(path.join(path.dirname(require.resolve('neo4j-driver-core')), 'result.js')) as { default: new (...args: unknown[]) => object };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Result } = require('neo4j-driver') as { Result: new (...args: unknown[]) => object };

/** A result of the driver's current class over an observer that never answers. */
function newResult(): { _stack?: string | null } {
  return new resultModule.default(new Promise(() => undefined), 'RETURN 1', {}) as { _stack?: string | null };
}

describe("making the driver's results without the caller's stack", () => {
  it('is installed on the pinned neo4j-driver (an upgrade that moves its result class fails here)', () => {
    expect(skipResultCallerStacks()).toBe(true);
    expect(skipResultCallerStacks()).toBe(true);
  });

  it('makes results that are still the driver\'s Result, with no stack captured, and leaves Error.stackTraceLimit as it was', () => {
    skipResultCallerStacks();
    const limit = Error.stackTraceLimit;
    const result = newResult();
    expect(result).toBeInstanceOf(Result);
    expect(result._stack).toBeNull();
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('after').stack).toMatch(/\n\s+at /);
  });
});
