import fs from 'node:fs';
import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { ConfigError, loadConfig } from '../config';
import { DatabaseUnavailableError } from '../errors';
import { DatasetValidationError, formatProblem } from '../dataset/problems';
import { DatasetRepository, DEFAULT_CHUNK_SIZE, RowsPerTransaction, WriteOptions, WriteProgress } from '../repositories/dataset.repository';
import { DatasetImportService, ImportSummary } from '../services/dataset-import.service';
import type { ListFile } from '../dataset/list/list-reader-pool';
import { ListImportService } from '../services/list-import.service';
import { openCliDatabase, parseArguments } from './cli-database';
import { heapPlanHere, heapWasRaised, rerunWithHeap } from './import-heap';

const USAGE = [
  'usage: npm run import -- <file.yaml|file.json|duties.csv|list.xlsx…|lists/> [--chunk-size N] [--rows-per-transaction N|auto]',
  '  list.xlsx                    a town\'s responsibility list; the title row names the township and day,',
  '                               or --township id and --on YYYY-MM-DD do',
  '  a.xlsx b.xlsx …, or lists/   several towns\' lists (a folder: every .xlsx in it), checked together and',
  '                               written together: every problem of every workbook, or all of them imported',
  '  --chunk-size N               rows per statement (default 5000); all statements share one transaction',
  '  --rows-per-transaction N     opt-in for files too big for one transaction: commit every N rows',
  '                               (each commit is all-or-nothing; after a failure, run the import again)',
  '  --rows-per-transaction auto  the same, sized from the server\'s transaction memory limit: one',
  '                               transaction when the file fits in it, else as few as it takes',
].join('\n');

/**
 * The driver reports a transaction over the server's memory limit as a transient error, which
 * reaches us as "database unavailable"; retrying does not help with that one, so say what does.
 */
const TRANSACTION_MEMORY_HINT = [
  'import: if Neo4j is up, the file may need more memory in one transaction than the server allows',
  '  (db.memory.transaction.max; the local Neo4j allows half of NEO4J_LOCAL_TX_MEMORY_MB, 768 MiB with its',
  '  default 2 GiB heap: about 250,000 new nodes and relationships). Raise the limit, or commit in parts',
  '  with --rows-per-transaction auto (or a number of rows, e.g. 100000).',
].join('\n');

/** `npm run import -- <file>`: validate the whole file, then write it in one transaction. */
async function main(): Promise<number> {
  const { options, positional } = parseArguments(process.argv.slice(2));
  const [file] = positional;
  const workbooks = listWorkbooks(positional);
  const chunkSize = Number(options.get('chunk-size') ?? DEFAULT_CHUNK_SIZE);
  const rowsPerTransactionOption = options.get('rows-per-transaction');
  const rowsPerTransaction: RowsPerTransaction | undefined =
    rowsPerTransactionOption === undefined ? undefined : rowsPerTransactionOption === 'auto' ? 'auto' : Number(rowsPerTransactionOption);
  const isCount = (value: number | undefined) => value === undefined || (Number.isInteger(value) && value >= 1);
  if (!file || (positional.length > 1 && !workbooks) || !isCount(chunkSize) || (rowsPerTransaction !== 'auto' && !isCount(rowsPerTransaction))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }

  if (!workbooks && fs.existsSync(file) && !heapWasRaised()) {
    const bytes = fs.statSync(file).size;
    const plan = heapPlanHere(bytes);
    const size = fileSize(bytes);
    if (plan.kind === 'too-big') {
      process.stderr.write(
        `import: ${file} (${size}) needs about ${plan.neededMiB} MiB of memory to read, check and write whole, more than this machine's ${plan.machineMiB} MiB allows; ` +
          'split it into smaller files (by town: each import is all-or-nothing, and they can run one after another), or import it on a machine with more memory\n',
      );
      return 2;
    }
    if (plan.kind === 'raise') {
      process.stderr.write(`import: ${file} (${size}) needs about ${plan.neededMiB} MiB of heap, more than this process's ${plan.limitMiB} MiB: running the import with --max-old-space-size=${plan.heapMiB}\n`);
      return rerunWithHeap(plan.heapMiB);
    }
  }
  const database = await openCliDatabase(loadConfig());
  const progress = progressBar();
  try {
    const repository = new DatasetRepository(database.executor, chunkSize);
    const writeOptions: WriteOptions = {
      onProgress: progress?.update,
      rowsPerTransaction,
      onTransactionMemoryExceeded: (rows, now) => process.stderr.write(`import: a transaction of ${rows} rows ran out of Neo4j's transaction memory; rolled back, the rest in transactions of ${now} rows\n`),
    };
    const township = options.get('township');
    const day = options.get('on');
    const summary: ImportSummary = workbooks
      ? await new ListImportService(repository).importLists(workbooks, { ...writeOptions, township: typeof township === 'string' ? township : undefined, day: typeof day === 'string' ? day : undefined })
      : await new DatasetImportService(repository).importFile(file, writeOptions);
    progress?.stop();
    const records = Object.entries(summary.records).map(([list, count]) => `${count} ${list}`).join(', ');
    const seconds = summary.writeMs / 1000;
    process.stdout.write(
      `imported ${summary.file} into ${database.uri}: ${records}; ${summary.rows} rows in ${summary.statements} statements, ` +
        `${summary.transactions === 1 ? 'one transaction' : `${summary.transactions} transactions`}; ` +
        `read in ${summary.readMs} ms, validated in ${summary.validateMs} ms, written in ${summary.writeMs} ms (${Math.round(summary.rows / Math.max(seconds, 0.001))} rows/s)\n`,
    );
    return 0;
  } catch (error) {
    progress?.stop();
    if (error instanceof DatabaseUnavailableError) {
      if (error.serverCode) process.stderr.write(`import: Neo4j answered ${error.serverCode}\n`);
      process.stderr.write(`${TRANSACTION_MEMORY_HINT}\n`);
    }
    if (!(error instanceof DatasetValidationError)) throw error;
    for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    process.stderr.write(`${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}; nothing was imported\n`);
    return 1;
  } finally {
    await database.close();
  }
}

/** The workbooks named (a folder stands for the .xlsx files in it, in name order); undefined unless every argument is one. */
function listWorkbooks(paths: readonly string[]): ListFile[] | undefined {
  const files = paths.flatMap((given) =>
    fs.existsSync(given) && fs.statSync(given).isDirectory()
      ? fs.readdirSync(given).filter((name) => name.toLowerCase().endsWith('.xlsx') && !name.startsWith('~$')).sort().map((name) => path.join(given, name))
      : [given],
  );
  return files.length > 0 && files.every((name) => name.toLowerCase().endsWith('.xlsx')) ? files.map((name) => ({ file: name })) : undefined;
}

function fileSize(bytes: number): string {
  return bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(0)} MiB` : `${(bytes / 2 ** 10).toFixed(0)} KiB`;
}

/** A bar on an interactive terminal only: quiet in pipes, logs and CI. */
function progressBar(): { update: WriteProgress; stop(): void } | undefined {
  if (!process.stderr.isTTY || process.env.CI === 'true') return undefined;
  const bar = new SingleBar({ stream: process.stderr, format: 'writing |{bar}| {percentage}% {value}/{total} rows', hideCursor: true }, Presets.shades_classic);
  let started = false;
  return {
    update: (written, total) => {
      if (!started) {
        bar.start(total, written);
        started = true;
      } else bar.update(written);
    },
    stop: () => {
      if (started) bar.stop();
      started = false;
    },
  };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`import: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
