import { Args, Authorized, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { RequestContext } from '../../context';
import { AllInputProblems } from './all-problems.middleware';
import { ReorganizationResult } from './change-record.type';
import {
  AppointmentPayload,
  DeletionPayload,
  DutyAssignmentPayload,
  LeaderInChargePayload,
  payloadOf,
  ReorganizationSource,
  StationPartyRelationPayload,
  VillageMovePayload,
} from './payload.type';
import {
  AppointArgs,
  AssignDutyArgs,
  DeleteRecordArgs,
  EndAppointmentArgs,
  MoveStationPartyRelationArgs,
  MoveVillageArgs,
  SetLeaderInChargeArgs,
  StationHeadConsultationArgs,
  UnassignDutyArgs,
} from './mutation.args';
import { ReorganizeArgs } from './reorganize.input';

/** The mutations of dated edges, the reorganisation and the hard delete; admins only. Each returns a payload: the entities it changed and its audit record (payload.type.ts). */
@Authorized('admin')
@UseMiddleware(AllInputProblems)
@Resolver()
export class MutationResolver {
  @Mutation(() => AppointmentPayload, { description: 'Appoints a person to a post from a day (Person HOLDS Post). A single-holder post takes one substantive holder at a time.' })
  async appoint(@Args(() => AppointArgs) args: AppointArgs, @Ctx() ctx: RequestContext): Promise<AppointmentPayload> {
    return payloadOf(await ctx.services.edgeMutations.appoint(args, ctx.viewer), args.from, [args.person, args.post]);
  }

  @Mutation(() => AppointmentPayload, { description: 'Ends the appointment of a person to a post that runs on the day (its `to` becomes the day).' })
  async endAppointment(@Args(() => EndAppointmentArgs) args: EndAppointmentArgs, @Ctx() ctx: RequestContext): Promise<AppointmentPayload> {
    return payloadOf(await ctx.services.edgeMutations.endAppointment(args.person, args.post, args.on, ctx.viewer), args.on, [args.person, args.post]);
  }

  @Mutation(() => DutyAssignmentPayload, { description: 'Makes an office or post responsible for a duty from a day, leading or assisting. A second lead owner needs override { reason }.' })
  async assignDuty(@Args(() => AssignDutyArgs) args: AssignDutyArgs, @Ctx() ctx: RequestContext): Promise<DutyAssignmentPayload> {
    const { override, ...rest } = args;
    return payloadOf(await ctx.services.edgeMutations.assignDuty({ ...rest, overrideReason: override?.reason ?? null }, ctx.viewer), args.from, [args.duty, args.owner]);
  }

  @Mutation(() => DutyAssignmentPayload, { description: 'Ends the responsibility of an owner for a duty on a day.' })
  async unassignDuty(@Args(() => UnassignDutyArgs) args: UnassignDutyArgs, @Ctx() ctx: RequestContext): Promise<DutyAssignmentPayload> {
    return payloadOf(await ctx.services.edgeMutations.unassignDuty(args.owner, args.duty, args.on, ctx.viewer), args.on, [args.duty, args.owner]);
  }

  @Mutation(() => LeaderInChargePayload, { description: 'Puts a leadership post in charge of an office from a day; the office’s previous leader in charge ends that day.' })
  async setLeaderInCharge(@Args(() => SetLeaderInChargeArgs) args: SetLeaderInChargeArgs, @Ctx() ctx: RequestContext): Promise<LeaderInChargePayload> {
    return payloadOf(await ctx.services.edgeMutations.setLeaderInCharge(args.office, args.post, args.from, ctx.viewer), args.from, [args.office, args.post]);
  }

  @Mutation(() => VillageMovePayload, { description: 'Puts a village under another unit (the township or an office) from a day.' })
  async moveVillage(@Args(() => MoveVillageArgs) args: MoveVillageArgs, @Ctx() ctx: RequestContext): Promise<VillageMovePayload> {
    return payloadOf(await ctx.services.edgeMutations.moveVillage(args.village, args.unit, args.on, ctx.viewer), args.on, [args.village, args.unit]);
  }

  @Mutation(() => StationPartyRelationPayload, { description: "Moves a station's party relation to another organisation from a day, with its basis and any exemption." })
  async moveStationPartyRelation(@Args(() => MoveStationPartyRelationArgs) args: MoveStationPartyRelationArgs, @Ctx() ctx: RequestContext): Promise<StationPartyRelationPayload> {
    return payloadOf(await ctx.services.edgeMutations.moveStationPartyRelation(args.station, args.organization, args.on, args.basis, args.exemption ?? null, ctx.viewer), args.on, [args.station, args.organization]);
  }

  @Mutation(() => AppointmentPayload, { description: "Records whether the town's opinion was sought before a station-head appointment." })
  async recordStationHeadConsultation(@Args(() => StationHeadConsultationArgs) args: StationHeadConsultationArgs, @Ctx() ctx: RequestContext): Promise<AppointmentPayload> {
    return payloadOf(await ctx.services.edgeMutations.recordStationHeadConsultation(args.person, args.post, args.from, args.townConsulted, ctx.viewer), args.from, [args.person, args.post]);
  }

  @Mutation(() => ReorganizationResult, {
    description:
      'Applies a whole reorganisation of a township on one day as one transaction (offices created, merged or withdrawn; posts created, moved or cut; duties, villages and leaders moved). dryRun reports what would change and writes nothing.',
  })
  async reorganize(@Args(() => ReorganizeArgs) args: ReorganizeArgs, @Ctx() ctx: RequestContext): Promise<ReorganizationSource> {
    const result = (await ctx.services.reorganize.reorganize(args.input, args.dryRun, ctx.viewer)) as ReorganizationResult;
    return { ...result, on: args.input.on };
  }

  @Mutation(() => DeletionPayload, { description: 'Hard-deletes a record entered by mistake, with its edges. The only mutation that removes history; the deletion itself is recorded.' })
  async deleteRecordEnteredByMistake(@Args(() => DeleteRecordArgs) args: DeleteRecordArgs, @Ctx() ctx: RequestContext): Promise<DeletionPayload> {
    return { ...payloadOf(await ctx.services.edgeMutations.deleteRecordEnteredByMistake(args.id, args.reason, ctx.viewer)), deletedId: args.id };
  }
}
