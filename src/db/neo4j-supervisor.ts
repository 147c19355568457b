import { LocalNeo4j, LocalNeo4jExit, StartOptions, startLocalNeo4j } from './local-neo4j';

/** What the supervisor reports: one line per event, for the service log. */
export interface SupervisorEvents {
  /** The embedded Neo4j is down (it died, or the last restart failed: `reason`); try `attempt` of `of` follows after `delayMs`. */
  onRestarting(reason: string, attempt: number, of: number, delayMs: number): void;
  /** A restart succeeded; `downMs` since it died. */
  onRestarted(attempt: number, downMs: number): void;
  /** Every try failed: the service must exit non-zero so its own supervisor (systemd, a container runtime) acts. */
  onGiveUp(tries: number, reason: string): void;
}

export interface SupervisorOptions {
  /** Restarts in a row before giving up (0: give up at the first death). */
  restarts: number;
  /** Back-off before the first restart, doubled for each further one up to `maxDelayMs`. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Running this long without dying resets the count of tries. */
  stableAfterMs?: number;
  /** How a Neo4j is started (the launcher; replaced in tests). */
  start?: (options: StartOptions) => Promise<LocalNeo4j>;
}

/**
 * Keeps the embedded Neo4j of `npm start` running: when its Java process dies (a crash, the OOM
 * killer, `kill -9`), it is started again on the same port and store — Neo4j recovers the store
 * from its transaction log — with back-off and a bounded number of tries. The driver reconnects
 * on its own, so the service recovers without a restart; when every try failed, `onGiveUp` is
 * the service's cue to exit non-zero.
 */
export class Neo4jSupervisor {
  private current: LocalNeo4j;
  private stopping = false;
  private attempts = 0;
  private lastStartAt = Date.now();
  private restarting: Promise<void> | undefined;

  private constructor(
    first: LocalNeo4j,
    private readonly startOptions: StartOptions,
    private readonly options: Required<Omit<SupervisorOptions, 'start'>> & Pick<SupervisorOptions, 'start'>,
    private readonly events: SupervisorEvents,
  ) {
    this.current = first;
    this.watch(first);
  }

  /** Starts the embedded Neo4j (failing as the launcher does) and supervises it from then on. */
  static async start(startOptions: StartOptions, options: SupervisorOptions, events: SupervisorEvents): Promise<Neo4jSupervisor> {
    const start = options.start ?? startLocalNeo4j;
    const first = await start(startOptions);
    return new Neo4jSupervisor(first, startOptions, { firstDelayMs: 1_000, maxDelayMs: 30_000, stableAfterMs: 300_000, ...options }, events);
  }

  get uri(): string {
    return this.current.uri;
  }

  /** The pid of the Java process running now. */
  get pid(): number {
    return this.current.pid;
  }

  /** Stops supervising and shuts Neo4j down cleanly (a restart under way is waited for first). */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.restarting;
    await this.current.stop();
  }

  private watch(neo4j: LocalNeo4j): void {
    void neo4j.exited.then((exit) => {
      if (this.stopping || neo4j !== this.current) return;
      this.restarting = this.restart(exit);
    });
  }

  private async restart(exit: LocalNeo4jExit): Promise<void> {
    const diedAt = Date.now();
    if (diedAt - this.lastStartAt >= this.options.stableAfterMs) this.attempts = 0;
    let reason = describeExit(exit);
    while (!this.stopping) {
      if (this.attempts >= this.options.restarts) {
        this.events.onGiveUp(this.attempts, reason);
        return;
      }
      this.attempts += 1;
      const delayMs = Math.min(this.options.maxDelayMs, this.options.firstDelayMs * 2 ** (this.attempts - 1));
      this.events.onRestarting(reason, this.attempts, this.options.restarts, delayMs);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (this.stopping) return;
      try {
        const next = await (this.options.start ?? startLocalNeo4j)(this.startOptions);
        this.current = next;
        this.lastStartAt = Date.now();
        this.events.onRestarted(this.attempts, Date.now() - diedAt);
        this.watch(next);
        return;
      } catch (error) {
        reason = `restart ${this.attempts} failed: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
  }
}

export function describeExit(exit: LocalNeo4jExit): string {
  return exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
}
