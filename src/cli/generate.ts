import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { generateTowns } from '../dataset/generate-towns';
import { serialiseDataset } from '../dataset/serialise';
import { formatOfFile } from '../dataset/source';
import { SAMPLE_TOWN_FILE } from '../sample-town';
import { parseArguments } from './cli-database';

const USAGE = 'usage: npm run generate -- --towns N --out file.yaml|file.json [--sample data/sample-town.yaml]';

/** `npm run generate`: N copies of the sample town with prefixed ids, for benchmarks. Deterministic. */
function main(): number {
  const { options, positional } = parseArguments(process.argv.slice(2));
  const towns = Number(options.get('towns'));
  const out = options.get('out');
  const sample = options.get('sample') ?? SAMPLE_TOWN_FILE;
  const format = typeof out === 'string' ? formatOfFile(out) : undefined;
  if (positional.length > 0 || !Number.isInteger(towns) || towns < 1 || towns > 9999 || typeof sample !== 'string' || (format !== 'yaml' && format !== 'json')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const dataset = generateTowns(parse(fs.readFileSync(sample, 'utf8')) as Record<string, unknown>, towns);
  fs.mkdirSync(path.dirname(path.resolve(String(out))), { recursive: true });
  fs.writeFileSync(String(out), serialiseDataset(dataset, format));
  process.stderr.write(`wrote ${towns} town${towns === 1 ? '' : 's'} from ${path.relative(process.cwd(), sample)} to ${out}\n`);
  return 0;
}

try {
  process.exit(main());
} catch (error) {
  process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
