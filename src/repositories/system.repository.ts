import type { StatementRunner } from '../db/executor';
import { decodeOnlyRow } from '../db/row-decoder';
import { databaseInfoRow } from './rows/system.rows';

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
    const statement = 'system/get-database-info';
    return decodeOnlyRow(statement, databaseInfoRow, await this.executor.query(statement));
  }
}
