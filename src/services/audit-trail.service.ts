import crypto from 'node:crypto';
import type { Viewer } from '../auth/roles';
import type { MutationRepository, MutationTx } from '../repositories/mutation.repository';
import type { PageRequest, Paged } from '../domain/page';
import { auditRecordOf, AuditRecordView, auditRecordView, TouchedEntity } from '../domain/audit-record';

export interface AuditTrailFilter {
  /** Only changes made on or after this day. */
  from?: string | null;
  entity?: string | null;
  actor?: string | null;
}


/** The audit trail of mutations (the `changeLog` query): who changed what, when, with which arguments, newest first. */
export class AuditTrailService {
  constructor(private readonly repository: MutationRepository) {}

  async page(filter: AuditTrailFilter, page: PageRequest): Promise<Paged<AuditRecordView>> {
    const rows = await this.repository.auditTrail({ since: filter.from ?? null, entity: filter.entity ?? null, actor: filter.actor ?? null }, page);
    return { ...rows, items: rows.items.map(auditRecordView) };
  }
}

/** Writes the audit record of a mutation inside its transaction (a `:Change` node) and returns it as the mutation's answer. */
export async function recordAudit(tx: MutationTx, viewer: Viewer, mutation: string, args: unknown, touched: TouchedEntity[], at = new Date()): Promise<AuditRecordView> {
  const record = auditRecordOf(crypto.randomUUID(), at, viewer.subject, mutation, args, touched);
  await tx.appendAuditRecord(record);
  return auditRecordView(record);
}
