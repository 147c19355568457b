import fs from 'node:fs';
import path from 'node:path';
import type { Baseline, BenchReport, LoadRow } from './bench';

const mb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 1048576).toFixed(0)} MiB`);
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');

export interface GoalLine {
  goal: string;
  measured: string;
  met: boolean | null;
}

function row(operation: string, path: string, concurrency: number, rows: readonly LoadRow[]): LoadRow | undefined {
  return rows.find((candidate) => candidate.operation === operation && candidate.path === path && candidate.concurrency === concurrency);
}

/** The size the latency goals are set for, and a province's (Zhejiang's townships). */
const BASELINE_TOWNS = 100;
const PROVINCE_TOWNS = 1360;

/** The latency each concurrency's service p50 may be, as a multiple of the raw driver's (issue 18). */
const P50_RATIO_GOAL = (concurrency: number) => (concurrency === 1 ? 1.3 : 1.5);
/** The service's throughput at concurrency 32 against the raw driver's, at least. */
const THROUGHPUT_SHARE_GOAL = 0.7;
/** The nested query's throughput against @neo4j/graphql's, at least, at these concurrencies. */
const NESTED_GOAL = { times: 2, concurrencies: [8, 32] };
/** The service's peak RSS under load against the raw path's, at most. */
const RSS_RATIO_GOAL = 1.3;

/** The goals of the brief, measured (null: not measurable in this run). */
export function goals(report: BenchReport): GoalLine[] {
  const lines: GoalLine[] = [];
  for (const operation of report.options.operations) {
    const goal = `${operation}: service p50 ≤ 1.3× raw driver p50 at c=1, ≤ 1.5× at c=8 and c=32`;
    const ratios = report.rows.filter((candidate) => candidate.operation === operation && candidate.path === 'service' && candidate.ratioToRawP50 !== null);
    if (ratios.length === 0) {
      lines.push({ goal, measured: 'pending (no service operation)', met: null });
      continue;
    }
    // A refused request (OVERLOADED) answers at once, so a row with errors has a p50 of refusals, not of answers.
    const refused = ratios.filter((candidate) => candidate.errors > 0);
    lines.push({
      goal,
      measured:
        ratios.map((candidate) => `c=${candidate.concurrency}: ${(candidate.ratioToRawP50 ?? 0).toFixed(2)}×`).join(', ') +
        refused.map((candidate) => `; c=${candidate.concurrency} had ${candidate.errors} errors, so its p50 is not of answers`).join(''),
      met: ratios.every((candidate) => (candidate.ratioToRawP50 ?? Infinity) <= P50_RATIO_GOAL(candidate.concurrency)) && refused.length === 0,
    });
  }
  for (const operation of report.options.operations) {
    const service = row(operation, 'service', 32, report.rows);
    const raw = row(operation, 'raw', 32, report.rows);
    if (!service || !raw) continue;
    const share = service.requestsPerSecond / raw.requestsPerSecond;
    lines.push({
      goal: `${operation}: service req/s at c=32 ≥ ${THROUGHPUT_SHARE_GOAL}× raw driver's`,
      measured: `${service.requestsPerSecond.toFixed(1)} vs ${raw.requestsPerSecond.toFixed(1)} req/s: ${share.toFixed(2)}×`,
      met: share >= THROUGHPUT_SHARE_GOAL && service.errors === 0,
    });
  }
  const nested = report.rows.filter((candidate) => candidate.operation === 'personNested');
  const nestedPairs = report.options.concurrencies
    .map((concurrency) => [concurrency, row('personNested', 'service', concurrency, nested), row('personNested', 'neo4j-graphql', concurrency, nested)] as const)
    .filter(([, service, other]) => service && other);
  const judged = nestedPairs.filter(([concurrency]) => NESTED_GOAL.concurrencies.includes(concurrency));
  lines.push({
    goal: `nested query: service throughput ≥ ${NESTED_GOAL.times}× @neo4j/graphql at c=${NESTED_GOAL.concurrencies.join(' and c=')}`,
    measured: nestedPairs.length
      ? nestedPairs.map(([concurrency, service, other]) => `c=${concurrency}: ${((service?.requestsPerSecond ?? 0) / (other?.requestsPerSecond ?? 1)).toFixed(2)}×`).join(', ')
      : 'not run (needs the service and neo4j-graphql paths)',
    met: judged.length ? judged.every(([, service, other]) => (service?.requestsPerSecond ?? 0) >= NESTED_GOAL.times * (other?.requestsPerSecond ?? Infinity)) : null,
  });
  const serviceRss = report.peakRss.service;
  const rawRss = report.peakRss.raw;
  if (serviceRss !== undefined && rawRss !== undefined) {
    lines.push({
      goal: `peak RSS under load: service ≤ ${RSS_RATIO_GOAL}× the raw path's`,
      measured: `${mb(serviceRss)} vs ${mb(rawRss)}: ${(serviceRss / rawRss).toFixed(2)}×`,
      met: serviceRss <= RSS_RATIO_GOAL * rawRss,
    });
  }
  const who = row('whoIsResponsible', 'service', 32, report.rows);
  if (report.options.towns === BASELINE_TOWNS) {
    lines.push({
      goal: `whoIsResponsible p99 < 25 ms at concurrency 32 (${BASELINE_TOWNS} towns)`,
      measured: who ? `${ms(who.p99)} ms` : 'not run at concurrency 32',
      met: who ? who.p99 < 25 : null,
    });
  } else {
    const baseline = report.baseline;
    lines.push({
      goal: `whoIsResponsible p99 at concurrency 32 on ${report.options.towns} towns < 2× its ${BASELINE_TOWNS}-town p99`,
      measured: !who
        ? 'not run at concurrency 32'
        : baseline
          ? `${ms(who.p99)} ms vs ${ms(baseline.whoIsResponsibleP99)} ms (${BASELINE_TOWNS}-town run of ${baseline.startedAt}): ${(who.p99 / baseline.whoIsResponsibleP99).toFixed(2)}×`
          : `${ms(who.p99)} ms; no ${BASELINE_TOWNS}-town run of the same dataset in bench/results to compare with`,
      met: who && baseline ? who.p99 < 2 * baseline.whoIsResponsibleP99 : null,
    });
  }
  if (report.import && report.options.towns >= PROVINCE_TOWNS) {
    lines.push({
      goal: `the ${PROVINCE_TOWNS.toLocaleString('en')}-town dataset imports in under 5 minutes`,
      measured: `${report.options.towns} towns in ${(report.import.totalMs / 1000).toFixed(1)} s`,
      met: report.options.towns === PROVINCE_TOWNS ? report.import.totalMs < 5 * 60_000 : null,
    });
  }
  return lines;
}

