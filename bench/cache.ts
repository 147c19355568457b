import 'reflect-metadata';
import crypto from 'node:crypto';
import { parseArguments } from '../src/cli/cli-database';
import { signToken } from '../src/auth/tokens';
import { generateTowns } from '../src/dataset/generate-towns';
import { openBenchDatabase } from './lib/bench-database';
import { benchInputs, today } from './lib/bench';
import { compileHosts, launchPath, HostedPath } from './lib/host-client';
import { readSampleDataset, sampleFile } from './lib/import-bench';
import { runLoad, LoadResult } from './lib/load';
import { OPERATION_SPECS, OPERATIONS } from './lib/operations';
import { zipfSequence } from './lib/zipf';

const USAGE = [
  'usage: npm run bench:cache -- [--duration 10] [--concurrency 8] [--exponent 1] [--requests 20000] [--entries 10000] [--seed 1]',
  '  Asks the service a Zipf mix of the bench questions (every operation, every input), once with the',
  '  response cache off and once on, on the graph the last `npm run bench` imported (same --seed).',
].join('\n');

/**
 * The response cache measured as it is meant to work: a few questions asked very often and many
 * asked rarely (a Zipf law over the distinct requests), against the same service with the cache off.
 * The cold figures of `npm run bench` are the ones the speed goals are about; this is the repeat case.
 */
async function main(): Promise<number> {
  const { options } = parseArguments(process.argv.slice(2));
  if (options.has('help')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const number = (name: string, fallback: number) => {
    const value = Number(options.get(name) ?? fallback);
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number, got ${options.get(name)}`);
    return value;
  };
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const durationSeconds = number('duration', 10);
  const concurrency = number('concurrency', 8);
  const exponent = number('exponent', 1);
  const seed = number('seed', 1);

  const asOf = today();
  const inputs = benchInputs(generateTowns(readSampleDataset(sampleFile()), 1, { dutiesPerTown: number('duties', 250), seed, idPrefix: '' }), '', asOf);
  const distinct = OPERATIONS.flatMap((name) => {
    const service = OPERATION_SPECS[name].service;
    return service ? OPERATION_SPECS[name].inputs(inputs).map((input) => JSON.stringify({ query: service.query, variables: service.variables(input) })) : [];
  });
  const bodies = zipfSequence(distinct, number('requests', 20_000), exponent, seed);
  log(`${distinct.length} distinct requests (${OPERATIONS.join(', ')} on ${inputs.township}), a Zipf mix of ${bodies.length} (exponent ${exponent})`);

  const database = await openBenchDatabase({ uri: process.env.NEO4J_URI, log });
  const jwtSecret = crypto.randomBytes(32).toString('hex');
  const headers = { authorization: `Bearer ${await signToken(jwtSecret, 'bench', ['discipline'], '2h')}` };
  const isError = (body: string) => body.includes('"errors"');
  const hostScript = compileHosts();
  const results: Record<'cold' | 'cached', LoadResult> = {} as never;
  try {
    for (const mode of ['cold', 'cached'] as const) {
      // The host inherits this process's environment: the only difference between the two servers.
      process.env.RESPONSE_CACHE_ENTRIES = mode === 'cold' ? '0' : String(number('entries', 10_000));
      // Cold means cold: the question vectors are not remembered either (see bench.ts).
      process.env.EMBEDDING_QUESTIONS_REMEMBERED ??= '0';
      const host: HostedPath = await launchPath('service', hostScript, { uri: database.uri, jwtSecret });
      try {
        // The cold run goes first and warms Neo4j (its JIT) for both; the cached server starts with an
        // empty cache, so its measured run includes every first miss.
        if (mode === 'cold') await runLoad({ url: host.url, headers, bodies: distinct, connections: concurrency, durationSeconds: Math.min(3, durationSeconds) });
        results[mode] = await runLoad({ url: host.url, headers, bodies, connections: concurrency, durationSeconds, isError });
        const row = results[mode];
        log(`  ${mode.padEnd(6)} c=${concurrency} ${row.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${row.p50.toFixed(1)} p95 ${row.p95.toFixed(1)} p99 ${row.p99.toFixed(1)} ms  errors ${row.errors}${row.firstError ? ` (${row.firstError})` : ''}`);
      } finally {
        await host.stop();
      }
    }
  } finally {
    await database.stop();
  }
  const ratio = results.cached.requestsPerSecond / results.cold.requestsPerSecond;
  process.stdout.write(`\nZipf mix, c=${concurrency}: cold ${results.cold.requestsPerSecond.toFixed(1)} req/s, cached ${results.cached.requestsPerSecond.toFixed(1)} req/s: ${ratio.toFixed(1)}× (goal ≥ 5×)\n`);
  return results.cold.errors + results.cached.errors > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench:cache: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
