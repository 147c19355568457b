import { assessDuty, isVacantOwner } from './audit-flags';
import { DutyEvidence, EvidenceById, leadOwners, NamedRef, OwnerEvidence, PostRef } from './duty-evidence';

/**
 * The integrity-risk view's rules, on one day, from the duty evidence the audit reads: the duties
 * with integrity risk points (廉政风险点), who holds the posts that lead them, and where the risk is
 * compounded:
 *
 * - SELF_SUPERVISED: the holder of a lead post also holds the leadership post in charge of its
 *   office (the audit's rule): nobody else supervises the work.
 * - VACANT: no office or post leads it, or a lead owner's posts have no substantive holder.
 * - ACTING: a lead owner's post is held by an acting holder.
 * - SEVERAL_RISKY_DUTIES: one person holds the lead posts of two or more risky duties.
 * - NO_ACCOUNTABILITY: no accountability situation (追责情形) is recorded for it.
 */
export const INTEGRITY_COMPOUNDINGS = ['SELF_SUPERVISED', 'VACANT', 'ACTING', 'SEVERAL_RISKY_DUTIES', 'NO_ACCOUNTABILITY'] as const;
export type IntegrityCompounding = (typeof INTEGRITY_COMPOUNDINGS)[number];

export interface RiskHolder {
  person: NamedRef;
  post: PostRef;
  acting: boolean;
  from: string;
  to: string | null;
}

export interface RiskLead {
  owner: OwnerEvidence;
  holders: RiskHolder[];
  vacant: boolean;
}

export interface RiskyDuty {
  duty: DutyEvidence;
  leads: RiskLead[];
  compounding: IntegrityCompounding[];
  reasons: { compounding: IntegrityCompounding; message: string }[];
}

export interface RiskyPerson {
  person: NamedRef;
  dutyIds: string[];
}

export interface IntegrityAssessment {
  duties: RiskyDuty[];
  /** People holding the lead posts of two or more risky duties, most duties first. */
  people: RiskyPerson[];
}

/** The holders of the posts that carry a lead owner's work (the post itself, or the office's principal posts). */
function holdersOf(owner: OwnerEvidence): RiskHolder[] {
  return owner.staffPosts.flatMap((staff) => staff.holders.map((holding) => ({ person: holding.person, post: staff.post, acting: holding.acting, from: holding.from, to: holding.to })));
}

export function assessIntegrityRisks(auditedIds: readonly string[], evidence: EvidenceById): IntegrityAssessment {
  const risky = [...new Set(auditedIds)]
    .sort()
    .map((id) => evidence.get(id))
    .filter((duty): duty is DutyEvidence => duty !== undefined && duty.duty.integrityRisks.length > 0);

  const leadsOf = new Map<string, RiskLead[]>();
  const dutiesOfPerson = new Map<string, { person: NamedRef; dutyIds: Set<string> }>();
  for (const duty of risky) {
    const seen = new Set<string>();
    const leads = leadOwners(duty)
      .filter((owner) => !seen.has(owner.owner.id) && seen.add(owner.owner.id))
      .map((owner) => ({ owner, holders: holdersOf(owner), vacant: isVacantOwner(owner) }));
    leadsOf.set(duty.duty.id, leads);
    for (const holder of leads.flatMap((lead) => lead.holders)) {
      const entry = dutiesOfPerson.get(holder.person.id) ?? { person: holder.person, dutyIds: new Set<string>() };
      entry.dutyIds.add(duty.duty.id);
      dutiesOfPerson.set(holder.person.id, entry);
    }
  }
  const several = [...dutiesOfPerson.values()].filter((entry) => entry.dutyIds.size >= 2);

  const duties = risky.map((duty): RiskyDuty => {
    const leads = leadsOf.get(duty.duty.id) ?? [];
    const parent = duty.parentId ? evidence.get(duty.parentId) : undefined;
    const reasons: RiskyDuty['reasons'] = [];
    const name = (ref: NamedRef) => ref.nameEn ?? ref.name;
    for (const self of assessDuty(duty, parent).selfSupervised) {
      reasons.push({ compounding: 'SELF_SUPERVISED', message: `${self.person.name} holds ${name(self.post)} and also ${name(self.leader)}, the post in charge of ${name(self.office)}.` });
    }
    if (leads.length === 0) reasons.push({ compounding: 'VACANT', message: 'No office or post leads this duty.' });
    for (const lead of leads.filter((candidate) => candidate.vacant)) {
      reasons.push({ compounding: 'VACANT', message: `Nobody substantively holds the posts of ${name(lead.owner.owner)}.` });
    }
    for (const lead of leads) {
      for (const holder of lead.holders.filter((candidate) => candidate.acting)) {
        reasons.push({ compounding: 'ACTING', message: `${holder.person.name} only acts in ${name(holder.post)} (since ${holder.from}).` });
      }
    }
    for (const entry of several.filter((candidate) => candidate.dutyIds.has(duty.duty.id))) {
      reasons.push({ compounding: 'SEVERAL_RISKY_DUTIES', message: `${entry.person.name} holds the lead posts of ${entry.dutyIds.size} duties with integrity risks.` });
    }
    if (duty.duty.accountability.length === 0) reasons.push({ compounding: 'NO_ACCOUNTABILITY', message: 'No accountability situation (追责情形) is recorded for this duty.' });
    const compounding = INTEGRITY_COMPOUNDINGS.filter((kind) => reasons.some((reason) => reason.compounding === kind));
    return { duty, leads, compounding, reasons };
  });
  const people = several
    .map((entry) => ({ person: entry.person, dutyIds: [...entry.dutyIds].sort() }))
    .sort((a, b) => b.dutyIds.length - a.dutyIds.length || a.person.id.localeCompare(b.person.id));
  return { duties, people };
}
