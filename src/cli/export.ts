import fs from 'node:fs';
import { ConfigError, loadConfig } from '../config';
import { formatOfFile } from '../dataset/source';
import { serialiseDataset } from '../dataset/serialise';
import { DatasetRepository } from '../repositories/dataset.repository';
import { DatasetExportService } from '../services/dataset-export.service';
import { ListExportService } from '../services/list-export.service';
import { DutyAuditService } from '../services/duty-audit.service';
import { DutyAuditRepository } from '../repositories/duty-audit.repository';
import { openCliDatabase, parseArguments } from './cli-database';

const USAGE = [
  'usage: npm run export -- [--out file.yaml|file.json] [--township id]   (YAML on stdout without --out)',
  '       npm run export -- --out list.xlsx --township id [--as-of YYYY-MM-DD]   (the township\'s responsibility list on a day, default today)',
].join('\n');

/** `npm run export`: the graph (or one township of it) as a dutygraph/1 file that imports again. */
async function main(): Promise<number> {
  const { options, positional } = parseArguments(process.argv.slice(2));
  const out = options.get('out');
  const township = options.get('township');
  if (typeof out === 'string' && out.toLowerCase().endsWith('.xlsx')) return exportList(out, township, options.get('as-of'));
  const format = typeof out === 'string' ? formatOfFile(out) : 'yaml';
  if (positional.length > 0 || out === true || township === true || (format !== 'yaml' && format !== 'json')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }

  const database = await openCliDatabase(loadConfig());
  try {
    const dataset = await new DatasetExportService(new DatasetRepository(database.executor)).exportDataset({ township });
    const text = serialiseDataset(dataset, format);
    if (typeof out === 'string') {
      fs.writeFileSync(out, text);
      process.stderr.write(`exported ${township ? `township ${township}` : 'the graph'} to ${out}\n`);
    } else {
      process.stdout.write(text);
    }
    return 0;
  } finally {
    await database.close();
  }
}

/** `--out list.xlsx`: the township's list on a day in the county's shape, readable by `npm run import`. */
async function exportList(out: string, township: string | true | undefined, asOf: string | true | undefined): Promise<number> {
  if (typeof township !== 'string' || asOf === true) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const database = await openCliDatabase(loadConfig());
  try {
    const audit = new DutyAuditService(new DutyAuditRepository(database.executor));
    const workbook = await new ListExportService(new DatasetRepository(database.executor), audit).exportList(township, asOf);
    await workbook.xlsx.writeFile(out);
    process.stderr.write(`exported the list of ${township} to ${out}\n`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`export: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
