import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../src/project-root';
import { ResponsibilityRepository } from '../src/repositories/responsibility.repository';
import { ResponsibilityService } from '../src/services/responsibility.service';
import type { DutyAnswerView } from '../src/domain/responsibility-answer';
import { isChinese, normaliseText } from '../src/search/search-terms';
import { openSampleTown } from './lib/eval-database';

/**
 * npm run eval:search [-- --set a.yaml --set b.yaml] [--fit] [--json out.json]
 *
 * Evaluates the duty search METHOD on look-ups of the sample town whose right answers were written
 * down before asking (bench/search-eval/*.yaml; any file of the same form can be given with --set):
 * per class, hit@1 and hit@3 of the ranking, the share answered right with confidence, and for the
 * questions the town has no duty for, the share that got a confident answer (should be 0).
 * --fit instead fits the confidence weights (domain/search-confidence.ts) by logistic regression
 * on the calibration part only, and prints them.
 */
interface Lookup {
  q: string;
  class: string;
  expect: string[];
}

const DEFAULT_SETS = ['bench/search-eval/calibration.yaml', 'bench/search-eval/held-out.yaml'];
const AS_OF = '2008-11-01';
const CLASSES = ['chinese', 'english', 'traditional', 'typo', 'paraphrase', 'no-duty'];

function readSet(file: string): Lookup[] {
  const data = parse(fs.readFileSync(path.resolve(PROJECT_ROOT, file), 'utf8')) as { lookups: Lookup[] };
  return data.lookups.map((lookup) => ({ q: String(lookup.q), class: String(lookup.class), expect: (lookup.expect ?? []).map(String) }));
}

interface Outcome {
  lookup: Lookup;
  ranked: DutyAnswerView[];
}

interface ClassFigures {
  class: string;
  n: number;
  hitAt1: number;
  hitAt3: number;
  /** Top answer right and confident (duty classes); any confident answer (no-duty). */
  confidentRight: number;
  confidentWrong: number;
}

function figures(outcomes: Outcome[]): ClassFigures[] {
  const classes = [...CLASSES, ...new Set(outcomes.map((outcome) => outcome.lookup.class).filter((name) => !CLASSES.includes(name)))];
  const rows = classes.map((name) => {
    const own = outcomes.filter((outcome) => outcome.lookup.class === name);
    const right = (outcome: Outcome, k: number) => outcome.ranked.slice(0, k).some((answer) => outcome.lookup.expect.includes(answer.duty.id));
    const top = (outcome: Outcome) => outcome.ranked[0];
    return {
      class: name,
      n: own.length,
      hitAt1: share(own.filter((outcome) => outcome.lookup.expect.length > 0 && right(outcome, 1)).length, own.length),
      hitAt3: share(own.filter((outcome) => outcome.lookup.expect.length > 0 && right(outcome, 3)).length, own.length),
      confidentRight: share(own.filter((outcome) => outcome.lookup.expect.length > 0 && top(outcome)?.confident && right(outcome, 1)).length, own.length),
      confidentWrong: share(own.filter((outcome) => top(outcome)?.confident && !right(outcome, 1)).length, own.length),
    };
  });
  return rows.filter((row) => row.n > 0);
}

const share = (count: number, of: number) => (of === 0 ? 0 : count / of);
const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);

function table(title: string, outcomes: Outcome[]): string {
  const rows = figures(outcomes);
  const withDuty = outcomes.filter((outcome) => outcome.lookup.expect.length > 0);
  const all = figures(withDuty.map((outcome) => ({ ...outcome, lookup: { ...outcome.lookup, class: 'all with a duty' } })))[0];
  const lines = [`${title} (${outcomes.length} look-ups)`, 'class              n   hit@1   hit@3  confident+right  confident+wrong'];
  for (const row of all ? [...rows, all] : rows) {
    if (row.class === 'no-duty') {
      lines.push(`${row.class.padEnd(16)} ${String(row.n).padStart(3)}       -       -  confident answers: ${pct(row.confidentWrong)}`);
    } else {
      lines.push(`${row.class.padEnd(16)} ${String(row.n).padStart(3)} ${pct(row.hitAt1)} ${pct(row.hitAt3)}          ${pct(row.confidentRight)}          ${pct(row.confidentWrong)}`);
    }
  }
  return lines.join('\n');
}

