import { Args, Authorized, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { RequestContext } from '../../context';
import { AllInputProblems } from './all-problems.middleware';
import { ChangeRecord, ReorganizationResult } from './change-record.type';
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

/** The mutations of dated edges, the reorganisation and the hard delete; admins only. Each returns its audit record. */
@Authorized('admin')
@UseMiddleware(AllInputProblems)
@Resolver()
export class MutationResolver {
  @Mutation(() => ChangeRecord, { description: 'Appoints a person to a post from a day (Person HOLDS Post). A single-holder post takes one substantive holder at a time.' })
  appoint(@Args(() => AppointArgs) args: AppointArgs, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.edgeMutations.appoint(args, ctx.viewer);
  }

  @Mutation(() => ChangeRecord, { description: 'Ends the appointment of a person to a post that runs on the day (its `to` becomes the day).' })
  endAppointment(@Args(() => EndAppointmentArgs) args: EndAppointmentArgs, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.edgeMutations.endAppointment(args.person, args.post, args.on, ctx.viewer);
  }

  @Mutation(() => ChangeRecord, { description: 'Makes an office or post responsible for a duty from a day, leading or assisting. A second lead owner needs override { reason }.' })
  assignDuty(@Args(() => AssignDutyArgs) args: AssignDutyArgs, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    const { override, ...rest } = args;
    return ctx.services.edgeMutations.assignDuty({ ...rest, overrideReason: override?.reason ?? null }, ctx.viewer);
  }

  @Mutation(() => ChangeRecord, { description: 'Ends the responsibility of an owner for a duty on a day.' })
  unassignDuty(@Args(() => UnassignDutyArgs) args: UnassignDutyArgs, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.edgeMutations.unassignDuty(args.owner, args.duty, args.on, ctx.viewer);
  }

  @Mutation(() => ChangeRecord, { description: 'Puts a leadership post in charge of an office from a day; the office’s previous leader in charge ends that day.' })
  setLeaderInCharge(@Args(() => SetLeaderInChargeArgs) args: SetLeaderInChargeArgs, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.edgeMutations.setLeaderInCharge(args.office, args.post, args.from, ctx.viewer);
  }

  @Mutation(() => ChangeRecord, { description: 'Puts a village under another unit (the township or an office) from a day.' })
  moveVillage(@Args(() => MoveVillageArgs) args: MoveVillageArgs, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.edgeMutations.moveVillage(args.village, args.unit, args.on, ctx.viewer);
  }

  @Mutation(() => ChangeRecord, { description: "Moves a station's party relation to another organisation from a day, with its basis and any exemption." })
  moveStationPartyRelation(@Args(() => MoveStationPartyRelationArgs) args: MoveStationPartyRelationArgs, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.edgeMutations.moveStationPartyRelation(args.station, args.organization, args.on, args.basis, args.exemption ?? null, ctx.viewer);
  }

  @Mutation(() => ChangeRecord, { description: "Records whether the town's opinion was sought before a station-head appointment." })
  recordStationHeadConsultation(@Args(() => StationHeadConsultationArgs) args: StationHeadConsultationArgs, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.edgeMutations.recordStationHeadConsultation(args.person, args.post, args.from, args.townConsulted, ctx.viewer);
  }

  @Mutation(() => ReorganizationResult, {
    description:
      'Applies a whole reorganisation of a township on one day as one transaction (offices created, merged or withdrawn; posts created, moved or cut; duties, villages and leaders moved). dryRun reports what would change and writes nothing.',
  })
  reorganize(@Args(() => ReorganizeArgs) args: ReorganizeArgs, @Ctx() ctx: RequestContext): Promise<ReorganizationResult> {
    return ctx.services.reorganize.reorganize(args.input, args.dryRun, ctx.viewer) as Promise<ReorganizationResult>;
  }

  @Mutation(() => ChangeRecord, { description: 'Hard-deletes a record entered by mistake, with its edges. The only mutation that removes history; the deletion itself is recorded.' })
  deleteRecordEnteredByMistake(@Args(() => DeleteRecordArgs) args: DeleteRecordArgs, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.edgeMutations.deleteRecordEnteredByMistake(args.id, args.reason, ctx.viewer);
  }
}
