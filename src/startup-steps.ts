import { Neo4jError } from 'neo4j-driver';
import { DatabaseUnavailableError, QueryTimeoutError } from './errors';
import type { Logger } from './logger';

/** A start-up failure, already worded as one line: what failed and what to do. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** Tries of each start-up step, and the pause before the next one (doubled each time). */
const TRIES = 4;
const FIRST_PAUSE_MS = 2_000;

/** Failures a later try may not meet: Neo4j not reachable yet, a transient error, a timeout on a busy machine. */
function worthRetrying(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError || error instanceof QueryTimeoutError) return true;
  return error instanceof Neo4jError && error.retryable;
}

/**
 * Runs one start-up step (connecting, migrating, importing the sample town: each safe to repeat),
 * retrying what a busy or still-starting machine may cause, with one progress line per try.
 * The last failure is thrown as a StartupError of one line: what failed, why, and what to do.
 */
export async function retryStartupStep<T>(what: string, step: () => Promise<T>, logger: Logger, tries = TRIES): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const started = Date.now();
    try {
      const result = await step();
      if (attempt > 1) logger.info({ attempt, ms: Date.now() - started }, `start-up: ${what} succeeded on try ${attempt}`);
      return result;
    } catch (error) {
      if (attempt >= tries || !worthRetrying(error)) throw new StartupError(startupFailureLine(what, error));
      const pauseMs = FIRST_PAUSE_MS * 2 ** (attempt - 1);
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      logger.warn({ attempt, tries, pauseMs, reason }, `start-up: ${what} failed (try ${attempt} of ${tries}); retrying in ${pauseMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}

/** One line for a start-up step that failed: what, why (first line of the cause), and what to do about it. */
export function startupFailureLine(what: string, error: unknown): string {
  if (error instanceof StartupError) return error.message;
  const reason = (error instanceof Error ? error.message.split('\n')[0] : String(error)) ?? '';
  if (error instanceof QueryTimeoutError) {
    return `${what} failed: a transaction took longer than the start-up limit (NEO4J_STARTUP_TIMEOUT_MS). The machine is probably busy: start again when it is quieter, or raise NEO4J_STARTUP_TIMEOUT_MS.`;
  }
  if (error instanceof DatabaseUnavailableError || (error instanceof Neo4jError && error.retryable)) {
    return `${what} failed: Neo4j stopped answering (${reason}). Check that Neo4j is running and has memory and disk to spare, then start again.`;
  }
  return `${what} failed: ${reason.replace(/[:.]\s*$/, '')}. Fix the cause named here and start again.`;
}
