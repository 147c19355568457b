import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArguments } from '../src/cli/cli-database';
import { connectDatabase } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { generateTowns } from '../src/dataset/generate-towns';
import { parseDatasetText } from '../src/dataset/source';
import { buildListWorkbook } from '../src/dataset/list/write-list';
import { DatasetRepository } from '../src/repositories/dataset.repository';
import { DatasetImportService } from '../src/services/dataset-import.service';
import { ListImportService } from '../src/services/list-import.service';
import { openBenchDatabase } from './lib/bench-database';
import { readSampleDataset } from './lib/import-bench';
import { BENCH_DIR } from './lib/paths';

const USAGE = [
  'usage: npm run bench:xlsx -- [--towns 20] [--duties 110] [--concurrency 2] [--day 2008-11-01] [--fresh]',
  '  a province as spreadsheets: N copies of the sample town are imported without their duties (the',
  '  organisation a list names must be in the graph), then each town\'s responsibility list is written',
  '  as its own workbook (the exporter\'s shape, from the generated dataset) and every workbook is',
  '  imported through `npm run import -- list.xlsx`\'s service, one after another. Prints the time of',
  '  each phase and per town, and the projection to 1,360 towns. --duties: synthetic duties added to',
  '  each town\'s 92 (default 110: about the two hundred items of a published township list).',
  '  --concurrency: workbooks imported at once (each its own transaction; default 2).',
  '  NEO4J_URI set: that server (ids under a benchx. prefix); unset: the bench Neo4j (BENCH_NEO4J_PORT, default 7699).',
].join('\n');

type Plain = Record<string, any>;

async function main(): Promise<number> {
  const { options, positional } = parseArguments(process.argv.slice(2));
  const towns = Number(options.get('towns') ?? 20);
  const day = String(options.get('day') ?? '2008-11-01');
  const dutiesPerTown = Number(options.get('duties') ?? 110);
  const concurrency = Number(options.get('concurrency') ?? 2);
  if (positional.length > 0 || options.has('help') || !Number.isInteger(towns) || towns < 1 || !Number.isInteger(dutiesPerTown) || dutiesPerTown < 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const external = process.env.NEO4J_URI;
  const database = await openBenchDatabase({ uri: external, fresh: options.has('fresh'), log });
  let driver: { close(): Promise<void> } | undefined;
  try {
    const config = loadConfig({ ...process.env, NEO4J_URI: database.uri, NEO4J_TX_TIMEOUT_MS: '600000', LOG_LEVEL: 'silent' });
    const connected = await connectDatabase(config, database.uri, createLogger('silent'));
    driver = connected.driver;
    const { executor } = connected;
    const started = Date.now();
    const province = generateTowns(readSampleDataset(), towns, { dutiesPerTown, idPrefix: external ? 'benchx.' : '' });
    const duties = (province.duties ?? []) as Plain[];
    const organisation = { ...province, duties: [] };
    log(`generated ${towns} towns (${duties.length} duties) in ${((Date.now() - started) / 1000).toFixed(1)} s; importing them without their duties…`);
    const setup = Date.now();
    const repository = new DatasetRepository(executor);
    await new DatasetImportService(repository).importSource(parseDatasetText(JSON.stringify(organisation), 'province.json', 'json'), { rowsPerTransaction: 'auto' });
    log(`  organisation imported in ${((Date.now() - setup) / 1000).toFixed(1)} s (set-up, not measured)`);

    const dir = path.join(BENCH_DIR, 'results', 'data', `lists-${towns}`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const writeStarted = Date.now();
    const files: { file: string; township: string }[] = [];
    for (const township of (province.townships ?? []) as Plain[]) {
      // Every id of copy i starts with its prefix (`t0001.`), the township's too.
      const prefix = String(township.id).slice(0, String(township.id).indexOf('.') + 1);
      const mine = (list: Plain[] | undefined) => (list ?? []).filter((record) => String(record.id).startsWith(prefix));
      const workbook = buildListWorkbook({
        township: { id: township.id, name: township.name, nameEn: township.nameEn },
        day,
        offices: mine(province.offices as Plain[]),
        posts: mine(province.posts as Plain[]),
        duties: duties.filter((duty) => duty.township === township.id),
        audit: [],
      });
      const file = path.join(dir, `${township.id.replace(/[^a-z0-9.-]/g, '_')}.xlsx`);
      await workbook.xlsx.writeFile(file);
      files.push({ file, township: township.id });
    }
    const writeMs = Date.now() - writeStarted;
    const bytes = files.reduce((sum, { file }) => sum + fs.statSync(file).size, 0);
    log(`wrote ${files.length} workbooks (${(bytes / 1e6).toFixed(1)} MB) in ${(writeMs / 1000).toFixed(1)} s; importing them…`);

    const importer = new ListImportService(repository);
    const importStarted = Date.now();
    let rows = 0;
    let readMs = 0;
    let validateMs = 0;
    let writtenMs = 0;
    const queue = [...files];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        // The title row names the township; the option makes a province of identical names unambiguous.
        const summary = await importer.importList(next.file, { township: next.township });
        rows += summary.rows;
        readMs += summary.readMs;
        validateMs += summary.validateMs;
        writtenMs += summary.writeMs;
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
    const importMs = Date.now() - importStarted;
    const perTown = importMs / files.length;
    process.stdout.write(
      `bench:xlsx: ${towns} towns, ${duties.length} duties, concurrency ${concurrency}: wrote ${files.length} workbooks in ${(writeMs / 1000).toFixed(1)} s (${(writeMs / files.length).toFixed(0)} ms each); ` +
        `imported them in ${(importMs / 1000).toFixed(1)} s (${perTown.toFixed(0)} ms a town; summed per import: read ${(readMs / files.length).toFixed(0)}, validate ${(validateMs / files.length).toFixed(0)}, write ${(writtenMs / files.length).toFixed(0)}; ${rows} rows); ` +
        `1,360 towns at this rate: ${((perTown * 1360) / 60000).toFixed(1)} min\n`,
    );
    return 0;
  } finally {
    await driver?.close();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench:xlsx: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