/** Logistic regression of "right duty" on (meaning, words) over every ranked candidate, per model language. */
function fit(outcomes: Outcome[]): void {
  for (const language of ['zh', 'en'] as const) {
    const samples: { x: number[]; y: number }[] = [];
    for (const outcome of outcomes) {
      if ((isChinese(normaliseText(outcome.lookup.q)) ? 'zh' : 'en') !== language) continue;
      const bestMeaning = Math.max(...outcome.ranked.map((answer) => answer.meaning));
      const bestWords = Math.max(...outcome.ranked.map((answer) => answer.words));
      for (const answer of outcome.ranked) {
        if (answer.matchedBy === 'ID' || answer.matchedBy === 'TITLE') continue;
        samples.push({ x: [answer.meaning, answer.words, answer.meaning - bestMeaning, answer.words - bestWords], y: outcome.lookup.expect.includes(answer.duty.id) ? 1 : 0 });
      }
    }
    const w = newtonLogistic(samples);
    const positives = samples.filter((sample) => sample.y === 1).length;
    const [bias, meaning, words, meaningGap, wordsGap] = w.map((value) => Number(value.toFixed(2)));
    process.stdout.write(`${language}: { bias: ${bias}, meaning: ${meaning}, words: ${words}, meaningGap: ${meaningGap}, wordsGap: ${wordsGap} },  (${samples.length} candidates, ${positives} right)\n`);
  }
}

/** Logistic regression by Newton's method (a bias and one weight per feature), with a little L2 on the weights. */
function newtonLogistic(samples: { x: number[]; y: number }[]): number[] {
  const size = (samples[0]?.x.length ?? 0) + 1;
  let w = new Array<number>(size).fill(0);
  const l2 = 1e-2;
  for (let iteration = 0; iteration < 100; iteration++) {
    const g = w.map((value, index) => (index > 0 ? l2 * value : 0));
    const h = w.map((_, i) => w.map((__, j) => (i === j && i > 0 ? l2 : 0)));
    for (const { x, y } of samples) {
      const f = [1, ...x];
      const p = 1 / (1 + Math.exp(-f.reduce((sum, value, index) => sum + value * w[index]!, 0)));
      for (let i = 0; i < size; i++) {
        g[i]! += (p - y) * f[i]!;
        for (let j = 0; j < size; j++) h[i]![j]! += p * (1 - p) * f[i]! * f[j]!;
      }
    }
    const step = solve(h, g);
    w = w.map((value, index) => value - step[index]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return w;
}

/** Solves a·x = b by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let row = col + 1; row < n; row++) {
      const factor = m[row]![col]! / m[col]![col]!;
      for (let k = col; k <= n; k++) m[row]![k]! -= factor * m[col]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = m[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= m[row]![k]! * x[k]!;
    x[row] = sum / m[row]![row]!;
  }
  return x;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const sets = args.flatMap((arg, index) => (arg === '--set' ? [args[index + 1] as string] : []));
  const fitting = args.includes('--fit');
  const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
  const files = fitting ? [DEFAULT_SETS[0] as string] : sets.length > 0 ? sets : DEFAULT_SETS;

  const db = await openSampleTown();
  try {
    const service = new ResponsibilityService(new ResponsibilityRepository(db.executor));
    const results: { file: string; outcomes: Outcome[] }[] = [];
    for (const file of files) {
      const outcomes: Outcome[] = [];
      for (const lookup of readSet(file)) outcomes.push({ lookup, ranked: await service.rank({ query: lookup.q, asOf: AS_OF, first: fitting ? 10 : 5 }) });
      results.push({ file, outcomes });
    }
    if (fitting) {
      fit(results.flatMap((result) => result.outcomes));
      return;
    }
    for (const result of results) process.stdout.write(`\n${table(result.file, result.outcomes)}\n`);
    if (results.length > 1) process.stdout.write(`\n${table('all sets', results.flatMap((result) => result.outcomes))}\n`);
    const misses = results.flatMap((result) => result.outcomes).filter((outcome) => {
      const top = outcome.ranked[0];
      return outcome.lookup.expect.length === 0 ? top?.confident : !outcome.lookup.expect.includes(top?.duty.id ?? '');
    });
    process.stdout.write(`\nmisses at 1 (and confident answers to no-duty questions):\n`);
    for (const outcome of misses) {
      const shown = outcome.ranked.slice(0, 3).map((answer) => `${answer.duty.id} ${answer.matchedBy} ${answer.confidence.toFixed(2)}`).join(' | ');
      process.stdout.write(`  [${outcome.lookup.class}] ${outcome.lookup.q} → ${shown || '(nothing)'}  expected ${outcome.lookup.expect.join(', ') || 'no duty'}\n`);
    }
    if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(results.map((result) => ({ file: result.file, figures: figures(result.outcomes) })), null, 2));
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`eval:search failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
