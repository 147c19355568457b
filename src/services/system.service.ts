import type { DatabaseInfo, SystemRepository } from '../repositories/system.repository';
import { EMBEDDING_ARTIFACT_VERSION, EMBEDDING_MODELS } from '../embedding/embedding-models';

export const SERVICE_VERSION = '0.1.0';

export interface ServiceInfo {
  version: string;
  database: DatabaseInfo;
  embeddingModels: { language: string; name: string; artifact: string; version: string; dimensions: number }[];
}

export class SystemService {
  constructor(private readonly repository: SystemRepository) {}

  async serviceInfo(): Promise<ServiceInfo> {
    const embeddingModels = Object.values(EMBEDDING_MODELS).map((model) => ({
      language: model.language,
      name: model.name,
      artifact: model.artifact,
      version: EMBEDDING_ARTIFACT_VERSION,
      dimensions: model.dimensions,
    }));
    return { version: SERVICE_VERSION, database: await this.repository.getDatabaseInfo(), embeddingModels };
  }

  /** The graph's revision now, as this request may see it (after the bookmarks its caller sent). */
  graphRevision(): Promise<number> {
    return this.repository.getGraphRevision();
  }
}
