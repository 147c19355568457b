import { NotFoundError } from '../errors';
import type { DutyAuditRepository } from '../repositories/duty-audit.repository';
import { assertWithinData } from './as-of';
import { resolveAsOf } from '../domain/period';
import { evidenceById, NamedRef } from '../domain/duty-evidence';
import { assessIntegrityRisks, INTEGRITY_COMPOUNDINGS, IntegrityCompounding } from '../domain/integrity-risks';
import type { DutyRefView } from '../domain/responsibility-answer';
import { ownerView, OwnerView } from '../domain/owner-view';

export interface IntegrityRiskDutyView {
  duty: DutyRefView;
  risks: { risk: string; control: string | null }[];
  accountability: string[];
  leads: OwnerView[];
  compounding: IntegrityCompounding[];
  reasons: { compounding: IntegrityCompounding; message: string }[];
}

export interface IntegrityRiskView {
  asOf: string;
  township: string;
  totalDuties: number;
  counts: { compounding: IntegrityCompounding; count: number }[];
  duties: IntegrityRiskDutyView[];
  people: { person: NamedRef; duties: DutyRefView[] }[];
}

/**
 * The integrity-risk view for the discipline inspection secretary (rules in integrity-risks.ts):
 * read from the duty audit's statement (one round trip), which carries each duty's risk points.
 */
export class IntegrityRiskService {
  constructor(private readonly repository: Pick<DutyAuditRepository, 'auditDuties'>) {}

  async integrityRisks(township: string, asOfArg?: string | null): Promise<IntegrityRiskView> {
    const asOf = resolveAsOf(asOfArg);
    const rows = await this.repository.auditDuties(asOf, township);
    if (!rows.townshipFound) throw new NotFoundError('Township', township, 'township');
    assertWithinData(asOf, rows.dataFrom);
    const evidence = evidenceById(rows.evidence);
    const assessment = assessIntegrityRisks(rows.auditedIds, evidence);
    const ref = (id: string): DutyRefView => {
      const duty = evidence.get(id)?.duty;
      return { id, title: duty?.title ?? id, titleEn: duty?.titleEn ?? null, category: duty?.category ?? null };
    };
    return {
      asOf,
      township,
      totalDuties: new Set(rows.auditedIds).size,
      counts: INTEGRITY_COMPOUNDINGS.map((compounding) => ({ compounding, count: assessment.duties.filter((duty) => duty.compounding.includes(compounding)).length })),
      duties: assessment.duties.map((risky) => ({
        duty: ref(risky.duty.duty.id),
        risks: risky.duty.duty.integrityRisks,
        accountability: risky.duty.duty.accountability,
        leads: risky.leads.map((lead) => ownerView(lead.owner)),
        compounding: risky.compounding,
        reasons: risky.reasons,
      })),
      people: assessment.people.map((entry) => ({ person: entry.person, duties: entry.dutyIds.map(ref) })),
    };
  }
}
