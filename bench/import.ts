import 'reflect-metadata';
import path from 'node:path';
import { parseArguments } from '../src/cli/cli-database';
import { openBenchDatabase } from './lib/bench-database';
import type { RowsPerTransaction } from '../src/repositories/dataset.repository';
import { describeImport, generateFile, importAndMeasure, sampleFile } from './lib/import-bench';
import { BENCH_DIR } from './lib/paths';
import { DatabaseUnavailableError } from '../src/errors';

const USAGE = [
  'usage: npm run bench:import -- [--towns 100] [--duties 250] [--seed 1] [--format json|yaml] [--rows-per-transaction auto|N|one] [--distinct-titles] [--fresh]',
  '  imports the sample town, then a generated file of N towns (a province: --towns 1360), and prints',
  '  the time of each phase, rel/s, nodes/s and rows/s.',
  '  --format                 of the generated file (default json; yaml reads about 4 times slower)',
  '  --rows-per-transaction   default auto: one transaction when the file fits the server\'s',
  '                           transaction memory, else as few as fit; `one` forces a single transaction',
  '  --distinct-titles        every town\'s duty titles its own (the worst case for embedding); by default',
  '                           the towns share the titles, as a province\'s towns share the county\'s list',
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
  const format = options.get('format') ?? 'json';
  const rowsOption = options.get('rows-per-transaction') ?? 'auto';
  const rowsPerTransaction: RowsPerTransaction | undefined = rowsOption === 'auto' ? 'auto' : rowsOption === 'one' ? undefined : Number(rowsOption);
  if (
    ![towns, dutiesPerTown, seed].every(Number.isInteger) || towns < 1 || (format !== 'json' && format !== 'yaml') ||
    (typeof rowsPerTransaction === 'number' && !(Number.isInteger(rowsPerTransaction) && rowsPerTransaction >= 1))
  ) {
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
    const file = path.join(BENCH_DIR, 'results', 'data', `towns-${towns}-seed-${seed}${options.has('distinct-titles') ? '-distinct' : ''}.${format}`);
    log(`generating ${towns} towns…`);
    const generated = generateFile(towns, file, { dutiesPerTown, seed, idPrefix: external ? 'bench.' : '', distinctTitles: options.has('distinct-titles') }, sample);
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
    const serverCode = error instanceof DatabaseUnavailableError && error.serverCode ? ` (Neo4j: ${error.serverCode})` : '';
    process.stderr.write(`bench:import${serverCode}: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
