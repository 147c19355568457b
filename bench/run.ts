import 'reflect-metadata';
import path from 'node:path';
import { parseArguments } from '../src/cli/cli-database';
import { openBenchDatabase } from './lib/bench-database';
import { runBench } from './lib/bench';
import { OPERATIONS, OperationName, PATHS, PathName } from './lib/operations';
import { findBaseline, textReport, writeReport } from './lib/report';
import { BENCH_DIR } from './lib/paths';

const USAGE = [
  'usage: npm run bench -- [--towns 100] [--duration 10] [--warmup 3] [--quick] [--concurrency 1,8,32]',
  '         [--operations whoIsResponsible,dutyAudit,stationPartyRelations,personNested] [--paths service,raw,neo4j-graphql]',
  '         [--duties 250] [--seed 1] [--samples 8] [--rows-per-transaction auto|N] [--skip-import] [--fresh]',
  '  NEO4J_URI set: benchmark that server (data added under a bench. id prefix, never wiped);',
  '  unset: the bench Neo4j on 127.0.0.1:7699 (store .data/neo4j-bench; --fresh empties it first).',
  '  --quick: 3 s per row, 1 s warm-up, 4 compared samples.',
].join('\n');

function list<T extends string>(value: string | true | undefined, allowed: readonly T[], fallback: readonly T[]): T[] {
  if (value === undefined) return [...fallback];
  const items = String(value).split(',').map((item) => item.trim()).filter(Boolean);
  const bad = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (bad.length || items.length === 0) throw new Error(`unknown: ${bad.join(', ')} (allowed: ${allowed.join(', ')})`);
  return items as T[];
}

async function main(): Promise<number> {
  const { options, positional } = parseArguments(process.argv.slice(2));
  if (positional.length > 0 || options.has('help')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const quick = options.has('quick');
  const number = (name: string, fallback: number) => {
    const value = Number(options.get(name) ?? fallback);
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number, got ${options.get(name)}`);
    return value;
  };
  const external = process.env.NEO4J_URI;
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const database = await openBenchDatabase({ uri: external, fresh: options.has('fresh'), log });
  try {
    const report = await runBench({
      uri: database.uri,
      towns: number('towns', 100),
      dutiesPerTown: number('duties', 250),
      seed: number('seed', 1),
      // On a server others use, the run's data sits under its own prefix; the bench store is ours.
      idPrefix: typeof options.get('prefix') === 'string' ? String(options.get('prefix')) : external ? 'bench.' : '',
      durationSeconds: number('duration', quick ? 3 : 10),
      warmupSeconds: number('warmup', quick ? 1 : 3),
      concurrencies: String(options.get('concurrency') ?? '1,8,32').split(',').map(Number),
      operations: list<OperationName>(options.get('operations'), OPERATIONS, OPERATIONS),
      paths: list<PathName>(options.get('paths'), PATHS, PATHS),
      compareSamples: number('samples', quick ? 4 : 8),
      rowsPerTransaction: options.get('rows-per-transaction') === 'auto' || !options.has('rows-per-transaction') ? 'auto' : number('rows-per-transaction', 50_000),
      workDir: path.join(BENCH_DIR, 'results', 'data'),
      skipImport: options.has('skip-import'),
      log,
    });
    const resultsDirectory = path.join(BENCH_DIR, 'results');
    report.baseline = findBaseline(resultsDirectory, report);
    process.stdout.write(`\n${textReport(report)}\n`);
    const written = writeReport(report, resultsDirectory);
    log(`wrote ${path.relative(process.cwd(), written.json)} and ${path.relative(process.cwd(), written.markdown)}`);
    const failed = report.rows.some((row) => row.errors > 0) || report.comparisons.some((comparison) => comparison.matching < comparison.samples);
    return failed ? 1 : 0;
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
