import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { generateTowns } from '../dataset/generate-towns';
import { serialiseDataset } from '../dataset/serialise';
import { formatOfFile } from '../dataset/source';
import { SAMPLE_TOWN_FILE } from '../sample-town';
import { parseArguments } from './cli-database';

const USAGE = [
  'usage: npm run generate -- --towns N --out file.yaml|file.json [--sample data/sample-town.yaml]',
  '         [--duties 250] [--seed 1] [--overlap-share 0.03] [--blank-share 0.03] [--prefix id-prefix.]',
  '  --duties N          synthetic duties per town (parents included) besides the sample\'s; 0 for plain copies',
  '  --seed S            seed of the synthetic duties: the same towns and seed give the same file',
  '  --overlap-share X   share of synthetic duties with two LEAD owners; --blank-share X: with no owner',
  '  --prefix P          put before every copy\'s id prefix (P.t0001.…), e.g. to own a run\'s data',
].join('\n');

/** `npm run generate`: N copies of the sample town with prefixed ids and synthetic duties, for benchmarks. Deterministic. */
function main(): number {
  const { options, positional } = parseArguments(process.argv.slice(2));
  const towns = Number(options.get('towns'));
  const out = options.get('out');
  const sample = options.get('sample') ?? SAMPLE_TOWN_FILE;
  const format = typeof out === 'string' ? formatOfFile(out) : undefined;
  const dutiesPerTown = Number(options.get('duties') ?? 250);
  const seed = Number(options.get('seed') ?? 1);
  const overlapShare = Number(options.get('overlap-share') ?? 0.03);
  const blankShare = Number(options.get('blank-share') ?? 0.03);
  const idPrefix = options.get('prefix') ?? '';
  const isShare = (value: number) => value >= 0 && value <= 1;
  if (
    positional.length > 0 || !Number.isInteger(towns) || towns < 1 || towns > 9999 || typeof sample !== 'string' || (format !== 'yaml' && format !== 'json') ||
    !Number.isInteger(dutiesPerTown) || dutiesPerTown < 0 || dutiesPerTown > 5000 || !Number.isInteger(seed) || !isShare(overlapShare) || !isShare(blankShare) || typeof idPrefix !== 'string'
  ) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const dataset = generateTowns(parse(fs.readFileSync(sample, 'utf8')) as Record<string, unknown>, towns, { dutiesPerTown, seed, overlapShare, blankShare, idPrefix });
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