/**
 * The newest run in `directory` on 100 towns of the same dataset (seed, duties, id prefix) with the
 * service's whoIsResponsible at concurrency 32 answered without an error; undefined for a 100-town
 * report or when there is none. A run that shed or failed requests measured the p99 of the ones it
 * answered, which is no reference (one such run, at 324 ms, made a province's 1,905 ms look 5.9× it).
 */
export function findBaseline(directory: string, report: BenchReport): Baseline | undefined {
  if (report.options.towns === BASELINE_TOWNS || !fs.existsSync(directory)) return undefined;
  const candidates: Baseline[] = [];
  for (const name of fs.readdirSync(directory).filter((file) => /^bench-.*\.json$/.test(file))) {
    let other: BenchReport;
    try {
      other = JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8')) as BenchReport;
    } catch {
      continue; // a half-written or hand-edited file is not a baseline
    }
    const same = other.options?.towns === BASELINE_TOWNS && other.options.seed === report.options.seed && other.options.dutiesPerTown === report.options.dutiesPerTown && other.options.idPrefix === report.options.idPrefix;
    const who = same ? row('whoIsResponsible', 'service', 32, other.rows ?? []) : undefined;
    if (who && Number.isFinite(who.p99) && who.errors === 0) candidates.push({ startedAt: other.startedAt, towns: BASELINE_TOWNS, whoIsResponsibleP99: who.p99 });
  }
  return candidates.sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
}

export function tableRows(report: BenchReport): string[][] {
  return report.rows.map((candidate) => [
    candidate.operation,
    candidate.path,
    String(candidate.concurrency),
    candidate.requestsPerSecond.toFixed(1),
    ms(candidate.p50),
    ms(candidate.p95),
    ms(candidate.p99),
    candidate.ratioToRawP50 === null ? 'n/a' : `${candidate.ratioToRawP50.toFixed(2)}×`,
    String(candidate.errors),
  ]);
}

const HEADER = ['operation', 'path', 'conc.', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'p50 ÷ raw', 'errors'];

