import type { MutationRepository } from '../repositories/mutation.repository';
import { ChangeView, changeView } from '../domain/mutation-rules';

export interface ChangeLogFilter {
  since?: string | null;
  entity?: string | null;
  actor?: string | null;
}

export interface ChangeLogPage {
  items: ChangeView[];
  totalCount: number;
  offset: number;
}

/** The audit trail of mutations: who changed what, when, with which arguments, newest first. */
export class ChangeLogService {
  constructor(private readonly repository: MutationRepository) {}

  async changeLog(filter: ChangeLogFilter, offset: number, first: number): Promise<ChangeLogPage> {
    const rows = await this.repository.changeLog({ since: filter.since ?? null, entity: filter.entity ?? null, actor: filter.actor ?? null }, offset, first);
    return { items: rows.items.map(changeView), totalCount: rows.totalCount, offset };
  }
}
