import path from 'node:path';
import type { Neo4jExecutor } from './db/executor';
import { PROJECT_ROOT } from './project-root';

export const SAMPLE_TOWN_FILE = path.join(PROJECT_ROOT, 'data', 'sample-town.yaml');

/** Placeholder until the importer lands: the sample town is loaded by the dataset importer. */
export async function loadSampleTown(_executor: Neo4jExecutor): Promise<Record<string, unknown>> {
  return { file: SAMPLE_TOWN_FILE, loaded: false };
}
