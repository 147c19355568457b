import crypto from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import path from 'node:path';
import { signToken } from '../../src/auth/tokens';
import { sharedEmbedders } from '../../src/embedding/embedders';
import { DEFAULT_ANSWERS, searchParameters } from '../../src/services/responsibility.service';
import { generateTowns, GenerateOptions, townPrefix } from '../../src/dataset/generate-towns';
import type { RowsPerTransaction } from '../../src/repositories/dataset.repository';
import { compileHosts, launchPath, HostedPath } from './host-client';
import { GeneratedFile, generateFile, importAndMeasure, ImportFigures, readSampleDataset, sampleFile } from './import-bench';
import { runLoad, LoadResult } from './load';
import { firstPage } from '../../src/domain/page';
import { CONFIDENT_AT } from '../../src/domain/search-confidence';
import { BenchInputs, OPERATION_SPECS, OperationName, OperationSpec, PathName, PATHS } from './operations';

export interface BenchOptions {
  uri: string;
  towns: number;
  dutiesPerTown: number;
  seed: number;
  /** Put before every generated id, so a run owns its data in a shared graph. */
  idPrefix: string;
  durationSeconds: number;
  warmupSeconds: number;
  concurrencies: number[];
  operations: OperationName[];
  paths: PathName[];
  /** Inputs per operation whose answers are compared across the paths. */
  compareSamples: number;
  /** Default 'auto': one transaction when the file fits the server's transaction memory, else as many as it needs. */
  rowsPerTransaction?: RowsPerTransaction;
  /** Where the generated dataset goes. */
  workDir: string;
  /** The town copied (default: data/sample-town.yaml, or the test fixture while it is missing). */
  sample?: string;
  /** Skip generating and importing (the graph already holds this exact dataset). */
  skipImport?: boolean;
  log: (line: string) => void;
}

export interface LoadRow extends LoadResult {
  operation: OperationName;
  path: PathName;
  concurrency: number;
  /** p50 of this row ÷ p50 of the raw driver for the same operation and concurrency. */
  ratioToRawP50: number | null;
}

export interface Comparison {
  operation: OperationName;
  path: PathName;
  samples: number;
  matching: number;
  /** What the comparison covers for this path. */
  covers: string;
  firstDifference?: string;
}

export interface BenchReport {
  startedAt: string;
  machine: { cpus: number; node: string };
  options: Omit<BenchOptions, 'log'>;
  generate?: GeneratedFile;
  import?: ImportFigures;
  inputs: BenchInputs;
  comparisons: Comparison[];
  rows: LoadRow[];
  pending: string[];
  peakRss: Partial<Record<PathName, number>>;
  /** On a size other than 100 towns: the newest 100-town run of the same dataset in bench/results, to compare p99 with. */
  baseline?: Baseline;
}

export interface Baseline {
  startedAt: string;
  towns: number;
  /** The service's whoIsResponsible p99 at concurrency 32, ms. */
  whoIsResponsibleP99: number;
}

type Dataset = Record<string, unknown>;
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Today as YYYY-MM-DD (UTC), the service's default asOf, passed explicitly to every path. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The first generated township, its duty titles (Chinese and English in turn) and its people with a post. */
export function benchInputs(dataset: Dataset, idPrefix: string, asOf: string): BenchInputs {
  const prefix = `${idPrefix}${townPrefix(1)}`;
  const township = ((dataset.townships as Dataset[] | undefined) ?? []).map((town) => String(town.id)).find((id) => id.startsWith(prefix));
  if (!township) throw new Error(`no township with ids starting ${prefix} in the generated dataset`);
  const duties = ((dataset.duties as Dataset[] | undefined) ?? []).filter((duty) => duty.township === township).sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const step = Math.max(1, Math.floor(duties.length / 40));
  const queries = duties
    .filter((_, index) => index % step === 0)
    .slice(0, 40)
    .map((duty, index) => String(index % 2 === 1 && typeof duty.titleEn === 'string' ? duty.titleEn : duty.title));
  const open = (edge: Dataset) => edge.to === undefined || edge.to === null || String(edge.to) > asOf;
  const people = ((dataset.people as Dataset[] | undefined) ?? [])
    // Person ids are opaque (no town prefix): the town's people are those holding one of its posts.
    .filter((person) => ((person.holds as Dataset[] | undefined) ?? []).some((edge) => open(edge) && String(edge.post).startsWith(prefix)))
    .map((person) => String(person.id))
    .slice(0, 20);
  return { township, asOf, queries, people, searches: {} };
}

