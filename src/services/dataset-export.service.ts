import { NotFoundError } from '../errors';
import { graphToDataset } from '../dataset/from-graph';
import type { DatasetRepository } from '../repositories/dataset.repository';

/** Writes the graph (or one township's part of it) back as a `dutygraph/1` document. */
export class DatasetExportService {
  constructor(private readonly repository: DatasetRepository) {}

  async exportDataset(options: { township?: string } = {}): Promise<Record<string, unknown>> {
    const records = await this.repository.exportRecords(options.township);
    if (!records) throw new NotFoundError('Township', options.township ?? '', 'township');
    const title = options.township ? `Dutygraph export of township ${options.township}` : 'Dutygraph export';
    return graphToDataset(records, { title });
  }
}
