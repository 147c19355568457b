import fs from 'node:fs';
import path from 'node:path';
import type { Neo4jExecutor } from './db/executor';
import { PROJECT_ROOT } from './project-root';
import { DatasetRepository } from './repositories/dataset.repository';
import { DatasetImportService } from './services/dataset-import.service';

export const SAMPLE_TOWN_FILE = path.join(PROJECT_ROOT, 'data', 'sample-town.yaml');

export interface SampleTownSummary {
  file: string;
  loaded: boolean;
  records?: Record<string, number>;
  rows?: number;
  ms: number;
}

/**
 * Imports data/sample-town.yaml through the dataset importer. Idempotent, so every `npm start`
 * (and the test run's global setup) calls it; a second call rewrites the same values.
 * An invalid sample throws DatasetValidationError listing every problem.
 */
export async function loadSampleTown(executor: Neo4jExecutor, file = SAMPLE_TOWN_FILE): Promise<SampleTownSummary> {
  const started = Date.now();
  const shownFile = path.relative(PROJECT_ROOT, file);
  // Tolerated only while the sample is being written: a checkout without it still starts.
  if (!fs.existsSync(file)) return { file: shownFile, loaded: false, ms: 0 };
  const summary = await new DatasetImportService(new DatasetRepository(executor)).importFile(file, { shownAs: shownFile });
  return { file: shownFile, loaded: true, records: summary.records, rows: summary.rows, ms: Date.now() - started };
}
