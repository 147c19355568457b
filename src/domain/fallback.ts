import type { DeputyPost, Holding, OwnerEvidence, PostRef } from './duty-evidence';
import { holderViews, HolderView, ownerView, OwnerView } from './owner-view';

export type FallbackKind = 'ACTING' | 'DEPUTY' | 'LEADER_IN_CHARGE';

export interface FallbackView {
  fallbackKind: FallbackKind;
  /** The vacant lead owner this stands in for. */
  forOwner: OwnerView;
  /** The post whose holders stand in. */
  post: PostRef;
  holders: HolderView[];
}

export interface ChosenFallback {
  view: FallbackView;
  owner: OwnerEvidence;
  /** Set when the stand-in is a deputy post (for the explanation path). */
  deputy: DeputyPost | null;
}

/**
 * Who stands in when no lead post is filled, in this order over all lead owners: an acting holder
 * of a lead post; else a holder of a deputy post (DEPUTY_OF the lead post, then a DEPUTY-rank post
 * in the same office); else a holder of the leadership post in charge of the office. Null when
 * none of them is held either.
 */
export function fallbackFor(leads: readonly OwnerEvidence[]): ChosenFallback | null {
  for (const owner of leads) {
    for (const staffPost of owner.staffPosts) {
      const acting = staffPost.holders.filter((holding) => holding.acting);
      if (acting.length > 0) {
        return { owner, deputy: null, view: fallbackView('ACTING', owner, staffPost.post, acting) };
      }
    }
  }
  for (const via of ['DEPUTY_OF', 'SAME_OFFICE'] as const) {
    for (const owner of leads) {
      const deputy = owner.deputies.find((candidate) => candidate.via === via && candidate.holders.length > 0);
      if (deputy) return { owner, deputy, view: fallbackView('DEPUTY', owner, deputy.post, deputy.holders) };
    }
  }
  for (const owner of leads) {
    const leader = owner.leadersInCharge.find((candidate) => candidate.holders.length > 0);
    if (leader) return { owner, deputy: null, view: fallbackView('LEADER_IN_CHARGE', owner, leader.post, leader.holders) };
  }
  return null;
}

function fallbackView(fallbackKind: FallbackKind, owner: OwnerEvidence, post: PostRef, holders: Holding[]): FallbackView {
  return { fallbackKind, forOwner: ownerView(owner), post, holders: holderViews(post, holders) };
}
