import fs from 'node:fs';
import path from 'node:path';
import type { Neo4jExecutor } from './db/executor';
import { PROJECT_ROOT } from './project-root';
import { DatasetRepository } from './repositories/dataset.repository';
import { DatasetImportService } from './services/dataset-import.service';

export const SAMPLE_TOWN_FILE = path.join(PROJECT_ROOT, 'data', 'sample-town.yaml');

export interface SampleTownSummary {
  file: string;
  records?: Record<string, number>;
  rows?: number;
  ms: number;
}

/**
 * Imports data/sample-town.yaml through the dataset importer. Idempotent, so every `npm start`
 * (and the test run's global setup) calls it; a second call rewrites the same values.
 * A missing sample throws; an invalid one throws DatasetValidationError listing every problem.
 */
export async function loadSampleTown(executor: Neo4jExecutor, file = SAMPLE_TOWN_FILE): Promise<SampleTownSummary> {
  const started = Date.now();
  const shownFile = path.relative(PROJECT_ROOT, file);
  if (!fs.existsSync(file)) throw new Error(`the sample town ${shownFile} is missing: restore it from git (git checkout -- ${shownFile})`);
  const summary = await new DatasetImportService(new DatasetRepository(executor)).importFile(file, { shownAs: shownFile });
  return { file: shownFile, records: summary.records, rows: summary.rows, ms: Date.now() - started };
}
