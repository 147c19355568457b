import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { connectDatabase } from '../../src/app';
import { loadConfig } from '../../src/config';
import { generateTowns, GenerateOptions } from '../../src/dataset/generate-towns';
import { serialiseDataset } from '../../src/dataset/serialise';
import { formatOfFile } from '../../src/dataset/source';
import { createLogger } from '../../src/logger';
import { PROJECT_ROOT } from '../../src/project-root';
import { DatasetRepository, RowsPerTransaction } from '../../src/repositories/dataset.repository';
import { SAMPLE_TOWN_FILE } from '../../src/sample-town';
import { DatasetImportService } from '../../src/services/dataset-import.service';

type PlainDataset = Record<string, unknown>;

/** The sample town, or the test fixture while data/sample-town.yaml is being written. */
export function sampleFile(): string {
  return fs.existsSync(SAMPLE_TOWN_FILE) ? SAMPLE_TOWN_FILE : path.join(PROJECT_ROOT, 'test', 'fixtures', 'small-town.yaml');
}

/** The town the generator copies, as plain data. */
export function readSampleDataset(sample = sampleFile()): PlainDataset {
  return parse(fs.readFileSync(sample, 'utf8')) as PlainDataset;
}

export interface GeneratedFile {
  /** Relative to the project root. */
  file: string;
  bytes: number;
  generateMs: number;
  townships: number;
  duties: number;
}

/**
 * Generates `towns` towns (with synthetic duties) from the sample and writes them as YAML, or as JSON
 * when `out` ends in .json. Answers figures only: the records are garbage once it returns, and a
 * province's import needs the heap.
 */
export function generateFile(towns: number, out: string, options: GenerateOptions, sample = sampleFile()): GeneratedFile {
  const started = Date.now();
  const dataset = generateTowns(readSampleDataset(sample), towns, options);
  const text = serialiseDataset(dataset, formatOfFile(out) === 'json' ? 'json' : 'yaml');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, text);
  return {
    file: path.relative(PROJECT_ROOT, out),
    bytes: Buffer.byteLength(text),
    generateMs: Date.now() - started,
    townships: (dataset.townships as unknown[]).length,
    duties: (dataset.duties as unknown[]).length,
  };
}

export interface ImportFigures {
  file: string;
  rows: number;
  statements: number;
  transactions: number;
  /** Nodes and relationships the import created (the graph's counts after minus before). */
  nodesCreated: number;
  relationshipsCreated: number;
  readMs: number;
  validateMs: number;
  /** Distinct duty texts embedded by the search models, and the time it took (before the write). */
  embeddedTexts: number;
  embedMs: number;
  writeMs: number;
  totalMs: number;
  rowsPerSecond: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
}

/**
 * Imports a file through the real importer (validation, then UNWIND batches) on `uri` with the
 * command line's 30-minute transaction timeout, and measures it. Rates are over the write phase.
 */
export async function importAndMeasure(uri: string, file: string, options: { rowsPerTransaction?: RowsPerTransaction } = {}): Promise<ImportFigures> {
  const config = loadConfig({ ...process.env, NEO4J_URI: uri, NEO4J_TX_TIMEOUT_MS: '600000', LOG_LEVEL: 'silent' });
  const { driver, executor } = await connectDatabase(config, uri, createLogger('silent'));
  const counts = async () => {
    const { records } = await driver.executeQuery('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
    const record = records[0];
    return { nodes: Number(record?.get('nodes') ?? 0), relationships: Number(record?.get('relationships') ?? 0) };
  };
  try {
    const before = await counts();
    const started = Date.now();
    const summary = await new DatasetImportService(new DatasetRepository(executor)).importFile(file, {
      rowsPerTransaction: options.rowsPerTransaction,
      onTransactionMemoryExceeded: (rows, now) => process.stderr.write(`  a transaction of ${rows.toLocaleString('en')} rows ran out of Neo4j's transaction memory: rolled back, the rest in transactions of ${now.toLocaleString('en')}\n`),
    });
    const totalMs = Date.now() - started;
    const after = await counts();
    const seconds = Math.max(summary.writeMs, 1) / 1000;
    const nodesCreated = after.nodes - before.nodes;
    const relationshipsCreated = after.relationships - before.relationships;
    return {
      file: path.relative(PROJECT_ROOT, file),
      rows: summary.rows,
      statements: summary.statements,
      transactions: summary.transactions,
      nodesCreated,
      relationshipsCreated,
      readMs: summary.readMs,
      validateMs: summary.validateMs,
      embeddedTexts: summary.embeddedTexts,
      embedMs: summary.embedMs,
      writeMs: summary.writeMs,
      totalMs,
      rowsPerSecond: summary.rows / seconds,
      nodesPerSecond: nodesCreated / seconds,
      relationshipsPerSecond: relationshipsCreated / seconds,
    };
  } finally {
    await driver.close();
  }
}

export function describeImport(label: string, figures: ImportFigures): string {
  const round = (value: number) => Math.round(value).toLocaleString('en');
  return (
    `${label}: ${figures.file}: ${round(figures.rows)} rows (${round(figures.nodesCreated)} nodes, ${round(figures.relationshipsCreated)} relationships created) ` +
    `in ${figures.transactions} transaction${figures.transactions === 1 ? '' : 's'}; total ${(figures.totalMs / 1000).toFixed(1)} s ` +
    `(read ${(figures.readMs / 1000).toFixed(1)} s, validate ${(figures.validateMs / 1000).toFixed(1)} s, embed ${figures.embeddedTexts} distinct texts ${(figures.embedMs / 1000).toFixed(1)} s, write ${(figures.writeMs / 1000).toFixed(1)} s); ` +
    `${round(figures.relationshipsPerSecond)} rel/s, ${round(figures.nodesPerSecond)} nodes/s, ${round(figures.rowsPerSecond)} rows/s while writing`
  );
}
