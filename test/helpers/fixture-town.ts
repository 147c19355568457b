import { copyWithPrefix } from '../../src/dataset/generate-towns';
import { parseDatasetText } from '../../src/dataset/source';
import { DatasetRepository } from '../../src/repositories/dataset.repository';
import { DatasetImportService } from '../../src/services/dataset-import.service';
import { uniqueId } from './graphql';
import type { TestDatabase } from './test-database';

/** One test file's own copy of a fixture town, under a unique id prefix. */
export interface FixtureTown {
  prefix: string;
  /** The id of a fixture record in this copy. */
  id(fixtureId: string): string;
  /** The copy's township (the fixture's `town`). */
  township: string;
  /** Deletes exactly this copy. */
  remove(): Promise<void>;
}

/** Imports a copy of a fixture dataset through the real importer, every id prefixed. */
export async function importFixtureTown(db: TestDatabase, dataset: Record<string, unknown>, name: string): Promise<FixtureTown> {
  const prefix = `${uniqueId(`it-${name}`)}.`;
  const copy = copyWithPrefix(dataset, prefix);
  const importer = new DatasetImportService(new DatasetRepository(db.executor));
  await importer.importSource(parseDatasetText(JSON.stringify(copy), `${name}.json`, 'json'));
  return {
    prefix,
    id: (fixtureId) => `${prefix}${fixtureId}`,
    township: `${prefix}town`,
    remove: async () => {
      await db.driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix });
    },
  };
}
