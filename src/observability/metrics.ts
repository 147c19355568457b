import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DatabaseCircuit } from '../db/database-circuit';
import type { UnitOfWorkMonitor, UnitOfWorkObservation } from '../db/executor';
import type { CacheLookupMonitor } from '../graphql/response-cache-plugin';

/** Operation names are chosen by clients: only this many distinct ones get their own series. */
const MAX_OPERATION_LABELS = 100;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * What an operator watches: request latency per operation, errors by code; Neo4j's side (each
 * unit of work's time and outcome, the wait for a pooled connection, units in flight, the circuit);
 * and the process itself (CPU, RSS, heap, GC pauses, event-loop lag: prom-client's default metrics).
 * One registry per running service, so two services in one process (the tests) do not mix.
 */
export class ServiceMetrics implements UnitOfWorkMonitor, CacheLookupMonitor {
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

  private readonly unitSeconds = new Histogram({
    name: 'dutygraph_neo4j_transaction_duration_seconds',
    help: 'Neo4j units of work (one managed transaction each, retries included) by mode, unit (the statement or unit name) and outcome: ok, refused (circuit open, too many in flight, no time left), unavailable, error.',
    labelNames: ['mode', 'unit', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  private readonly connectionWaitSeconds = new Histogram({
    name: 'dutygraph_neo4j_connection_wait_seconds',
    help: 'From asking for a session to the transaction starting: the wait for a pooled connection and BEGIN; grows when the pool (NEO4J_MAX_POOL_SIZE) is exhausted.',
    labelNames: ['mode'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });

  private readonly cacheLookups = new Counter({
    name: 'dutygraph_response_cache_lookups_total',
    help: 'Response cache lookups of queries by outcome (hit, miss); absent while RESPONSE_CACHE_ENTRIES is 0.',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  private readonly revision = new Gauge({
    name: 'dutygraph_graph_revision',
    help: 'The graph revision last read by the response cache (every write transaction advances it).',
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

  unitOfWorkEnded({ mode, unit, seconds, waitedSeconds, outcome }: UnitOfWorkObservation): void {
    this.unitSeconds.observe({ mode, unit, outcome }, seconds);
    if (waitedSeconds !== undefined) this.connectionWaitSeconds.observe({ mode }, waitedSeconds);
  }

  cacheLookup(outcome: 'hit' | 'miss', revision: number): void {
    this.cacheLookups.inc({ outcome });
    this.revision.set(revision);
  }

  /** Reports the circuit's state and its units in flight at each scrape. */
  watchCircuit(circuit: DatabaseCircuit): void {
    new Gauge({
      name: 'dutygraph_neo4j_circuit_open',
      help: '1 while the circuit in front of Neo4j is open (requests fail fast with DATABASE_UNAVAILABLE), else 0.',
      registers: [this.registry],
      collect() {
        this.set(circuit.state === 'OPEN' ? 1 : 0);
      },
    });
    new Gauge({
      name: 'dutygraph_neo4j_units_in_flight',
      help: 'Units of work admitted and not yet answered (waiting for a connection or running).',
      registers: [this.registry],
      collect() {
        this.set(circuit.load);
      },
    });
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
