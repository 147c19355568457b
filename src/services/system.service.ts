import type { DatabaseInfo, SystemRepository } from '../repositories/system.repository';

export const SERVICE_VERSION = '0.1.0';

export interface ServiceInfo {
  version: string;
  database: DatabaseInfo;
}

export class SystemService {
  constructor(private readonly repository: SystemRepository) {}

  async serviceInfo(): Promise<ServiceInfo> {
    return { version: SERVICE_VERSION, database: await this.repository.getDatabaseInfo() };
  }
}