/** What the service's search statement is sent for each query (see BenchInputs.searches). */
export async function searchesFor(queries: readonly string[], township: string, asOf: string): Promise<BenchInputs['searches']> {
  const embedders = await sharedEmbedders();
  const searches: BenchInputs['searches'] = {};
  for (const query of queries) {
    searches[query] = { ...(await searchParameters(query.trim(), township, asOf, embedders)), page: firstPage(DEFAULT_ANSWERS), confidentOnly: true, confidentAt: CONFIDENT_AT };
  }
  return searches;
}

interface PathClient {
  url: string;
  headers: Record<string, string>;
  body(spec: OperationSpec, input: Record<string, unknown>): string;
  isError(body: string): boolean;
  /** The canonical answer of one response body. */
  canonical(spec: OperationSpec, input: Record<string, unknown>, body: string): unknown;
}

function clientFor(path: PathName, url: string, token: string): PathClient {
  if (path === 'raw') {
    return {
      url,
      headers: {},
      body: (spec, input) => JSON.stringify({ statement: spec.raw.statement, params: spec.raw.params(input) }),
      isError: (body) => body.startsWith('{"error"'),
      canonical: (spec, input, body) => spec.raw.normalise((JSON.parse(body) as { rows: Json[] }).rows, input),
    };
  }
  const graphql = (spec: OperationSpec) => {
    const chosen = path === 'service' ? spec.service : spec.neo4jGraphql;
    if (!chosen) throw new Error(`${spec.name} has no ${path} operation`);
    return chosen;
  };
  return {
    url,
    headers: path === 'service' ? { authorization: `Bearer ${token}` } : {},
    body: (spec, input) => JSON.stringify({ query: graphql(spec).query, variables: graphql(spec).variables(input) }),
    isError: (body) => body.includes('"errors"'),
    canonical: (spec, input, body) => {
      const parsed = JSON.parse(body) as { data?: Json; errors?: unknown[] };
      if (parsed.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(parsed.errors).slice(0, 500)}`);
      return graphql(spec).normalise(parsed.data, input);
    },
  };
}

async function post(client: PathClient, body: string): Promise<string> {
  const response = await fetch(client.url, { method: 'POST', headers: { 'content-type': 'application/json', ...client.headers }, body });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 500)}`);
  return text;
}

/** Keeps the keys both canonical answers have (@neo4j/graphql has no audit rules, so its audit answer has fewer). */
function comparable(reference: unknown, other: unknown): [unknown, unknown] {
  if (reference && other && typeof reference === 'object' && typeof other === 'object' && !Array.isArray(reference) && !Array.isArray(other)) {
    const keys = Object.keys(reference).filter((key) => key in other);
    const pick = (value: object) => Object.fromEntries(keys.map((key) => [key, (value as Record<string, unknown>)[key]]));
    return [pick(reference), pick(other)];
  }
  return [reference, other];
}

function firstDifference(a: unknown, b: unknown, at = ''): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const difference = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}/${key}`);
      if (difference) return difference;
    }
  }
  return `${at || '/'}: raw ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
}

/** Asks every path the same sample of inputs and compares the canonical answers with the raw driver's. */
async function compareAnswers(options: BenchOptions, inputs: BenchInputs, clients: Map<PathName, PathClient>, pending: string[]): Promise<Comparison[]> {
  const comparisons: Comparison[] = [];
  for (const operation of options.operations) {
    const spec = OPERATION_SPECS[operation];
    const samples = spec.inputs(inputs).slice(0, options.compareSamples);
    const raw = clients.get('raw');
    if (!raw) break;
    const references = [];
    for (const input of samples) references.push(raw.canonical(spec, input, await post(raw, raw.body(spec, input))));
    for (const path of options.paths.filter((name) => name !== 'raw')) {
      const client = clients.get(path);
      if (!client || (path === 'service' && !spec.service)) continue;
      const comparison: Comparison = {
        operation,
        path,
        samples: samples.length,
        matching: 0,
        covers: path === 'neo4j-graphql' && operation === 'dutyAudit' ? 'duty count, OVERLAP and BLANK duties (no audit rules in @neo4j/graphql)' : 'the whole canonical answer',
      };
      for (const [index, input] of samples.entries()) {
        try {
          const [reference, answer] = comparable(references[index], client.canonical(spec, input, await post(client, client.body(spec, input))));
          if (isDeepStrictEqual(reference, answer)) comparison.matching += 1;
          else comparison.firstDifference ??= `${JSON.stringify(input)}: ${firstDifference(reference, answer)}`;
        } catch (error) {
          comparison.firstDifference ??= `${JSON.stringify(input)}: ${error instanceof Error ? error.message : String(error)}`;
        }
      }
      comparisons.push(comparison);
      options.log(`  compare ${operation} ${path} vs raw: ${comparison.matching}/${comparison.samples} equal${comparison.firstDifference ? ` — first difference: ${comparison.firstDifference}` : ''}`);
    }
  }
  void pending;
  return comparisons;
}

