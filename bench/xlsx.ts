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
import { describeTownCounts, measureTownCounts } from './lib/import-counts';

const USAGE = [
  'usage: npm run bench:xlsx -- [--towns 20] [--duties 110] [--counts 10] [--one-by-one] [--day 2008-11-01] [--fresh]',
  '  a province as spreadsheets: N copies of the sample town are imported without their duties (the',
  '  organisation a list names must be in the graph), then each town\'s responsibility list is written',
  '  as its own workbook (the exporter\'s shape, from the generated dataset) and every workbook is',
  '  imported through `npm run import -- lists/`\'s service: all of them in one import (read on every',
  '  core, checked together, written in as few transactions as the server allows). Prints the time of',
  '  each phase and per town, and the projection to 1,360 towns. --duties: synthetic duties added to',
  '  each town\'s 92 (default 110: about the two hundred items of a published township list).',
  '  --one-by-one: one import a workbook instead (`npm run import -- list.xlsx` for each town).',
  '  --counts K: before the import, the counts that do not depend on the machine\'s load, for the first K',
  '  workbooks (default 10; 0: none): CPU ms to read and to check a workbook (this thread, one at a time),',
  '  and the statements and db hits (PROFILE, rolled back) of a town\'s write, alone and in a batch of K.',
  '  NEO4J_URI set: that server (ids under a benchx. prefix); unset: the bench Neo4j (BENCH_NEO4J_PORT, default 7699).',
].join('\n');

type Plain = Record<string, any>;

async function main(): Promise<number> {
  const { options, positional } = parseArguments(process.argv.slice(2));
  const towns = Number(options.get('towns') ?? 20);
  const day = String(options.get('day') ?? '2008-11-01');
  const dutiesPerTown = Number(options.get('duties') ?? 110);
  const oneByOne = options.has('one-by-one');
  const countsSample = Math.min(Number(options.get('counts') ?? 10), towns);
  if (positional.length > 0 || options.has('help') || !Number.isInteger(towns) || towns < 1 || !Number.isInteger(dutiesPerTown) || dutiesPerTown < 0 || !Number.isInteger(countsSample) || countsSample < 0) {
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

    if (countsSample > 0) {
      log(`counting the read, check and write of ${countsSample} workbooks (nothing written)…`);
      process.stdout.write(`bench:xlsx: ${describeTownCounts(await measureTownCounts(connected.driver, executor.catalog, repository, files.map(({ file }) => file), countsSample), countsSample)}\n`);
    }

    const importer = new ListImportService(repository);
    const importStarted = Date.now();
    let summary: { rows: number; statements: number; readMs: number; validateMs: number; embedMs: number; writeMs: number; transactions: number };
    if (oneByOne) {
      summary = { rows: 0, statements: 0, readMs: 0, validateMs: 0, embedMs: 0, writeMs: 0, transactions: 0 };
      for (const { file, township } of files) {
        // The title row names the township; the option makes a province of identical names unambiguous.
        const each = await importer.importList(file, { township });
        for (const key of ['rows', 'statements', 'readMs', 'validateMs', 'embedMs', 'writeMs', 'transactions'] as const) summary[key] += each[key];
      }
    } else {
      // As a province would: each workbook's title row names its town ('里顺镇 #0001权责清单（2008-11-01）').
      summary = await importer.importLists(files.map(({ file }) => ({ file })), { rowsPerTransaction: 'auto' });
    }
    const importMs = Date.now() - importStarted;
    const perTown = importMs / files.length;
    process.stdout.write(
      `bench:xlsx: ${towns} towns, ${duties.length} duties, ${oneByOne ? 'one workbook at a time' : 'all workbooks in one import'}: wrote ${files.length} workbooks in ${(writeMs / 1000).toFixed(1)} s (${(writeMs / files.length).toFixed(0)} ms each); ` +
        `imported them in ${(importMs / 1000).toFixed(1)} s (${perTown.toFixed(0)} ms a town: read ${(summary.readMs / files.length).toFixed(0)}, validate ${(summary.validateMs / files.length).toFixed(0)}, embed ${(summary.embedMs / files.length).toFixed(0)}, write ${(summary.writeMs / files.length).toFixed(0)}; ${summary.rows} rows in ${summary.statements} statements, ${summary.transactions} transaction(s)); ` +
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