export function textTable(rows: string[][], header = HEADER): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((cells) => (cells[column] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column >= 2 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export function textReport(report: BenchReport): string {
  const parts: string[] = [];
  if (report.import) {
    const figures = report.import;
    parts.push(
      `import (${report.options.towns} towns): ${figures.rows} rows, ${figures.nodesCreated} nodes, ${figures.relationshipsCreated} relationships created; ` +
        `total ${(figures.totalMs / 1000).toFixed(1)} s, write ${(figures.writeMs / 1000).toFixed(1)} s: ${Math.round(figures.relationshipsPerSecond)} rel/s, ${Math.round(figures.nodesPerSecond)} nodes/s`,
    );
  }
  parts.push(textTable(tableRows(report)));
  parts.push(`peak RSS under load: ${Object.entries(report.peakRss).map(([name, bytes]) => `${name} ${mb(bytes)}`).join(', ')}`);
  parts.push(
    'answers compared with the raw driver: ' +
      (report.comparisons.map((comparison) => `${comparison.operation}/${comparison.path} ${comparison.matching}/${comparison.samples}`).join(', ') || 'none'),
  );
  for (const comparison of report.comparisons.filter((candidate) => candidate.firstDifference)) parts.push(`  DIFFERENCE ${comparison.operation}/${comparison.path}: ${comparison.firstDifference}`);
  parts.push('goals:');
  for (const goal of goals(report)) parts.push(`  [${goal.met === null ? ' ? ' : goal.met ? ' ok' : 'MISS'}] ${goal.goal}: ${goal.measured}`);
  for (const pending of report.pending) parts.push(`pending: ${pending}`);
  return parts.join('\n');
}

export function markdownReport(report: BenchReport): string {
  const lines = [
    `# Dutygraph benchmark, ${report.startedAt}`,
    '',
    `${report.options.towns} towns (${report.options.dutiesPerTown} synthetic duties each, seed ${report.options.seed}) on ${report.options.uri}; ` +
      `${report.machine.cpus} CPUs, Node ${report.machine.node}; ${report.options.durationSeconds} s per row after a ${report.options.warmupSeconds} s warm-up; ` +
      `asked about ${report.inputs.township} on ${report.inputs.asOf}.`,
    '',
  ];
  if (report.import) {
    const figures = report.import;
    lines.push(
      `**Import**: ${figures.rows} rows (${figures.nodesCreated} nodes, ${figures.relationshipsCreated} relationships created) in ${figures.transactions} transaction(s); ` +
        `total ${(figures.totalMs / 1000).toFixed(1)} s (read ${(figures.readMs / 1000).toFixed(1)}, validate ${(figures.validateMs / 1000).toFixed(1)}, write ${(figures.writeMs / 1000).toFixed(1)}); ` +
        `**${Math.round(figures.relationshipsPerSecond)} rel/s**, ${Math.round(figures.nodesPerSecond)} nodes/s while writing.`,
      '',
    );
  }
  lines.push(`| ${HEADER.join(' | ')} |`, `|${HEADER.map((_, index) => (index >= 2 ? '---:' : '---')).join('|')}|`);
  for (const cells of tableRows(report)) lines.push(`| ${cells.join(' | ')} |`);
  lines.push('', `Peak RSS under load: ${Object.entries(report.peakRss).map(([name, bytes]) => `${name} ${mb(bytes)}`).join(', ')}.`, '', '## Same answers', '');
  for (const comparison of report.comparisons) {
    lines.push(`- ${comparison.operation} / ${comparison.path}: ${comparison.matching}/${comparison.samples} equal to the raw driver (${comparison.covers})${comparison.firstDifference ? `; first difference: \`${comparison.firstDifference}\`` : ''}`);
  }
  lines.push('', '## Goals', '');
  for (const goal of goals(report)) lines.push(`- ${goal.met === null ? '❔' : goal.met ? '✅' : '❌'} ${goal.goal}: ${goal.measured}`);
  if (report.pending.length) lines.push('', '## Pending', '', ...report.pending.map((pending) => `- ${pending}`));
  return `${lines.join('\n')}\n`;
}

/** Writes `<stamp>.json` and `<stamp>.md` (and `latest.*`) into the results folder. */
export function writeReport(report: BenchReport, directory: string): { json: string; markdown: string } {
  fs.mkdirSync(directory, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const json = path.join(directory, `bench-${stamp}.json`);
  const markdown = path.join(directory, `bench-${stamp}.md`);
  fs.writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(markdown, markdownReport(report));
  fs.copyFileSync(json, path.join(directory, 'latest.json'));
  fs.copyFileSync(markdown, path.join(directory, 'latest.md'));
  return { json, markdown };
}
