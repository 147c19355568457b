import 'reflect-metadata';
import crypto from 'node:crypto';

/**
 * Where the service's memory goes: process.memoryUsage() after each step of start-up, in one process,
 * then under a fixed load (N requests of each bench operation, c=8), on the bench Neo4j
 * (`npm run bench:cpu` imports its towns). Each step's figure is what it added to RSS, heap and
 * external (native) memory. Run it compiled (node --expose-gc .data/bench-build/bench/memory.js after
 * `npx tsc -p bench/tsconfig.json`): under ts-node the TypeScript compiler sits in the RSS.
 *
 *   npx tsc -p bench/tsconfig.json && node --expose-gc .data/bench-build/bench/memory.js [--requests 200]
 */
type Step = { step: string; rssMiB: number; heapUsedMiB: number; externalMiB: number; arrayBuffersMiB: number };
const steps: Step[] = [];
const MiB = 2 ** 20;

function mark(step: string): void {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  steps.push({ step, rssMiB: usage.rss / MiB, heapUsedMiB: usage.heapUsed / MiB, externalMiB: usage.external / MiB, arrayBuffersMiB: usage.arrayBuffers / MiB });
}

async function main(): Promise<void> {
  const argument = (name: string) => process.argv.find((arg, index) => process.argv[index - 1] === `--${name}`);
  const requests = Number(argument('requests') ?? 200);
  mark('node and reflect-metadata');
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { startApp } = require('../src/app') as typeof import('../src/app');
  const { loadConfig } = require('../src/config') as typeof import('../src/config');
  const { createLogger } = require('../src/logger') as typeof import('../src/logger');
  const { signToken } = require('../src/auth/tokens') as typeof import('../src/auth/tokens');
  const { sharedEmbedders } = require('../src/embedding/embedders') as typeof import('../src/embedding/embedders');
  const { buildDutygraphSchema } = require('../src/graphql/schema') as typeof import('../src/graphql/schema');
  const { openBenchDatabase } = require('./lib/bench-database') as typeof import('./lib/bench-database');
  const { benchInputs, today } = require('./lib/bench') as typeof import('./lib/bench');
  const { readSampleDataset, sampleFile } = require('./lib/import-bench') as typeof import('./lib/import-bench');
  const { generateTowns } = require('../src/dataset/generate-towns') as typeof import('../src/dataset/generate-towns');
  const { OPERATION_SPECS, OPERATIONS } = require('./lib/operations') as typeof import('./lib/operations');
  /* eslint-enable @typescript-eslint/no-require-imports */
  mark('modules loaded (src, bench)');
  const embedders = await sharedEmbedders();
  mark('embedding models loaded (zh, en)');
  await embedders.zh.embedQuery('宅基地审批');
  await embedders.en.embedQuery('Approval of rural homestead land');
  mark('one question embedded by each');
  await buildDutygraphSchema();
  mark('a schema built (type-graphql), not kept');

  const database = await openBenchDatabase({ uri: process.env.NEO4J_URI });
  const jwtSecret = crypto.randomBytes(32).toString('hex');
  const config = loadConfig({ ...process.env, NEO4J_URI: database.uri, PORT: '0', HOST: '127.0.0.1', JWT_SECRET: jwtSecret, LOG_LEVEL: 'warn' });
  const app = await startApp(config, database.uri, createLogger('warn'));
  mark('startApp: driver, migrations check, search warm-up, schema, Apollo, express');
  try {
    const token = await signToken(jwtSecret, 'bench', ['discipline'], '2h');
    const inputs = benchInputs(generateTowns(readSampleDataset(sampleFile()), 1, { dutiesPerTown: 250, seed: 1, idPrefix: '' }), '', today());
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
    for (const operation of OPERATIONS) {
      const spec = OPERATION_SPECS[operation];
      const bodies = spec.inputs(inputs).map((input) => JSON.stringify({ query: spec.service!.query, variables: spec.service!.variables(input) }));
      let next = 0;
      const worker = async () => {
        while (next < requests) {
          const body = bodies[next++ % bodies.length];
          const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
          await response.text();
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));
      mark(`after ${requests} ${operation} at c=8`);
    }
    clearInterval(sampler);
    process.stdout.write(`peak RSS under load ${(peak / MiB).toFixed(0)} MiB\n`);
  } finally {
    await app.stop();
    await database.stop();
  }
  let previous: Step | undefined;
  for (const step of steps) {
    const delta = (key: keyof Omit<Step, 'step'>) => `${step[key].toFixed(0).padStart(5)}${previous ? ` (${(step[key] - previous[key] >= 0 ? '+' : '') + (step[key] - previous[key]).toFixed(0)})` : ''}`.padEnd(13);
    process.stdout.write(`${step.step.padEnd(75)} rss ${delta('rssMiB')} heap ${delta('heapUsedMiB')} external ${delta('externalMiB')} arrayBuffers ${delta('arrayBuffersMiB')}\n`);
    previous = step;
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
