import type { DeputyPost, DutyEvidence, Holding, LeaderPost, OwnerEvidence, PostRef, StaffPost } from '../../src/domain/duty-evidence';

/** Small builders of duty evidence for the unit tests of the audit and answer rules. */
export const post = (id: string, rank = 'PRINCIPAL', level = 'MIDDLE'): PostRef => ({ id, name: id, nameEn: null, rank, level });
export const holding = (personId: string, acting = false): Holding => ({ person: { id: personId, name: personId, nameEn: null }, acting, from: '2008-01-01', to: null });
export const staff = (postId: string, ...holders: Holding[]): StaffPost => ({ post: post(postId), link: { from: '2008-01-01', to: null }, holders });
export const leader = (postId: string, ...holders: Holding[]): LeaderPost => ({ post: post(postId, 'DEPUTY', 'LEADERSHIP'), link: { from: '2008-01-01', to: null }, holders });


export const deputy = (postId: string, via: DeputyPost['via'], deputyOf: string | null, ...holders: Holding[]): DeputyPost => ({
  post: post(postId, 'DEPUTY'),
  via,
  deputyOf: deputyOf ? post(deputyOf) : null,
  link: via === 'SAME_OFFICE' ? { from: '2008-01-01', to: null } : null,
  holders,
});

export interface OwnerSpec {
  kind?: 'OFFICE' | 'POST';
  role?: 'LEAD' | 'ASSIST';
  office?: string | null;
  staffPosts?: StaffPost[];
  leaders?: LeaderPost[];
  level?: string;
  deputies?: DeputyPost[];
}
export function owner(id: string, spec: OwnerSpec = {}): OwnerEvidence {
  const kind = spec.kind ?? 'OFFICE';
  const officeId = spec.office === undefined ? (kind === 'OFFICE' ? id : null) : spec.office;
  return {
    kind,
    owner: kind === 'POST' ? { ...post(id, 'PRINCIPAL', spec.level ?? 'MIDDLE'), officeKind: null } : { id, name: id, nameEn: null, rank: null, level: null, officeKind: 'COMPREHENSIVE' },
    role: spec.role ?? 'LEAD',
    responsibility: { from: '2008-01-01', to: null },
    office: officeId ? { id: officeId, name: officeId, nameEn: null } : null,
    officeLink: null,
    staffPosts: spec.staffPosts ?? [staff(`${id}:director`, holding(`${id}:person`))],
    leadersInCharge: spec.leaders ?? [],
    deputies: spec.deputies ?? [],
  };
}
export function duty(id: string, owners: OwnerEvidence[], parentId: string | null = null): DutyEvidence {
  return { duty: { id, title: id, titleEn: null, category: 'BASIC', keywords: [], itemType: null, legalBases: [], accountability: [], integrityRisks: [] }, parentId, basis: null, owners };
}

