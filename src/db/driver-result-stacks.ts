import path from 'node:path';

type ResultClass = new (...args: unknown[]) => { _stack?: string | null };

let installed: boolean | undefined;

/**
 * Stops neo4j-driver from capturing the caller's stack for every result it creates.
 *
 * The driver makes a Result for every statement and every COMMIT. Each one takes the caller's stack
 * (`new Error('').stack`), only to put it on the error if the statement fails. V8 formats that
 * stack at once. In a CPU profile of the service answering personNested, the formatting was 5 % of
 * the busy time: `captureStacktrace` plus `prepareStackTrace`, twice per transaction.
 *
 * Results are made by a subclass of the driver's `Result` (neo4j-driver-core's lib/result.js, at the
 * version the pinned neo4j-driver brings). It builds the result with `Error.stackTraceLimit` at 0,
 * so nothing is formatted, and leaves no stack to put on errors. A failed statement's error keeps
 * the stack the driver gave it where it was raised, and its code and message. The executor already
 * says which unit of work failed.
 *
 * Where that module is not found (another driver version), nothing changes.
 * test/unit/driver-result-stacks.test.ts fails then, so an upgrade cannot lose this unnoticed. Once
 * per process; true when installed.
 */
export function skipResultCallerStacks(): boolean {
  if (installed !== undefined) return installed;
  installed = false;
  const resultModule = driverResultModule();
  const Original = resultModule?.default;
  if (!resultModule || typeof Original !== 'function') return false;
  class ResultWithoutCallerStack extends Original {
    constructor(...args: unknown[]) {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      try {
        super(...args);
      } finally {
        Error.stackTraceLimit = limit;
      }
      this._stack = null;
    }
  }
  // The driver's modules read `default` of this module when they make a result, not at load time.
  resultModule.default = ResultWithoutCallerStack;
  installed = true;
  return true;
}

function driverResultModule(): { default?: ResultClass } | undefined {
  try {
    const root = path.dirname(require.resolve('neo4j-driver-core'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(path.join(root, 'result.js')) as { default?: ResultClass };
  } catch {
    return undefined;
  }
}