/**
 * The whole benchmark: generate and import (unless skipped), then start every path's server in a
 * child process, compare answers, and load each operation at each concurrency on every path in turn.
 */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const log = options.log;
  const asOf = today();
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    machine: { cpus: require('node:os').cpus().length as number, node: process.version },
    options: { ...options, log: undefined } as unknown as Omit<BenchOptions, 'log'>,
    inputs: { township: '', asOf, queries: [], people: [], searches: {} },
    comparisons: [],
    rows: [],
    pending: [],
    peakRss: {},
  };
  delete (report.options as { log?: unknown }).log;

  const sample = options.sample ?? sampleFile();
  const generateOptions: GenerateOptions = { dutiesPerTown: options.dutiesPerTown, seed: options.seed, idPrefix: options.idPrefix };
  if (!options.skipImport) {
    // JSON, not YAML: a province (1,360 towns, ≈450 MB) does not fit the heap as YAML text.
    const file = path.join(options.workDir, `towns-${options.towns}-seed-${options.seed}${options.idPrefix ? `-${options.idPrefix.replace(/[^a-z0-9]+/g, '')}` : ''}.json`);
    log(`generating ${options.towns} town${options.towns === 1 ? '' : 's'} (${options.dutiesPerTown} synthetic duties each, seed ${options.seed})…`);
    const generated = (report.generate = generateFile(options.towns, file, generateOptions, sample));
    log(`  ${generated.townships} townships, ${generated.duties} duties, ${(generated.bytes / 1e6).toFixed(1)} MB in ${generated.generateMs} ms`);
    log(`importing into ${options.uri}…`);
    report.import = await importAndMeasure(options.uri, file, { rowsPerTransaction: options.rowsPerTransaction ?? 'auto' });
    const figures = report.import;
    log(
      `  ${figures.rows} rows, ${figures.nodesCreated} nodes and ${figures.relationshipsCreated} relationships created in ${(figures.totalMs / 1000).toFixed(1)} s ` +
        `(${figures.transactions} transaction${figures.transactions === 1 ? '' : 's'}; write ${(figures.writeMs / 1000).toFixed(1)} s: ${Math.round(figures.relationshipsPerSecond)} rel/s, ${Math.round(figures.nodesPerSecond)} nodes/s)`,
    );
  }
  // Every question is about town 1, which is the same whatever the number of towns: generate it alone.
  const inputs = benchInputs(generateTowns(readSampleDataset(sample), 1, generateOptions), options.idPrefix, asOf);
  inputs.searches = await searchesFor(inputs.queries, inputs.township, asOf);
  report.inputs = { ...inputs, searches: {} };
  log(`asking about ${inputs.township} on ${asOf}: ${inputs.queries.length} duty questions, ${inputs.people.length} people`);

  for (const operation of options.operations) {
    if (!OPERATION_SPECS[operation].service && options.paths.includes('service')) {
      report.pending.push(`${operation} has no service operation: measured on raw and neo4j-graphql only`);
    }
  }

  const jwtSecret = crypto.randomBytes(32).toString('hex');
  const token = await signToken(jwtSecret, 'bench', ['discipline'], '2h');

  // Every path up at once, each in its own process: an idle server costs memory, not CPU.
  log('compiling the servers (tsc -p bench/tsconfig.json)…');
  const hostScript = compileHosts();
  const hosts = new Map<PathName, HostedPath>();
  try {
    // Cold figures: the service runs every question through the model, as a question never asked
    // before would be (it remembers the vectors of questions asked again, and the load repeats 40).
    process.env.EMBEDDING_QUESTIONS_REMEMBERED ??= '0';
    for (const name of options.paths) hosts.set(name, await launchPath(name, hostScript, { uri: options.uri, jwtSecret }));
    const clients = new Map([...hosts].map(([name, host]) => [name, clientFor(name, host.url, token)] as const));
    log('comparing answers…');
    report.comparisons = await compareAnswers(options, inputs, clients, report.pending);
    for (const host of hosts.values()) host.resetRss();
    report.rows = await measureInterleaved(options, inputs, clients);
    for (const [name, host] of hosts) report.peakRss[name] = (await host.rss()).peak;
  } finally {
    for (const host of hosts.values()) await host.stop();
  }

  for (const row of report.rows) {
    const raw = report.rows.find((other) => other.path === 'raw' && other.operation === row.operation && other.concurrency === row.concurrency);
    row.ratioToRawP50 = raw && raw.p50 > 0 ? row.p50 / raw.p50 : null;
  }
  return report;
}

