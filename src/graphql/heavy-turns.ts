import { E_TIMEOUT, Semaphore, SemaphoreInterface, withTimeout } from 'async-mutex';
import { OverloadedError } from '../errors';

export interface HeavyTurnLimits {
  /** Expensive operations running at once. */
  concurrency: number;
  /** Expensive operations that may wait for a turn; one more is refused at once. */
  maxWaiting: number;
  /** How long one may wait for its turn before it is refused. */
  waitMs: number;
}

/**
 * The turns expensive operations take (async-mutex's semaphore with a wait deadline), with a bounded
 * queue: at most `concurrency` run, at most `maxWaiting` wait (each at most `waitMs`), and any
 * other is refused at once with OVERLOADED (retryable, Retry-After). So under any number of
 * concurrent expensive queries the service answers each within about (maxWaiting / concurrency + 1)
 * run times plus the deadline, instead of queueing them without limit; none hangs.
 */
export class HeavyTurns {
  private readonly semaphore: SemaphoreInterface;
  private waitingNow = 0;
  private runningNow = 0;
  readonly retryAfterSeconds: number;

  constructor(private readonly limits: HeavyTurnLimits) {
    this.semaphore = withTimeout(new Semaphore(limits.concurrency), limits.waitMs);
    this.retryAfterSeconds = Math.max(1, Math.ceil(limits.waitMs / 1000));
  }

  /** How many run and how many wait now. */
  get load(): { running: number; waiting: number } {
    return { running: this.runningNow, waiting: this.waitingNow };
  }

  /** Waits for a turn; resolves to its release (call it once), or rejects with OverloadedError. */
  async take(): Promise<() => void> {
    const mustWait = this.semaphore.isLocked();
    if (mustWait && this.waitingNow >= this.limits.maxWaiting) throw this.overloaded();
    if (mustWait) this.waitingNow += 1;
    let release: () => void;
    try {
      [, release] = await this.semaphore.acquire();
    } catch (error) {
      if (error === E_TIMEOUT || (error instanceof Error && error.message === E_TIMEOUT.message)) throw this.overloaded();
      throw error;
    } finally {
      if (mustWait) this.waitingNow -= 1;
    }
    this.runningNow += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.runningNow -= 1;
      release();
    };
  }

  private overloaded(): OverloadedError {
    const error = new OverloadedError(this.waitingNow, 'a turn to run an expensive query', this.retryAfterSeconds);
    error.extensions.http = { status: 503, headers: new Map([['retry-after', String(this.retryAfterSeconds)]]) };
    return error;
  }
}
