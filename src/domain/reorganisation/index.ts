/**
 * A reorganisation as pure functions over loaded facts, in the order the service calls them:
 * `validate` (the input against the nodes it names) → lock and read the edges at what changes →
 * `planClosures` → `planMoves` → read the touched duties' owners → `planOwners` → read the
 * offices' leaders → `planLeaders` → `assemblePlan` (what to write and the audit record's entities); after writing,
 * `flagChanges` between the audits before and after.
 */
export * from './spec';
export * from './validate';
export * from './facts';
export * from './plan';
export * from './plan-closures';
export * from './plan-moves';
export * from './plan-owners';
export * from './plan-leaders';
export * from './flag-changes';
