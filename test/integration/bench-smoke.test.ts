import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { generateTowns } from '../../src/dataset/generate-towns';
import { runBench } from '../../bench/lib/bench';
import { markdownReport, textReport } from '../../bench/lib/report';
import { uniqueId } from '../helpers/graphql';
import { openTestDatabase, testNeo4jUri } from '../helpers/test-database';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'small-town.yaml');

/**
 * The benchmark, run for a few seconds so it cannot rot: one generated town under a unique id
 * prefix on the test run's Neo4j, every operation on every path at concurrency 1, answers compared.
 * It deletes exactly the nodes whose ids carry its prefix, nothing else.
 */
describe('bench smoke run', () => {
  const prefix = `${uniqueId('bench-smoke')}.`;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dutygraph-bench-'));

  afterAll(async () => {
    const db = await openTestDatabase();
    try {
      await db.driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix });
    } finally {
      await db.close();
      fs.rmSync(workDir, { recursive: true, force: true });
    }
  });

  it('generates the same towns for the same seed, with the asked shares of overlaps and blanks', () => {
    const sample = parse(fs.readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
    const options = { dutiesPerTown: 120, seed: 7, overlapShare: 0.1, blankShare: 0.05, idPrefix: prefix };
    const first = generateTowns(sample, 2, options);
    expect(JSON.stringify(generateTowns(sample, 2, options))).toBe(JSON.stringify(first));
    expect(JSON.stringify(generateTowns(sample, 2, { ...options, seed: 8 }))).not.toBe(JSON.stringify(first));
    type Duty = { id: string; township: string; owners?: { role: string }[] };
    const synthetic = (first.duties as Duty[]).filter((duty) => duty.id.startsWith(`${prefix}t0001.duty:gen.`) && duty.id.split('.').length > 4);
    expect(synthetic.length).toBeGreaterThan(100);
    const leads = (duty: Duty) => (duty.owners ?? []).filter((owner) => owner.role === 'LEAD').length;
    expect(synthetic.filter((duty) => leads(duty) === 2).length).toBe(Math.round(0.1 * synthetic.length));
    expect(synthetic.filter((duty) => !duty.owners).length).toBe(Math.round(0.05 * synthetic.length));
    // Town 1 does not depend on how many towns are generated.
    const alone = generateTowns(sample, 1, options);
    expect(JSON.stringify((alone.duties as Duty[]).filter((duty) => duty.id.startsWith(`${prefix}t0001.`)))).toBe(
      JSON.stringify((first.duties as Duty[]).filter((duty) => duty.id.startsWith(`${prefix}t0001.`))),
    );
  });

  it('imports a generated town, loads every operation on every path, and the answers agree', async () => {
    const lines: string[] = [];
    const report = await runBench({
      uri: testNeo4jUri(),
      towns: 1,
      dutiesPerTown: 40,
      seed: 3,
      idPrefix: prefix,
      durationSeconds: 0.5,
      warmupSeconds: 0,
      concurrencies: [1],
      operations: ['whoIsResponsible', 'dutyAudit', 'stationPartyRelations', 'personNested'],
      paths: ['service', 'raw', 'neo4j-graphql'],
      compareSamples: 2,
      workDir,
      sample: FIXTURE,
      log: (line) => lines.push(line),
    });

    expect(report.import?.nodesCreated).toBeGreaterThan(40);
    expect(report.import?.relationshipsCreated).toBeGreaterThan(40);
    expect(report.inputs.township).toBe(`${prefix}t0001.town`);
    expect(report.comparisons.length).toBeGreaterThanOrEqual(6);
    for (const comparison of report.comparisons) {
      expect({ ...comparison, matching: comparison.matching }).toEqual({ ...comparison, matching: comparison.samples });
    }
    expect(report.rows.length).toBeGreaterThanOrEqual(11);
    for (const row of report.rows) {
      expect({ operation: row.operation, path: row.path, errors: row.errors, firstError: row.firstError }).toEqual({ operation: row.operation, path: row.path, errors: 0, firstError: undefined });
      expect(row.requests).toBeGreaterThan(0);
      expect(row.p50).toBeGreaterThan(0);
    }
    expect(report.peakRss.service).toBeGreaterThan(0);
    expect(textReport(report)).toContain('p50 ÷ raw');
    expect(markdownReport(report)).toContain('| operation | path |');
  }, 240_000);
});
