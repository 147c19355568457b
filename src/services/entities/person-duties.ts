/**
 * How a duty reaches a person: through a post they hold that is itself RESPONSIBLE_FOR it, or
 * through the office such a post is IN. A person's `duties` list both (owner: the post or the office).
 */
export const DUTY_ROUTES = ['POST', 'OFFICE'] as const;
export type DutyRoute = (typeof DUTY_ROUTES)[number];

/** The owner label each route runs through. */
const OWNER_LABEL_OF_ROUTE: Readonly<Record<DutyRoute, string>> = { POST: 'Post', OFFICE: 'Office' };

/** The duties that reach a person by one route, or all of them without one; order kept. */
export function dutiesThrough<T extends { owner: { label: string } }>(duties: T[], route: DutyRoute | null | undefined): T[] {
  return route ? duties.filter((duty) => duty.owner.label === OWNER_LABEL_OF_ROUTE[route]) : duties;
}