/** The longest the load's client waits for an answer (load.ts, autocannon's timeout). */
const LONGEST_ANSWER_MS = 30_000;

/**
 * Waits until the requests a load left in flight have ended on the server. When its time is up the
 * load closes its connections, but the servers finish those requests anyway (a dutyAudit at c=32
 * runs for seconds in Neo4j): without the wait they ran on into the next row and slowed whichever
 * path came next (on 2026-12-03 the service's first dutyAudit row after the raw path's warm-up:
 * 0.8–2.4 req/s, p50 up to 8.7 s, against the raw path's 4.8–6.4 req/s right after). A request left
 * in flight started at most about the longest latency the load saw before its end.
 */
async function settled(result: LoadResult): Promise<LoadResult> {
  const waitMs = Number.isFinite(result.max) ? Math.min(result.max, LONGEST_ANSWER_MS) : 0;
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  return result;
}

/**
 * The load. Each operation is warmed on every path first (Neo4j's JVM compiles hot code as it runs,
 * so no path may pay for a cold database the others do not), then each concurrency is measured on
 * every path back to back, starting with a different path each time. These shared machines drift by
 * tens of percent over minutes; rows taken seconds apart drift alike, so the ratios between paths hold.
 */
async function measureInterleaved(options: BenchOptions, inputs: BenchInputs, clients: Map<PathName, PathClient>): Promise<LoadRow[]> {
  const rows: LoadRow[] = [];
  for (const operation of options.operations) {
    const spec = OPERATION_SPECS[operation];
    const loads = [...clients]
      .filter(([name]) => name !== 'service' || spec.service)
      .map(([name, client]) => ({ name, client, bodies: spec.inputs(inputs).map((input) => client.body(spec, input)) }))
      .filter((load) => load.bodies.length > 0);
    if (options.warmupSeconds > 0) {
      for (const { client, bodies } of loads) {
        await settled(await runLoad({ url: client.url, headers: client.headers, bodies, connections: Math.max(...options.concurrencies), durationSeconds: options.warmupSeconds }));
      }
    }
    for (const [round, concurrency] of options.concurrencies.entries()) {
      const rotated = [...loads.slice(round % loads.length), ...loads.slice(0, round % loads.length)];
      for (const { name, client, bodies } of rotated) {
        const result = await settled(await runLoad({ url: client.url, headers: client.headers, bodies, connections: concurrency, durationSeconds: options.durationSeconds, isError: client.isError }));
        rows.push({ operation, path: name, concurrency, ...result, ratioToRawP50: null });
        options.log(
          `  ${operation.padEnd(22)} ${name.padEnd(13)} c=${String(concurrency).padEnd(3)} ${result.requestsPerSecond.toFixed(1).padStart(8)} req/s  ` +
            `p50 ${result.p50.toFixed(1)} p95 ${result.p95.toFixed(1)} p99 ${result.p99.toFixed(1)} ms${result.errors ? `  ${result.errors} errors: ${result.firstError}` : ''}`,
        );
      }
    }
  }
  // The report lists rows path by path, as before: service, raw, neo4j-graphql.
  const pathOrder = (name: PathName) => options.paths.indexOf(name);
  return rows.sort((a, b) => pathOrder(a.path) - pathOrder(b.path));
}

export { PATHS };
