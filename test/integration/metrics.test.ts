import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { RunningApp, startApp } from '../../src/app';
import { testNeo4jUri } from '../helpers/test-database';

const ask = (url: string, body: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** The value of one series in Prometheus' text format, or undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function started(env: Record<string, string>): Promise<{ app: RunningApp; base: string }> {
  const app = await startApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', ANONYMOUS_ROLE: 'viewer', ...env }), testNeo4jUri(), createLogger('silent'));
  return { app, base: app.url.replace(/\/graphql$/, '') };
}

describe('Prometheus metrics at /metrics', () => {
  let open: { app: RunningApp; base: string };
  beforeAll(async () => {
    open = await started({});
  });
  afterAll(() => open.app.stop());

  it('counts requests per operation name and errors by code, beside the process metrics', async () => {
    for (let i = 0; i < 3; i += 1) await ask(open.app.url, { query: 'query ServiceVersion { serviceInfo { version } }' });
    await ask(open.app.url, { query: 'query MissingOffice { office(id: "office:no-such-office", asOf: "2008-11-01") { id } }' });
    await ask(open.app.url, { query: 'query Broken { noSuchField }' });

    const response = await fetch(`${open.base}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(sample(text, 'dutygraph_graphql_request_duration_seconds_count{operation="ServiceVersion",outcome="ok"}')).toBe(3);
    expect(sample(text, 'dutygraph_graphql_request_duration_seconds_count{operation="MissingOffice",outcome="error"}')).toBe(1);
    expect(sample(text, 'dutygraph_graphql_errors_total{code="NOT_FOUND"}')).toBe(1);
    // A document that does not validate has no operation to name yet.
    expect(sample(text, 'dutygraph_graphql_request_duration_seconds_count{operation="anonymous",outcome="error"}')).toBe(1);
    expect(sample(text, 'dutygraph_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
    expect(sample(text, 'dutygraph_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('times every Neo4j unit of work by unit and outcome, the wait for a connection, and reports the circuit', async () => {
    const before = await (await fetch(`${open.base}/metrics`)).text();
    const unitsOk = (text: string) =>
      text
        .split('\n')
        .filter((line) => /^dutygraph_neo4j_transaction_duration_seconds_count\{mode="READ",unit="[^"]+",outcome="ok"\} /.test(line))
        .reduce((sum, line) => sum + Number(line.split(' ')[1]), 0);
    await ask(open.app.url, { query: 'query OfficeByDay { office(id: "office:party-affairs", asOf: "2008-11-01") { id } }' });
    const text = await (await fetch(`${open.base}/metrics`)).text();
    expect(unitsOk(text)).toBeGreaterThanOrEqual(unitsOk(before) + 1);
    expect(sample(text, 'dutygraph_neo4j_connection_wait_seconds_count{mode="READ"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'dutygraph_neo4j_circuit_open')).toBe(0);
    expect(sample(text, 'dutygraph_neo4j_units_in_flight')).toBe(0);
  });

  it('gives client-chosen operation names no series of their own beyond safe identifiers', async () => {
    await ask(open.app.url, { query: 'query Ünïcode { serviceInfo { version } }'.replace('Ünïcode', 'x'.repeat(80)) });
    const text = await (await fetch(`${open.base}/metrics`)).text();
    expect(text).not.toContain('x'.repeat(80));
    expect(sample(text, 'dutygraph_graphql_request_duration_seconds_count{operation="other",outcome="ok"}')).toBe(1);
  });
});

describe('/metrics outside development', () => {
  it('is absent in production unless enabled', async () => {
    const { app, base } = await started({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40) });
    try {
      expect((await fetch(`${base}/metrics`)).status).toBe(404);
    } finally {
      await app.stop();
    }
  });

  it('needs METRICS_TOKEN as a bearer token when one is set', async () => {
    const { app, base } = await started({ METRICS_TOKEN: 'scrape-token-0123456789' });
    try {
      const refused = await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong' } });
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
      const allowed = await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer scrape-token-0123456789' } });
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain('dutygraph_graphql_request_duration_seconds');
    } finally {
      await app.stop();
    }
  });
});
