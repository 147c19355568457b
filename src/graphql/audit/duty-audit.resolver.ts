import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { mayLearn } from '../../auth/privacy';
import { visibleFlags } from '../../domain/audit-flags';
import { TownshipAsOfArgs } from '../common/as-of.args';
import { DutyAudit } from './duty-audit.type';

@Resolver()
export class DutyAuditResolver {
  @Query(() => DutyAudit, {
    description:
      'The duty audit: which duties overlap, cross over, are blank, vacant or self-supervised on a day, with the evidence. One township, or all.',
  })
  dutyAudit(@Args(() => TownshipAsOfArgs) args: TownshipAsOfArgs, @Ctx() ctx: RequestContext): Promise<DutyAudit> {
    return ctx.services.dutyAudit.dutyAudit(args.asOf, args.township, visibleFlags(mayLearn(ctx.viewer, 'holdings')));
  }
}
