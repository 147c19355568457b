import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchReport, LoadRow } from '../../bench/lib/bench';
import { findBaseline, goals } from '../../bench/lib/report';

function whoRow(p99: number, errors = 0): LoadRow {
  return { operation: 'whoIsResponsible', path: 'service', concurrency: 32, p99, p50: p99 / 2, p95: p99, requestsPerSecond: 150, requests: 1500, errors, ratioToRawP50: null } as LoadRow;
}

function report(towns: number, p99: number, startedAt = '2026-11-29T05:00:00.000Z', extra: Partial<BenchReport> = {}): BenchReport {
  return {
    startedAt,
    machine: { cpus: 2, node: 'v20' },
    options: { towns, seed: 1, dutiesPerTown: 250, idPrefix: '', operations: ['whoIsResponsible'], concurrencies: [32] },
    inputs: { township: 't0001.town:lishun', asOf: '2026-11-29', queries: [], people: [] },
    comparisons: [],
    rows: [whoRow(p99)],
    pending: [],
    peakRss: {},
    ...extra,
  } as unknown as BenchReport;
}

const goalNamed = (lines: ReturnType<typeof goals>, text: string) => lines.find((line) => line.goal.includes(text));

describe('bench goals across sizes', () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'dutygraph-bench-goals-'));
  afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('compares a province run with the newest 100-town run of the same dataset', () => {
    fs.writeFileSync(path.join(directory, 'bench-old.json'), JSON.stringify(report(100, 900, '2026-11-28T01:00:00.000Z')));
    fs.writeFileSync(path.join(directory, 'bench-new.json'), JSON.stringify(report(100, 400, '2026-11-29T04:00:00.000Z')));
    fs.writeFileSync(path.join(directory, 'bench-other-seed.json'), JSON.stringify({ ...report(100, 100, '2026-11-29T04:30:00.000Z'), options: { ...report(100, 0).options, seed: 2 } }));
    fs.writeFileSync(path.join(directory, 'bench-broken.json'), '{"startedAt":');
    // Newer, but it shed requests: the p99 of the ones it answered is no reference.
    fs.writeFileSync(path.join(directory, 'bench-shed.json'), JSON.stringify(report(100, 300, '2026-11-29T04:45:00.000Z', { rows: [whoRow(300, 6_307)] })));
    const province = report(1360, 700);
    province.baseline = findBaseline(directory, province);
    expect(province.baseline).toEqual({ startedAt: '2026-11-29T04:00:00.000Z', towns: 100, whoIsResponsibleP99: 400 });
    expect(goalNamed(goals(province), '< 2× its 100-town p99')).toMatchObject({ met: true, measured: expect.stringContaining('1.75×') });
    expect(goalNamed(goals({ ...province, rows: [whoRow(801)] }), '< 2× its 100-town p99')?.met).toBe(false);
  });

  it('leaves the size goal unmeasured without a 100-town run, and a 100-town run has the 25 ms goal instead', () => {
    const province = report(1360, 700);
    province.baseline = findBaseline(path.join(directory, 'missing'), province);
    expect(goalNamed(goals(province), '< 2× its 100-town p99')?.met).toBeNull();
    const town = report(100, 24);
    expect(findBaseline(directory, town)).toBeUndefined();
    expect(goalNamed(goals(town), 'p99 < 25 ms')?.met).toBe(true);
    expect(goalNamed(goals(town), 'its 100-town p99')).toBeUndefined();
  });

  it('does not count a ratio as met when the service refused requests in that row (a refusal answers at once)', () => {
    const ratioRow = (errors: number) => ({ ...whoRow(100, errors), concurrency: 8, ratioToRawP50: 0.01 });
    expect(goalNamed(goals(report(100, 24, undefined, { rows: [ratioRow(0)] })), 'service p50 ≤')?.met).toBe(true);
    expect(goalNamed(goals(report(100, 24, undefined, { rows: [ratioRow(129)] })), 'service p50 ≤')).toMatchObject({
      met: false,
      measured: expect.stringContaining('c=8 had 129 errors'),
    });
  });

  it('checks the province import against 5 minutes', () => {
    const imported = (totalMs: number) => report(1360, 700, undefined, { import: { totalMs } as BenchReport['import'] });
    expect(goalNamed(goals(imported(237_400)), 'imports in under 5 minutes')).toMatchObject({ met: true, measured: '1360 towns in 237.4 s' });
    expect(goalNamed(goals(imported(301_000)), 'imports in under 5 minutes')?.met).toBe(false);
  });

  describe("the brief's ratios (issue 18)", () => {
    const load = (path: 'service' | 'raw' | 'neo4j-graphql', operation: string, concurrency: number, requestsPerSecond: number, ratioToRawP50: number | null = null) =>
      ({ operation, path, concurrency, requestsPerSecond, ratioToRawP50, p50: 1, p95: 1, p99: 1, requests: 100, errors: 0 }) as LoadRow;
    const run = (rows: LoadRow[], peakRss: BenchReport['peakRss'] = {}) => report(100, 24, undefined, { rows, peakRss, options: { ...report(100, 24).options, operations: ['personNested'], concurrencies: [1, 8, 32] } });

    it('allows 1.3× the raw p50 at c=1 and 1.5× at c=8 and c=32', () => {
      const ratios = (c1: number, c8: number) => run([load('service', 'personNested', 1, 1, c1), load('service', 'personNested', 8, 1, c8)]);
      expect(goalNamed(goals(ratios(1.29, 1.49)), 'service p50 ≤')?.met).toBe(true);
      expect(goalNamed(goals(ratios(1.31, 1.2)), 'service p50 ≤')?.met).toBe(false);
      expect(goalNamed(goals(ratios(1.2, 1.51)), 'service p50 ≤')?.met).toBe(false);
    });

    it('wants 0.7× the raw throughput at c=32, and 2× @neo4j/graphql\'s nested throughput at c=8 and c=32 only', () => {
      const lines = goals(run([
        load('service', 'personNested', 1, 100), load('neo4j-graphql', 'personNested', 1, 90),
        load('service', 'personNested', 8, 200), load('neo4j-graphql', 'personNested', 8, 100),
        load('service', 'personNested', 32, 210), load('neo4j-graphql', 'personNested', 32, 100), load('raw', 'personNested', 32, 300),
      ]));
      expect(goalNamed(lines, 'req/s at c=32')).toMatchObject({ met: true, measured: expect.stringContaining('0.70×') });
      expect(goalNamed(lines, 'nested query')).toMatchObject({ met: true, measured: expect.stringContaining('c=1: 1.11×') });
      const slow = goals(run([load('service', 'personNested', 32, 150), load('neo4j-graphql', 'personNested', 32, 100), load('raw', 'personNested', 32, 300)]));
      expect(goalNamed(slow, 'req/s at c=32')?.met).toBe(false);
      expect(goalNamed(slow, 'nested query')?.met).toBe(false);
    });

    it("compares the service's peak RSS with the raw path's", () => {
      const mib = 1048576;
      expect(goalNamed(goals(run([], { service: 520 * mib, raw: 400 * mib })), 'peak RSS')).toMatchObject({ met: true, measured: '520 MiB vs 400 MiB: 1.30×' });
      expect(goalNamed(goals(run([], { service: 568 * mib, raw: 402 * mib })), 'peak RSS')?.met).toBe(false);
      expect(goalNamed(goals(run([])), 'peak RSS')).toBeUndefined();
    });
  });
});
