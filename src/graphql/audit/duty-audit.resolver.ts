import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { mayLearn } from '../../auth/privacy';
import { visibleFlags } from '../../domain/audit-flags';
import { TownshipAsOfArgs } from '../common/as-of.args';
import { ConnectionShape, LongListPageArgs, MAX_PAGE_SIZE, pageRequest, toConnection } from '../common/pagination';
import { pageOf } from '../../domain/page';
import { AuditFinding, AuditFindingConnection, DutyAudit } from './duty-audit.type';

@Resolver(() => DutyAudit)
export class DutyAuditResolver {
  @Query(() => DutyAudit, {
    description:
      'The duty audit: which duties overlap, cross over, are blank, vacant or self-supervised on a day, with the evidence. One township, or all.',
  })
  dutyAudit(@Args(() => TownshipAsOfArgs) args: TownshipAsOfArgs, @Ctx() ctx: RequestContext): Promise<DutyAudit> {
    return ctx.services.dutyAudit.dutyAudit(args.asOf, args.township, visibleFlags(mayLearn(ctx.viewer, 'holdings')));
  }

  /**
   * The flags are the domain's rules over the whole township's evidence (the counts need every duty),
   * so the root field's one statement reads it all and the page of findings is cut here, by the same
   * rule as the statements' pages (domain/page.ts): the position is the duty id.
   */
  @FieldResolver(() => AuditFindingConnection, { description: 'The flagged duties, by duty id, paged both ways (first/after, last/before).' })
  findings(@Root() audit: DutyAudit, @Args(() => LongListPageArgs) args: LongListPageArgs): ConnectionShape<AuditFinding> {
    return toConnection(pageOf(audit.findings, (finding) => ({ key: finding.duty.id, id: finding.duty.id }), pageRequest(args, MAX_PAGE_SIZE), false));
  }
}
