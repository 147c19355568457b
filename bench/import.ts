import 'reflect-metadata';
import path from 'node:path';
import { parseArguments } from '../src/cli/cli-database';
import { openBenchDatabase } from './lib/bench-database';
import { describeImport, generateFile, importAndMeasure, sampleFile } from './lib/import-bench';
import { BENCH_DIR } from './lib/paths';

const USAGE = [
  'usage: npm run bench:import -- [--towns 100] [--duties 250] [--seed 1] [--rows-per-transaction N] [--fresh]',
  '  imports the sample town, then a generated file of N towns, and prints rel/s, nodes/s and the time.',
  '  NEO4J_URI set: that server (the towns under a bench. id prefix); unset: the bench Neo4j on 7699.',
].join('\n');

async function main(): Promise<number> {
  const { options, positional } = parseArguments(process.argv.slice(2));
  if (positional.length > 0 || options.has('help')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const towns = Number(options.get('towns') ?? 100);
  const dutiesPerTown = Number(options.get('duties') ?? 250);
  const seed = Number(options.get('seed') ?? 1);
  const rowsPerTransaction = options.has('rows-per-transaction') ? Number(options.get('rows-per-transaction')) : undefined;
  if (![towns, dutiesPerTown, seed].every(Number.isInteger) || towns < 1 || (rowsPerTransaction !== undefined && !(rowsPerTransaction >= 1))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const external = process.env.NEO4J_URI;
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const database = await openBenchDatabase({ uri: external, fresh: options.has('fresh'), log });
  try {
    const sample = sampleFile();
    log(`importing the sample town ${path.relative(process.cwd(), sample)}…`);
    process.stdout.write(`${describeImport('sample town', await importAndMeasure(database.uri, sample))}\n`);
    const file = path.join(BENCH_DIR, 'results', 'data', `towns-${towns}-seed-${seed}.yaml`);
    log(`generating ${towns} towns…`);
    const generated = generateFile(towns, file, { dutiesPerTown, seed, idPrefix: external ? 'bench.' : '' }, sample);
    log(`  ${(generated.bytes / 1e6).toFixed(1)} MB in ${(generated.generateMs / 1000).toFixed(1)} s; importing…`);
    process.stdout.write(`${describeImport(`${towns} towns`, await importAndMeasure(database.uri, file, { rowsPerTransaction }))}\n`);
    return 0;
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench:import: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
