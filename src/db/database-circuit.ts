import { DatabaseUnavailableError, OverloadedError } from '../errors';

export interface CircuitOptions {
  /** One cheap round trip to the database (RETURN 1 on a pooled or new connection); rejects when it is not there. */
  probe: () => Promise<void>;
  /** A probe not answered within this long counts as failed (a frozen server answers nothing at all). */
  probeTimeoutMs: number;
  /** While open, how often the database is probed in the background. */
  probeIntervalMs: number;
  /** Units in flight with none finishing for this long make the circuit probe (catches a frozen server early). */
  stallAfterMs: number;
  /** Units that may be in flight at once before new ones are refused with OVERLOADED. */
  maxInFlight: number;
  onOpen?: (reason: string) => void;
  onClose?: (downMs: number) => void;
}

/** One admitted unit of work: race its work against `aborted`, then report how it ended. */
export interface CircuitTicket {
  /** Rejects with DATABASE_UNAVAILABLE when the circuit opens while the unit is in flight. */
  readonly aborted: Promise<never>;
  /** The database answered (successfully or with an error of the request's own). */
  answered(): void;
  /** The unit failed because the database was not there (unreachable, or the deadline passed). */
  unavailable(): void;
}

export type CircuitState = 'CLOSED' | 'OPEN';

interface InFlight {
  abort: (error: DatabaseUnavailableError) => void;
}

/**
 * A circuit breaker in front of the database. Closed, every unit of work goes through; a unit failing
 * as unavailable, or units hanging with none finishing (a frozen server), make it probe the database
 * once; a failed probe opens it. Open, units fail at once (`DATABASE_UNAVAILABLE`, reason
 * `CIRCUIT_OPEN`) — an outage costs callers milliseconds — and the units in flight are failed too;
 * a background probe every `probeIntervalMs` closes it as soon as the database answers again.
 * It also sheds load: beyond `maxInFlight` units, new ones are refused with `OVERLOADED`.
 */
export class DatabaseCircuit {
  private stateValue: CircuitState = 'CLOSED';
  private openedAt = 0;
  private readonly inFlight = new Set<InFlight>();
  private lastProgressAt = Date.now();
  private lastProbeAt = 0;
  private probing: Promise<boolean> | undefined;
  /** A probe that timed out may still answer later (a server resumed after SIGSTOP): it is awaited, not repeated. */
  private pendingProbe: Promise<void> | undefined;
  private watchdog: NodeJS.Timeout | undefined;
  private prober: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: CircuitOptions) {}

  get state(): CircuitState {
    return this.stateValue;
  }

  /** Units of work in flight now. */
  get load(): number {
    return this.inFlight.size;
  }

  /** Admits a unit of work, or throws at once: the circuit is open, or too many units already wait. */
  admit(): CircuitTicket {
    if (this.stateValue === 'OPEN') throw new DatabaseUnavailableError('CIRCUIT_OPEN');
    if (this.inFlight.size >= this.options.maxInFlight) throw new OverloadedError(this.inFlight.size);
    let entry!: InFlight;
    const aborted = new Promise<never>((_resolve, reject) => {
      entry = { abort: reject };
    });
    aborted.catch(() => undefined);
    this.inFlight.add(entry);
    this.startWatchdog();
    const done = () => {
      this.inFlight.delete(entry);
      if (this.inFlight.size === 0) this.stopWatchdog();
    };
    return {
      aborted,
      answered: () => {
        done();
        this.lastProgressAt = Date.now();
      },
      unavailable: () => {
        done();
        if (this.stateValue === 'CLOSED') void this.check();
      },
    };
  }

  /** Stops the background timers (the driver is closing). */
  close(): void {
    this.closed = true;
    this.stopWatchdog();
    if (this.prober) clearTimeout(this.prober);
  }

  /** Probes once (at most one probe at a time); opens the circuit when the database does not answer. */
  check(): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    if (!this.probing) {
      this.lastProbeAt = Date.now();
      this.probing = this.probeOnce().finally(() => {
        this.probing = undefined;
      });
    }
    return this.probing;
  }

  private async probeOnce(): Promise<boolean> {
    const startedAt = Date.now();
    const probe = this.pendingProbe ?? this.options.probe();
    this.pendingProbe = probe;
    let timer: NodeJS.Timeout | undefined;
    let failure = '';
    const outcome = await Promise.race([
      probe.then(
        () => 'up' as const,
        (error: unknown) => {
          failure = error instanceof Error ? error.message.split('\n')[0] : String(error);
          return 'down' as const;
        },
      ),
      new Promise<'silent'>((resolve) => {
        timer = setTimeout(() => resolve('silent'), this.options.probeTimeoutMs);
      }),
    ]);
    clearTimeout(timer);
    if (outcome !== 'silent') this.pendingProbe = undefined;
    if (outcome === 'up') {
      this.lastProgressAt = Date.now();
      this.closeCircuit();
      return true;
    }
    // A slow probe while other units got answers is a busy database, not a frozen one: stay closed.
    if (outcome === 'silent' && this.stateValue === 'CLOSED' && this.lastProgressAt >= startedAt) return true;
    // The probe's own error goes into the log line: an operator needs to tell a refused connection from a pool that ran dry.
    this.openCircuit(outcome === 'down' ? `the probe failed: ${failure}` : `the database did not answer a probe within ${this.options.probeTimeoutMs} ms`);
    return false;
  }

  private openCircuit(reason: string): void {
    if (this.stateValue !== 'OPEN') {
      this.stateValue = 'OPEN';
      this.openedAt = Date.now();
      this.options.onOpen?.(reason);
    }
    for (const entry of this.inFlight) entry.abort(new DatabaseUnavailableError('UNREACHABLE'));
    this.inFlight.clear();
    this.stopWatchdog();
    this.scheduleProbe();
  }

  private closeCircuit(): void {
    if (this.prober) clearTimeout(this.prober);
    this.prober = undefined;
    if (this.stateValue === 'OPEN') {
      this.stateValue = 'CLOSED';
      this.options.onClose?.(Date.now() - this.openedAt);
    }
  }

  private scheduleProbe(): void {
    if (this.closed || this.prober) return;
    this.prober = setTimeout(() => {
      this.prober = undefined;
      void this.check().then((up) => {
        if (!up) this.scheduleProbe();
      });
    }, this.options.probeIntervalMs);
    this.prober.unref();
  }

  /** While units are in flight: if none has finished for `stallAfterMs`, probe (once per `stallAfterMs`). */
  private startWatchdog(): void {
    if (this.watchdog || this.closed) return;
    // Nothing was in flight until now: the idle time before is no stall.
    this.lastProgressAt = Date.now();
    const every = Math.max(50, Math.floor(this.options.stallAfterMs / 4));
    this.watchdog = setInterval(() => {
      const now = Date.now();
      if (now - this.lastProgressAt >= this.options.stallAfterMs && now - this.lastProbeAt >= this.options.stallAfterMs) void this.check();
    }, every);
    this.watchdog.unref();
  }

  private stopWatchdog(): void {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = undefined;
  }
}
