import { isVacantOwner } from './audit-flags';
import type { Holding, NamedRef, OwnerEvidence, OwnerKind, Period, PostRef, ResponsibilityRole } from './duty-evidence';

/** An owner of a duty as an answer shows it: its people on the day and the leaders in charge of its office. */

export interface HolderView extends Period {
  person: NamedRef;
  post: PostRef;
  acting: boolean;
}

export interface LeaderView extends Period {
  post: PostRef;
  holders: HolderView[];
}

export interface OwnerView extends Period {
  kind: OwnerKind;
  id: string;
  name: string;
  nameEn: string | null;
  rank: string | null;
  level: string | null;
  role: ResponsibilityRole;
  office: NamedRef | null;
  vacant: boolean;
  holders: HolderView[];
  leadersInCharge: LeaderView[];
}

export function holderViews(post: PostRef, holders: Holding[]): HolderView[] {
  return holders.map(({ person, acting, from, to }) => ({ person, post, acting, from, to }));
}

export function ownerView(owner: OwnerEvidence): OwnerView {
  return {
    kind: owner.kind,
    ...owner.owner,
    role: owner.role,
    from: owner.responsibility.from,
    to: owner.responsibility.to,
    office: owner.office,
    vacant: isVacantOwner(owner),
    holders: owner.staffPosts.flatMap((staffPost) => holderViews(staffPost.post, staffPost.holders)),
    leadersInCharge: owner.leadersInCharge.map((leader) => ({
      post: leader.post,
      from: leader.link.from,
      to: leader.link.to,
      holders: holderViews(leader.post, leader.holders),
    })),
  };
}

