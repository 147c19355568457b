import type { StatementRunner } from '../db/executor';
import type {
  DeputyPost,
  DutyBasis,
  DutyEvidence,
  Holding,
  LeaderPost,
  NamedRef,
  OwnerEvidence,
  Period,
  PostRef,
  StaffPost,
} from '../domain/duty-evidence';

/** What the audit statement returns: the duties audited and the evidence of them and their parents. */
export interface DutyAuditRows {
  /** The earliest day of data of the township asked about (of all townships when none is named). */
  dataFrom: string | null;
  /** False when a township was named and no such township exists. */
  townshipFound: boolean;
  auditedIds: string[];
  evidence: DutyEvidence[];
}

export class DutyAuditRepository {
  static readonly queries = ['audit/audit-duties'] as const;

  constructor(private readonly executor: StatementRunner) {}

  /** One statement: every duty IN the township (or all townships) with its and its parent's owners on the day. */
  async auditDuties(asOf: string, township: string | null): Promise<DutyAuditRows> {
    const [row] = await this.executor.query('audit/audit-duties', { asOf, township });
    if (!row) throw new Error('audit/audit-duties returned no row');
    return {
      dataFrom: optionalString(row.dataFrom),
      townshipFound: row.townshipFound === true,
      auditedIds: list(row.audited).map(String),
      evidence: list(row.evidence).map(toDutyEvidence),
    };
  }
}

// ---- rows → evidence (shared with the responsibility repository) ---------------------------------

type Raw = Record<string, unknown>;

export function list(value: unknown): Raw[] {
  return Array.isArray(value) ? (value as Raw[]) : [];
}

function record(value: unknown): Raw | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : null;
}

export function optionalString(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

function namedRef(raw: Raw): NamedRef {
  return { id: String(raw.id), name: String(raw.name ?? raw.id), nameEn: optionalString(raw.nameEn) };
}

function postRef(raw: Raw): PostRef {
  return { ...namedRef(raw), rank: optionalString(raw.rank), level: optionalString(raw.level) };
}

function period(raw: Raw): Period {
  return { from: String(raw.from), to: optionalString(raw.to) };
}

function optionalPeriod(value: unknown): Period | null {
  const raw = record(value);
  return raw ? period(raw) : null;
}

function holdings(value: unknown): Holding[] {
  return list(value).map((raw) => ({ ...period(raw), person: namedRef(record(raw.person) ?? {}), acting: raw.acting === true }));
}

function staffPost(raw: Raw): StaffPost {
  return { post: postRef(record(raw.post) ?? {}), link: optionalPeriod(raw.link), holders: holdings(raw.holders) };
}

function leaderPost(raw: Raw): LeaderPost {
  return { post: postRef(record(raw.post) ?? {}), link: period(record(raw.link) ?? {}), holders: holdings(raw.holders) };
}

function deputyPost(raw: Raw): DeputyPost {
  const deputyOf = record(raw.deputyOf);
  return {
    post: postRef(record(raw.post) ?? {}),
    via: raw.via === 'DEPUTY_OF' ? 'DEPUTY_OF' : 'SAME_OFFICE',
    deputyOf: deputyOf ? postRef(deputyOf) : null,
    link: optionalPeriod(raw.link),
    holders: holdings(raw.holders),
  };
}

function ownerEvidence(raw: Raw): OwnerEvidence {
  const office = record(raw.office);
  return {
    kind: raw.kind === 'OFFICE' ? 'OFFICE' : 'POST',
    owner: postRef(record(raw.owner) ?? {}),
    role: raw.role === 'LEAD' ? 'LEAD' : 'ASSIST',
    responsibility: period(record(raw.responsibility) ?? {}),
    office: office ? namedRef(office) : null,
    officeLink: optionalPeriod(raw.officeLink),
    staffPosts: list(raw.staffPosts).map(staffPost),
    leadersInCharge: list(raw.leadersInCharge).map(leaderPost),
    deputies: list(raw.deputies).map(deputyPost),
  };
}

function basis(value: unknown): DutyBasis | null {
  const raw = record(value);
  const document = raw && record(raw.document);
  if (!raw || !document) return null;
  return {
    document: { id: String(document.id), title: String(document.title ?? document.id), titleEn: optionalString(document.titleEn) },
    clause: optionalString(raw.clause),
  };
}

export function toDutyEvidence(raw: Raw): DutyEvidence {
  const duty = record(raw.duty) ?? {};
  return {
    duty: {
      id: String(duty.id),
      title: String(duty.title ?? duty.id),
      titleEn: optionalString(duty.titleEn),
      category: optionalString(duty.category),
      keywords: Array.isArray(duty.keywords) ? duty.keywords.map(String) : [],
      itemType: optionalString(duty.itemType),
      legalBases: list(duty.legalBases).map((basis) => ({ title: String(basis.title), article: optionalString(basis.article) })),
      accountability: Array.isArray(duty.accountability) ? duty.accountability.map(String) : [],
      integrityRisks: list(duty.integrityRisks).map((risk) => ({ risk: String(risk.risk), control: optionalString(risk.control) })),
    },
    parentId: optionalString(raw.parentId),
    basis: basis(raw.basis),
    owners: list(raw.owners).map(ownerEvidence),
  };
}
