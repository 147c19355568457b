import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** Operation names are chosen by clients: only this many distinct ones get their own series. */
const MAX_OPERATION_LABELS = 100;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * What an operator watches: request latency per operation, errors by code, and the process
 * itself (CPU, RSS, heap, GC pauses, event-loop lag: prom-client's default metrics). One
 * registry per running service, so two services in one process (the tests) do not mix.
 */
export class ServiceMetrics {
  readonly registry = new Registry();

  private readonly requestSeconds = new Histogram({
    name: 'dutygraph_graphql_request_duration_seconds',
    help: 'GraphQL requests by operation name and outcome (ok, or error when any error was answered).',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly errors = new Counter({
    name: 'dutygraph_graphql_errors_total',
    help: 'Errors answered to clients, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  private readonly operations = new Set<string>();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'dutygraph_' });
  }

  observeRequest(operationName: string | null | undefined, seconds: number, errorCodes: readonly string[]): void {
    this.requestSeconds.observe({ operation: this.operationLabel(operationName), outcome: errorCodes.length > 0 ? 'error' : 'ok' }, seconds);
    for (const code of errorCodes) this.errors.inc({ code });
  }

  /** The text exposition format Prometheus scrapes. */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return 'other';
    this.operations.add(name);
    return name;
  }
}
