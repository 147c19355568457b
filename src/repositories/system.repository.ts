import type { StatementRunner } from '../db/executor';
import { decodeOnlyRow } from '../db/row-decoder';
import { databaseInfoRow, graphRevisionRow } from './rows/system.rows';

export interface DatabaseInfo {
  name: string;
  version: string;
  edition: string;
  counts: { label: string; count: number }[];
}

export class SystemRepository {
  static readonly queries = ['system/get-database-info', 'system/get-graph-revision', 'system/advance-graph-revision'] as const;

  constructor(private readonly executor: StatementRunner) {}

  async getDatabaseInfo(): Promise<DatabaseInfo> {
    const statement = 'system/get-database-info';
    return decodeOnlyRow(statement, databaseInfoRow, await this.executor.query(statement));
  }

  /** The graph's revision: advanced by every write transaction (Neo4jExecutor.writeWork). */
  async getGraphRevision(): Promise<number> {
    const statement = 'system/get-graph-revision';
    return decodeOnlyRow(statement, graphRevisionRow, await this.executor.query(statement)).revision;
  }
}
