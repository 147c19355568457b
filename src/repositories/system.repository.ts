import type { StatementRunner } from '../db/executor';

export interface DatabaseInfo {
  name: string;
  version: string;
  edition: string;
  counts: { label: string; count: number }[];
}

export class SystemRepository {
  static readonly queries = ['system/get-database-info'] as const;

  constructor(private readonly executor: StatementRunner) {}

  async getDatabaseInfo(): Promise<DatabaseInfo> {
    const [row] = await this.executor.query('system/get-database-info');
    if (!row) throw new Error('dbms.components() returned nothing');
    return row as unknown as DatabaseInfo;
  }
}
