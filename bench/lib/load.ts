import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  /** Request bodies, sent in turn (each connection takes the next one). */
  bodies: string[];
  connections: number;
  durationSeconds: number;
  /** Counts a response as failed (besides a non-2xx status); e.g. a GraphQL body with `errors`. */
  isError?: (body: string) => boolean;
}

export interface LoadResult {
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  /** Latencies in ms, over every response. */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Non-2xx answers, bodies with errors, and socket errors or timeouts. */
  errors: number;
  /** The first failing body, cut short, to say what went wrong. */
  firstError?: string;
}

function percentile(sortedValues: Float64Array, p: number): number {
  if (sortedValues.length === 0) return Number.NaN;
  const index = Math.min(sortedValues.length - 1, Math.max(0, Math.ceil((p / 100) * sortedValues.length) - 1));
  return sortedValues[index] as number;
}

/** Drives one endpoint with autocannon (as a library) and measures every response's latency itself (autocannon reports no p95). */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const bodies = options.bodies;
  const started = process.hrtime.bigint();
  let finish: (error: Error | null, result: autocannon.Result) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (error, result) => (error ? reject(error) : resolve(result));
  });
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
        onResponse: (status, body) => {
          if (status < 200 || status >= 300 || options.isError?.(body)) {
            errors += 1;
            firstError ??= `${status}: ${body.slice(0, 300)}`;
          }
        },
      },
    ],
  }, (error, result) => finish(error, result));
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
  });
  const result = await done;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    durationSeconds: seconds,
    requestsPerSecond: latencies.length / Math.max(seconds, 1e-9),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? (sorted[sorted.length - 1] as number) : Number.NaN,
    errors: errors + result.errors + result.timeouts,
    firstError,
  };
}
