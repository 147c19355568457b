import { Arg, FieldResolver, Resolver, Root } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { DAY_ARG_DESCRIPTION } from './day-fields';
import { OfficeLeader } from './entity-refs.type';
import { Office } from './office.type';

/** The id of an IN_CHARGE_OF edge: the leadership post, the office and the edge's first day (the same on every day). */
export function officeLeaderId(postId: string, officeId: string, from: string): string {
  return `in-charge:${postId}>${officeId}@${from}`;
}

/**
 * Office.leadersInCharge, a day field: each leader is the IN_CHARGE_OF edge, named by its own id so a
 * client cache stores it once and merges what two screens select of it (docs/front-end-contract.md).
 */
@Resolver(() => Office)
export class OfficeLeadersResolver {
  @FieldResolver(() => [OfficeLeader])
  leadersInCharge(
    @Root() office: Office,
    // Read by the root field (day-fields.ts `dayOfFields`), which computed the leaders for that day.
    @Arg('asOf', () => DateScalar, { nullable: true, description: DAY_ARG_DESCRIPTION }) _asOf?: string | null,
  ): OfficeLeader[] {
    return office.leadersInCharge.map((leader) => ({ ...leader, id: officeLeaderId(leader.post.id, office.id, leader.from) }));
  }
}
