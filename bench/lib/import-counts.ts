import type { Driver } from 'neo4j-driver';
import type { CypherCatalog } from '../../src/db/cypher-catalog';
import { readListWorkbook } from '../../src/dataset/list/read-list';
import type { DatasetRows } from '../../src/dataset/to-rows';
import { WRITE_STATEMENTS } from '../../src/domain/model';
import { DEFAULT_CHUNK_SIZE, DatasetRepository } from '../../src/repositories/dataset.repository';
import { ListImportService } from '../../src/services/list-import.service';

/*
 * Counts of a province's list import that do not depend on how busy the machine is (the bench's
 * wall times do): the CPU a workbook costs this process to read and to check (process.cpuUsage,
 * on this thread alone, one workbook at a time), and the statements and database hits its rows
 * cost to write (PROFILE of the import's own statements, in a transaction that is rolled back).
 */

export interface TownCounts {
  /** CPU ms to unzip and parse the workbook (exceljs), median over the sample. */
  readCpuMs: number;
  /** CPU ms to match it to the graph, check it and build its rows (the rest of an import without the write and without embedding), median. */
  checkCpuMs: number;
  /** Rows one town writes, and the statements they take when the town is written alone. */
  rows: number;
  statementsAlone: number;
  /** Database hits of the write phase per town: written alone, and as part of the sample's one batch. */
  dbHitsAlone: number;
  dbHitsBatched: number;
  /** Statements per town when the sample is written as one batch (chunks of DEFAULT_CHUNK_SIZE rows). */
  statementsBatched: number;
  /** The write statements that cost the most db hits in the batch, per town. */
  heaviest: { statement: string; rows: number; dbHitsPerTown: number }[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
};
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

/**
 * A list store that reads the real graph and keeps the rows instead of writing them. It answers
 * every meaning as held: a province embeds each distinct text once (the import's `embeddedTexts`),
 * not once a town, so the counts leave embedding out (and the profiled write has no meaning rows).
 */
function recordingStore(repository: DatasetRepository, written: DatasetRows[]) {
  return {
    findGraphFacts: repository.findGraphFacts.bind(repository),
    findMeaningKeys: async (keys: readonly string[]) => new Set(keys),
    findTownships: repository.findTownships.bind(repository),
    exportListRecords: repository.exportListRecords.bind(repository),
    writeRows: async (rows: DatasetRows) => {
      written.push(rows);
      return { rows: WRITE_STATEMENTS.reduce((sum, [kind]) => sum + rows[kind].length, 0), statements: 0, transactions: 0 };
    },
  };
}

/** The rows of several towns as one batch, kind by kind. */
function concatRows(all: readonly DatasetRows[]): DatasetRows {
  const merged = {} as Record<string, unknown[]>;
  for (const [kind] of WRITE_STATEMENTS) merged[kind] = all.flatMap((rows) => rows[kind] as unknown[]);
  return merged as unknown as DatasetRows;
}

interface ProfiledPlan {
  dbHits: number;
  children: ProfiledPlan[];
}
const hitsOf = (plan: ProfiledPlan | false | undefined): number => (plan ? plan.dbHits + plan.children.reduce((sum, child) => sum + hitsOf(child), 0) : 0);

/** PROFILE of the import's write statements over `rows` (chunked as the importer chunks them), in one transaction rolled back. */
async function profileWrite(driver: Driver, catalog: CypherCatalog, rows: DatasetRows): Promise<{ statements: number; dbHits: number; byStatement: Map<string, { rows: number; dbHits: number }> }> {
  const session = driver.session();
  const tx = await session.beginTransaction();
  const byStatement = new Map<string, { rows: number; dbHits: number }>();
  let statements = 0;
  let dbHits = 0;
  try {
    for (const [kind, statement] of WRITE_STATEMENTS) {
      const all = rows[kind] as unknown[];
      for (let first = 0; first < all.length; first += DEFAULT_CHUNK_SIZE) {
        const chunk = all.slice(first, first + DEFAULT_CHUNK_SIZE);
        const result = await tx.run(`PROFILE ${catalog.get(statement)}`, { rows: chunk });
        const hits = hitsOf(result.summary.profile as ProfiledPlan | false);
        statements += 1;
        dbHits += hits;
        const seen = byStatement.get(statement) ?? { rows: 0, dbHits: 0 };
        byStatement.set(statement, { rows: seen.rows + chunk.length, dbHits: seen.dbHits + hits });
      }
    }
  } finally {
    await tx.rollback();
    await session.close();
  }
  return { statements, dbHits, byStatement };
}

/**
 * The counts for the first `sample` workbooks (each a town whose organisation is in the graph and
 * whose duties are not yet): read and checked one at a time on this thread, then the rows of the
 * first alone and of all of them as one batch profiled. Nothing is written.
 */
export async function measureTownCounts(driver: Driver, catalog: CypherCatalog, repository: DatasetRepository, files: readonly string[], sample: number): Promise<TownCounts> {
  const chosen = files.slice(0, sample);
  const reads: number[] = [];
  const checks: number[] = [];
  const written: DatasetRows[] = [];
  const importer = new ListImportService(recordingStore(repository, written));
  // The search models load and the first distinct texts embed on the first workbook: warm up on it, measure the rest.
  await importer.importList(chosen[0]!);
  written.length = 0;
  for (const file of chosen) {
    let started = process.cpuUsage();
    await readListWorkbook(file);
    reads.push(cpuMs(process.cpuUsage(started)));
    started = process.cpuUsage();
    await importer.importList(file);
    // importList reads the workbook again: the reading's share is taken off.
    checks.push(Math.max(0, cpuMs(process.cpuUsage(started)) - reads[reads.length - 1]!));
  }
  const alone = await profileWrite(driver, catalog, written[0]!);
  const batched = await profileWrite(driver, catalog, concatRows(written));
  const towns = written.length;
  const heaviest = [...batched.byStatement.entries()]
    .map(([statement, { rows, dbHits }]) => ({ statement, rows: Math.round(rows / towns), dbHitsPerTown: Math.round(dbHits / towns) }))
    .sort((a, b) => b.dbHitsPerTown - a.dbHitsPerTown)
    .slice(0, 5);
  return {
    readCpuMs: median(reads),
    checkCpuMs: median(checks),
    rows: WRITE_STATEMENTS.reduce((sum, [kind]) => sum + written[0]![kind].length, 0),
    statementsAlone: alone.statements,
    dbHitsAlone: alone.dbHits,
    dbHitsBatched: Math.round(batched.dbHits / towns),
    statementsBatched: batched.statements / towns,
    heaviest,
  };
}

export function describeTownCounts(counts: TownCounts, sample: number): string {
  const heaviest = counts.heaviest.map((entry) => `${entry.statement} ${entry.dbHitsPerTown} (${entry.rows} rows)`).join(', ');
  return (
    `counts per town (median of ${sample}, this thread's CPU): read ${counts.readCpuMs.toFixed(0)} ms CPU, check ${counts.checkCpuMs.toFixed(0)} ms CPU; ` +
    `write ${counts.rows} rows: alone ${counts.statementsAlone} statements, ${counts.dbHitsAlone} db hits; ` +
    `in a batch of ${sample}: ${counts.statementsBatched.toFixed(2)} statements, ${counts.dbHitsBatched} db hits a town (heaviest: ${heaviest})`
  );
}
