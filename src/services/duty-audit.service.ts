import { NotFoundError } from '../errors';
import type { DutyAuditRepository } from '../repositories/duty-audit.repository';
import { assertWithinData } from './as-of';
import { resolveAsOf } from '../domain/period';
import { assessDuties, countFlags, DUTY_FLAGS, DutyAssessment, DutyFlag, FlagCounts, flagReasons, LeadLine, SelfSupervision } from '../domain/audit-flags';
import { DutyEvidence, evidenceById, NamedRef, PostRef } from '../domain/duty-evidence';
import type { DutyRefView } from '../domain/responsibility-answer';
import { ownerView, OwnerView } from '../domain/owner-view';

export interface LeadLineView {
  owner: OwnerView;
  office: NamedRef | null;
  leadersInCharge: PostRef[];
}

export interface SelfSupervisionView {
  person: NamedRef;
  owner: OwnerView;
  post: PostRef;
  leader: PostRef;
  office: NamedRef;
}

export interface AuditFindingView {
  duty: DutyRefView & { parent: DutyRefView | null };
  flags: DutyFlag[];
  reasons: { flag: DutyFlag; message: string }[];
  overlap: { leads: OwnerView[] } | null;
  crossover: { parent: DutyRefView; dutyLines: LeadLineView[]; parentLines: LeadLineView[] } | null;
  blank: { assists: OwnerView[] } | null;
  vacant: { leads: OwnerView[] } | null;
  selfSupervised: SelfSupervisionView[];
}

export interface DutyAuditView {
  asOf: string;
  township: string | null;
  totalDuties: number;
  counts: { flag: DutyFlag; count: number }[];
  /** Flagged duties only, by duty id. */
  findings: AuditFindingView[];
}

interface AuditRun {
  asOf: string;
  assessments: DutyAssessment[];
  evidence: ReadonlyMap<string, DutyEvidence>;
}

/** The duty audit: OVERLAP, CROSSOVER, BLANK, VACANT and SELF_SUPERVISED duties on a day (rules in domain/audit-flags.ts). */
export class DutyAuditService {
  constructor(private readonly repository: DutyAuditRepository) {}

  /** `shown`: the flags the caller may see (visibleFlags); the others are not counted, listed or explained. */
  async dutyAudit(asOf?: string | null, township?: string | null, shown: readonly DutyFlag[] = DUTY_FLAGS): Promise<DutyAuditView> {
    const run = await this.run(asOf, township);
    const counts = countFlags(run.assessments);
    return {
      asOf: run.asOf,
      township: township ?? null,
      totalDuties: run.assessments.length,
      counts: shown.map((flag) => ({ flag, count: counts[flag] })),
      findings: run.assessments
        .filter((assessment) => assessment.flags.some((flag) => shown.includes(flag)))
        .map((assessment) => findingView(assessment, run.evidence, shown)),
    };
  }

  /** How many duties of the township (all townships when none is named) carry each flag on the day. */
  async countFlags(asOf?: string | null, township?: string | null): Promise<FlagCounts> {
    return countFlags((await this.run(asOf, township)).assessments);
  }

  private async run(asOfArg: string | null | undefined, township: string | null | undefined): Promise<AuditRun> {
    const asOf = resolveAsOf(asOfArg);
    const rows = await this.repository.auditDuties(asOf, township ?? null);
    if (township && !rows.townshipFound) throw new NotFoundError('Township', township, 'township');
    assertWithinData(asOf, rows.dataFrom);
    const evidence = evidenceById(rows.evidence);
    return { asOf, assessments: assessDuties(rows.auditedIds, evidence), evidence };
  }
}

function dutyRef(evidence: DutyEvidence | undefined, id: string): DutyRefView {
  if (!evidence) return { id, title: id, titleEn: null, category: null };
  const { title, titleEn, category } = evidence.duty;
  return { id, title, titleEn, category };
}

function lineView(line: LeadLine): LeadLineView {
  return { owner: ownerView(line.owner), office: line.office, leadersInCharge: line.leaders };
}

function selfSupervisionView(self: SelfSupervision): SelfSupervisionView {
  return { ...self, owner: ownerView(self.owner) };
}

function findingView(assessment: DutyAssessment, evidence: ReadonlyMap<string, DutyEvidence>, shown: readonly DutyFlag[]): AuditFindingView {
  const duty = evidence.get(assessment.dutyId);
  const { overlap, crossover, blank, vacant } = assessment;
  return {
    duty: { ...dutyRef(duty, assessment.dutyId), parent: duty?.parentId ? dutyRef(evidence.get(duty.parentId), duty.parentId) : null },
    flags: assessment.flags.filter((flag) => shown.includes(flag)),
    reasons: flagReasons(assessment).filter((reason) => shown.includes(reason.flag)),
    overlap: overlap && { leads: overlap.leads.map(ownerView) },
    crossover: crossover && {
      parent: dutyRef(evidence.get(crossover.parentId), crossover.parentId),
      dutyLines: crossover.dutyLines.map(lineView),
      parentLines: crossover.parentLines.map(lineView),
    },
    blank: blank && { assists: blank.assists.map(ownerView) },
    vacant: vacant && { leads: vacant.leads.map(ownerView) },
    selfSupervised: assessment.selfSupervised.map(selfSupervisionView),
  };
}
