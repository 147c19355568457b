import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { entityWith } from './reference-fields';
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
  async leadersInCharge(
    @Root() root: Office,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    // Read by the root field (day-fields.ts `dayOfFields`), which computed the leaders for that day; a reference loads them for it.
    @Arg('asOf', () => DateScalar, { nullable: true, description: DAY_ARG_DESCRIPTION }) asOf?: string | null,
  ): Promise<OfficeLeader[]> {
    const office = await entityWith('office', root, 'leadersInCharge', asOf ? { asOf } : {}, ctx, info);
    return office.leadersInCharge.map((leader) => ({ ...leader, id: officeLeaderId(leader.post.id, office.id, leader.from) }));
  }
}
