import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { ServiceInfo } from './system.type';

@Resolver()
export class SystemResolver {
  @Query(() => ServiceInfo, { description: 'The service version and what the graph holds; a quick end-to-end check.' })
  serviceInfo(@Ctx() ctx: RequestContext): Promise<ServiceInfo> {
    return ctx.services.system.serviceInfo();
  }
}
