import fs from 'node:fs';
import { ConfigError, loadConfig } from '../config';
import { formatOfFile } from '../dataset/source';
import { serialiseDataset } from '../dataset/serialise';
import { DatasetRepository } from '../repositories/dataset.repository';
import { DatasetExportService } from '../services/dataset-export.service';
import { openCliDatabase, parseArguments } from './cli-database';

const USAGE = 'usage: npm run export -- [--out file.yaml|file.json] [--township id]   (YAML on stdout without --out)';

/** `npm run export`: the graph (or one township of it) as a dutygraph/1 file that imports again. */
async function main(): Promise<number> {
  const { options, positional } = parseArguments(process.argv.slice(2));
  const out = options.get('out');
  const township = options.get('township');
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

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`export: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
