import { Protected } from '../common/protected';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { EntityLookups } from './entity-type-registry';
import type { RequestContext } from '../../context';
import { ConnectionShape, pageRequest, toConnection } from '../common/pagination';
import { commonFilter, EntityIdArgs } from './entity.args';
import { PersonListArgs } from './person.args';
import { entitySelected } from './entity.selection';
import { personPartsFor } from './person.selection';
import { Person, PersonConnection } from './person.type';

/** People are personal data: both root fields need the staff role (party membership the discipline role). */
@EntityLookups('person')
@Resolver()
export class PersonResolver {
  @Protected('identity')
  @Query(() => Person, {
    nullable: true,
    description: 'One person by id, with posts held, duties, offices in charge, workload and appointment history on a day (default today). Staff role and above. Unknown id: NOT_FOUND.',
  })
  person(@Args(() => EntityIdArgs) args: EntityIdArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Person> {
    const selected = entitySelected('person', info, 'item', args.asOf, personPartsFor);
    return ctx.services.entities.get('person', args.id, selected.asOf, selected.include);
  }

  @Protected('identity')
  @Query(() => PersonConnection, {
    nullable: true,
    description: 'People (in a township: holding a post or resident cadre there on the day), filtered, sorted and paged; each with everything `person` shows. Staff role and above.',
  })
  async people(@Args(() => PersonListArgs) args: PersonListArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ConnectionShape<Person>> {
    const selected = entitySelected('person', info, 'connection', args.asOf, personPartsFor);
    return toConnection(await ctx.services.entities.list('person', commonFilter(args, args.sort), selected.asOf, pageRequest(args), selected.include));
  }
}
