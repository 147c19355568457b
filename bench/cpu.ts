import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArguments } from '../src/cli/cli-database';
import { signToken } from '../src/auth/tokens';
import { generateTowns } from '../src/dataset/generate-towns';
import { openBenchDatabase } from './lib/bench-database';
import { benchInputs, searchesFor, today } from './lib/bench';
import { compileHosts, launchPath, HostedPath } from './lib/host-client';
import { generateFile, importAndMeasure, readSampleDataset, sampleFile } from './lib/import-bench';
import { OPERATION_SPECS, OperationName } from './lib/operations';
import { BENCH_DIR } from './lib/paths';

/**
 * CPU per request of the service, not wall time (the machines are shared): each host serves in its
 * own process and the parent reads that process's user+system CPU from /proc around a fixed batch of
 * N sequential requests (c=1), per operation, in interleaved rounds. Hosts: this checkout's build, and
 * with `--baseline host.js` another build of the service (e.g. a worktree of main), so before and after
 * run side by side on the same machine load. Also the server's RSS after each operation's batches.
 *
 *   npm run bench:cpu -- [--towns 3] [--requests 200] [--rounds 3] [--operations a,b] [--baseline path/to/host.js] [--raw] [--skip-import]
 */
const CLOCK_TICKS_PER_SECOND = 100;

function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // After "pid (comm) ": state is field 0, utime field 11, stime field 12.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

async function post(url: string, token: string, body: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"') || text.startsWith('{"error"')) throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const { options } = parseArguments(process.argv.slice(2));
  const towns = Number(options.get('towns') ?? 3);
  const requests = Number(options.get('requests') ?? 200);
  const rounds = Number(options.get('rounds') ?? 3);
  const operations = String(options.get('operations') ?? 'whoIsResponsible,personNested,stationPartyRelations').split(',') as OperationName[];
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const database = await openBenchDatabase({ uri: process.env.NEO4J_URI, log });
  const hosts: { label: string; host: HostedPath }[] = [];
  try {
    const generateOptions = { dutiesPerTown: 250, seed: 1, idPrefix: '' };
    if (!options.has('skip-import')) {
      const file = path.join(BENCH_DIR, 'results', 'data', `towns-${towns}-seed-1.json`);
      generateFile(towns, file, generateOptions, sampleFile());
      const figures = await importAndMeasure(database.uri, file, { rowsPerTransaction: 'auto' });
      log(`imported ${towns} towns: ${figures.rows} rows in ${(figures.totalMs / 1000).toFixed(1)} s`);
    }
    const inputs = benchInputs(generateTowns(readSampleDataset(sampleFile()), 1, generateOptions), '', today());
    const jwtSecret = crypto.randomBytes(32).toString('hex');
    const token = await signToken(jwtSecret, 'bench', ['discipline'], '2h');
    const script = compileHosts();
    const scripts: [string, string, 'service' | 'raw'][] = [['this', script, 'service']];
    if (typeof options.get('baseline') === 'string') scripts.unshift(['baseline', path.resolve(String(options.get('baseline'))), 'service']);
    // --raw: the same statements through the bare driver (bench/lib/paths.ts), the floor the service is compared with.
    if (options.has('raw')) scripts.push(['raw', script, 'raw']);
    if (options.has('raw') && operations.includes('whoIsResponsible')) inputs.searches = await searchesFor(inputs.queries, inputs.township, inputs.asOf);
    for (const [label, hostScript, kind] of scripts) hosts.push({ label, host: await launchPath(kind, hostScript, { uri: database.uri, jwtSecret }) });
    const bodyOf = (label: string, spec: (typeof OPERATION_SPECS)[OperationName], input: Record<string, unknown>) =>
      label === 'raw' ? JSON.stringify({ statement: spec.raw.statement, params: spec.raw.params(input) }) : JSON.stringify({ query: spec.service!.query, variables: spec.service!.variables(input) });

    const results: Record<string, unknown>[] = [];
    for (const operation of operations) {
      const spec = OPERATION_SPECS[operation];
      if (!spec.service) continue;
      const bodies = new Map(hosts.map(({ label }) => [label, spec.inputs(inputs).map((input) => bodyOf(label, spec, input))]));
      for (const { label, host } of hosts) for (let i = 0; i < Math.min(50, requests); i++) await post(host.url, token, bodies.get(label)![i % bodies.get(label)!.length]);
      const perRequest = new Map<string, number[]>(hosts.map(({ label }) => [label, []]));
      for (let round = 0; round < rounds; round++) {
        const order = round % 2 === 0 ? hosts : [...hosts].reverse();
        for (const { label, host } of order) {
          const before = cpuMs(host.pid);
          const own = bodies.get(label)!;
          for (let i = 0; i < requests; i++) await post(host.url, token, own[i % own.length]);
          perRequest.get(label)!.push((cpuMs(host.pid) - before) / requests);
        }
      }
      for (const { label, host } of hosts) {
        const rss = await host.rss();
        const row = { operation, host: label, cpuMsPerRequest: median(perRequest.get(label)!), rounds: perRequest.get(label)!.map((ms) => Number(ms.toFixed(2))), rssMiB: Math.round(rss.now / 2 ** 20), peakRssMiB: Math.round(rss.peak / 2 ** 20) };
        results.push(row);
        log(`${operation.padEnd(22)} ${label.padEnd(9)} ${row.cpuMsPerRequest.toFixed(2)} ms CPU/request (rounds ${row.rounds.join(', ')})  RSS ${row.rssMiB} MiB, peak ${row.peakRssMiB} MiB`);
      }
    }
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  } finally {
    for (const { host } of hosts) await host.stop();
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:cpu: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
