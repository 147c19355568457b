import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { entityWith } from './reference-fields';
import { dutiesThrough } from '../../services/entities/person-duties';
import { DateScalar } from '../common/date.scalar';
import { DAY_ARG_DESCRIPTION } from './day-fields';
import { DutyRoute, DutyRouteEnum } from './duty-route.enum';
import { DutyAssignment } from './entity-refs.type';
import { Person } from './person.type';

/**
 * Person.duties, narrowed by route. The person statement computes only the routes the selection
 * asks for (person.selection.ts), so `duties(through: POST)` never reads the offices' duties.
 */
@Resolver(() => Person)
export class PersonDutiesResolver {
  @FieldResolver(() => [DutyAssignment], {
    description:
      'Duties reaching the person on the day through a post held: duties of the post itself (owner: the post), then of the office the post is IN (owner: the office). Leads first. `through` keeps one route.',
  })
  async duties(
    @Root() root: Person,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('through', () => DutyRouteEnum, { nullable: true, description: 'Only the duties reaching the person this way; both when left out.' }) through?: DutyRoute | null,
    // Read by the root field (day-fields.ts `dayOfFields`), which computed the duties for that day; a reference loads them for it.
    @Arg('asOf', () => DateScalar, { nullable: true, description: DAY_ARG_DESCRIPTION }) asOf?: string | null,
  ): Promise<DutyAssignment[]> {
    const person = await entityWith('person', root, 'duties', { through: through ?? undefined, ...(asOf ? { asOf } : {}) }, ctx, info);
    return dutiesThrough(person.duties, through);
  }
}
