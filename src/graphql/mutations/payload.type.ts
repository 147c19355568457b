import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, ClassType, Ctx, Field, FieldResolver, ID, Info, ObjectType, Resolver, Root } from 'type-graphql';
import { IsOptional } from 'class-validator';
import type { RequestContext } from '../../context';
import { byLabel, EntityKind, NodeLabel } from '../../domain/model';
import { DateScalar } from '../common/date.scalar';
import { entitySelected } from '../entities/entity.selection';
import { personPartsFor } from '../entities/person.selection';
import { ENTITY_TYPES } from '../entities/entity-types';
import { Duty } from '../entities/duty.type';
import { Office } from '../entities/office.type';
import { PartyOrganization } from '../entities/party-organization.type';
import { Person } from '../entities/person.type';
import { Post } from '../entities/post.type';
import { Station } from '../entities/station.type';
import { Township } from '../entities/township.type';
import { Village } from '../entities/village.type';
import { ChangeRecord, ReorganizationResult } from './change-record.type';
import { NotFoundError } from '../../errors';

/**
 * Mutation payloads: the change record and the entities the mutation changed, as the entity types
 * the queries answer (Office, Post, Person, Duty, …), so a normalising client cache (Apollo's
 * default InMemoryCache) updates every screen showing them without a refetch.
 *
 * An entity of a payload is read after the write committed, by the entity's own lookup statement
 * (one read per entity field selected), as of `asOf` (default: the day the change takes effect).
 * Which entities: those the change record names as touched, by label.
 */
const KIND_OF_LABEL: Readonly<Record<NodeLabel, EntityKind>> = byLabel((entry) => entry.kind);

/** The entity type of each label: the one its lookup answers (entities/entity-types.ts). */
export const ENTITY_TYPE_OF_LABEL: Readonly<Record<NodeLabel, ClassType>> = byLabel((entry) => ENTITY_TYPES[entry.kind]);

/** What every payload carries: the change record, and the day the change takes effect (not exposed). */
@ObjectType({ description: 'What every mutation payload carries (not a type of the schema itself: each payload extends it).' })
export abstract class MutationPayload {
  @Field(() => ChangeRecord, { description: 'The audit record of the mutation (who, when, the arguments, each touched entity before and after).' })
  change!: ChangeRecord;

  /** The day the change takes effect (the mutation's from/on), or null for today. */
  on!: string | null;

  /** The ids the mutation's arguments name whose label the change record does not say (the other end of an edge). */
  ids!: string[];
}

export function payloadOf(change: ChangeRecord, on: string | null = null, ids: (string | null | undefined)[] = []): MutationPayload {
  return { change, on, ids: ids.filter((id): id is string => typeof id === 'string') };
}

@ArgsType()
export class PayloadEntityArgs {
  @Field(() => DateScalar, { nullable: true, description: 'The day to show the entity for (YYYY-MM-DD). Default: the day the change takes effect (today for a change without a day).' })
  @IsOptional()
  asOf?: string | null;
}

/** The ids the change record names with this label, in its order. */
export function touchedIds(payload: MutationPayload, label: NodeLabel): string[] {
  return [...new Set(payload.change.touched.filter((entity) => entity.label === label).map((entity) => entity.id))];
}

/**
 * The entity of this label the change touched, as its lookup answers it on the day; null when none
 * (or it no longer exists). The change record labels the entities it describes; an id of the
 * arguments it does not label (an owner that is an office or a post) is looked up as this label.
 */
export async function touchedEntity(label: NodeLabel, payload: MutationPayload, args: PayloadEntityArgs, ctx: RequestContext, info: GraphQLResolveInfo): Promise<unknown> {
  const labelled = new Set(payload.change.touched.map((entity) => entity.id));
  const candidates = [...new Set([...touchedIds(payload, label), ...payload.ids.filter((id) => !labelled.has(id))])];
  for (const id of candidates) {
    try {
      return await entityOn(label, id, payload, args, ctx, info);
    } catch (error) {
      // Not an entity of this label: the next candidate.
      if (!(error instanceof NotFoundError)) throw error;
    }
  }
  return null;
}

/** Every entity of this label the change touched (a reorganisation's offices and posts). */
export async function touchedEntities(label: NodeLabel, payload: MutationPayload, args: PayloadEntityArgs, ctx: RequestContext, info: GraphQLResolveInfo): Promise<unknown[]> {
  const found = await Promise.all(touchedIds(payload, label).map((id) => entityOn(label, id, payload, args, ctx, info)));
  return found.filter((entity) => entity !== null);
}

async function entityOn(label: NodeLabel, id: string, payload: MutationPayload, args: PayloadEntityArgs, ctx: RequestContext, info: GraphQLResolveInfo): Promise<unknown> {
  const kind = KIND_OF_LABEL[label];
  const deleted = payload.change.touched.some((entity) => entity.id === id && entity.after === null && entity.before !== null);
  if (deleted) return null;
  // The payload field's asOf (default: the day the change takes effect) is the day of its fields, as a root's is.
  const selected = kind === 'person' ? entitySelected(kind, info, 'item', args.asOf ?? payload.on, personPartsFor) : entitySelected(kind, info, 'item', args.asOf ?? payload.on);
  return ctx.services.entities.get(kind, id, selected.asOf, selected.include);
}

// ---- the payloads of the edge mutations -----------------------------------------------------------

@ObjectType({ description: 'What appoint, endAppointment and recordStationHeadConsultation changed: the person, the post and the change record.' })
export class AppointmentPayload extends MutationPayload {}

@Resolver(() => AppointmentPayload)
export class AppointmentPayloadResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'The person, with their posts on the day.' })
  person(@Root() payload: AppointmentPayload, @Args(() => PayloadEntityArgs) args: PayloadEntityArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return touchedEntity('Person', payload, args, ctx, info);
  }

  @FieldResolver(() => Post, { nullable: true, description: 'The post, with its holders on the day.' })
  post(@Root() payload: AppointmentPayload, @Args(() => PayloadEntityArgs) args: PayloadEntityArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return touchedEntity('Post', payload, args, ctx, info);
  }
}

@ObjectType({ description: 'What assignDuty and unassignDuty changed: the duty (with its owners), the owning office or post and the change record.' })
export class DutyAssignmentPayload extends MutationPayload {}

@Resolver(() => DutyAssignmentPayload)
export class DutyAssignmentPayloadResolver {
  @FieldResolver(() => Duty, { nullable: true, description: 'The duty, with its owners on the day.' })
  duty(@Root() payload: DutyAssignmentPayload, @Args(() => PayloadEntityArgs) args: PayloadEntityArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return touchedEntity('Duty', payload, args, ctx, info);
  }

  @FieldResolver(() => Office, { nullable: true, description: 'The owner when it is an office (null for a post), with its duties on the day.' })
  office(@Root() payload: DutyAssignmentPayload, @Args(() => PayloadEntityArgs) args: PayloadEntityArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return touchedEntity('Office', payload, args, ctx, info);
  }

  @FieldResolver(() => Post, { nullable: true, description: 'The owner when it is a post (null for an office), with its duties on the day.' })
  post(@Root() payload: DutyAssignmentPayload, @Args(() => PayloadEntityArgs) args: PayloadEntityArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return touchedEntity('Post', payload, args, ctx, info);
  }
}

@ObjectType({ description: 'What setLeaderInCharge changed: the office, the leadership post now in charge and the change record.' })
export class LeaderInChargePayload extends MutationPayload {}

@Resolver(() => LeaderInChargePayload)
export class LeaderInChargePayloadResolver {
  @FieldResolver(() => Office, { nullable: true, description: 'The office, with its leaders in charge on the day.' })
  office(@Root() payload: LeaderInChargePayload, @Args(() => PayloadEntityArgs) args: PayloadEntityArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return touchedEntity('Office', payload, args, ctx, info);
  }

  @FieldResolver(() => Post, { nullable: true, description: 'The leadership post now in charge of the office, with the offices it is in charge of on the day.' })
  post(@Root() payload: LeaderInChargePayload, @Args(() => PayloadEntityArgs) args: PayloadEntityArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return touchedEntity('Post', payload, args, ctx, info);
  }
}

@ObjectType({ description: 'What moveVillage changed: the village, the unit it is now under (an office or the township) and the change record.' })
export class VillageMovePayload extends MutationPayload {}

@Resolver(() => VillageMovePayload)
export class VillageMovePayloadResolver {
  @FieldResolver(() => Village, { nullable: true, description: 'The village, with the unit it is under on the day.' })
  village(@Root() payload: VillageMovePayload, @Args(() => PayloadEntityArgs) args: PayloadEntityArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return touchedEntity('Village', payload, args, ctx, info);
  }

  @FieldResolver(() => Office, { nullable: true, description: 'The unit it is now under when that is an office (null for the township), with its villages on the day.' })
  office(@Root() payload: VillageMovePayload, @Args(() => PayloadEntityArgs) args: PayloadEntityArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return touchedEntity('Office', payload, args, ctx, info);
  }

  @FieldResolver(() => Township, { nullable: true, description: 'The unit it is now under when that is the township itself (null for an office).' })
  township(@Root() payload: VillageMovePayload, @Args(() => PayloadEntityArgs) args: PayloadEntityArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return touchedEntity('Township', payload, args, ctx, info);
  }
}

@ObjectType({ description: "What moveStationPartyRelation changed: the station, the party organisation it moved to and the change record." })
export class StationPartyRelationPayload extends MutationPayload {}

@Resolver(() => StationPartyRelationPayload)
export class StationPartyRelationPayloadResolver {
  @FieldResolver(() => Station, { nullable: true, description: 'The station, with its party relation on the day.' })
  station(@Root() payload: StationPartyRelationPayload, @Args(() => PayloadEntityArgs) args: PayloadEntityArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return touchedEntity('Station', payload, args, ctx, info);
  }

  @FieldResolver(() => PartyOrganization, { nullable: true, description: 'The organisation it moved to, with its stations on the day.' })
  partyOrganization(@Root() payload: StationPartyRelationPayload, @Args(() => PayloadEntityArgs) args: PayloadEntityArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return touchedEntity('PartyOrganization', payload, args, ctx, info);
  }
}

@ObjectType({ description: 'What deleteRecordEnteredByMistake removed: the id of the deleted record and the change record.' })
export class DeletionPayload extends MutationPayload {
  @Field(() => ID, { description: 'The id of the deleted record (a client removes it from its cache: `cache.evict`).' })
  deletedId!: string;
}

/** A reorganisation's result, with the day it takes effect (its payload reads the touched offices and posts on it). */
export type ReorganizationSource = ReorganizationResult & { on: string };

@Resolver(() => ReorganizationResult)
export class ReorganizationResultResolver {
  @FieldResolver(() => [Office], { description: 'The offices it created, closed or changed, on the day (empty on a dry run: nothing was written).' })
  offices(@Root() result: ReorganizationSource, @Args(() => PayloadEntityArgs) args: PayloadEntityArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return result.change ? touchedEntities('Office', { change: result.change, on: result.on, ids: [] }, args, ctx, info) : [];
  }

  @FieldResolver(() => [Post], { description: 'The posts it created, moved, cut or changed, on the day (empty on a dry run).' })
  posts(@Root() result: ReorganizationSource, @Args(() => PayloadEntityArgs) args: PayloadEntityArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return result.change ? touchedEntities('Post', { change: result.change, on: result.on, ids: [] }, args, ctx, info) : [];
  }
}

export const PAYLOAD_RESOLVERS: readonly ClassType[] = [
  AppointmentPayloadResolver,
  DutyAssignmentPayloadResolver,
  LeaderInChargePayloadResolver,
  VillageMovePayloadResolver,
  StationPartyRelationPayloadResolver,
  ReorganizationResultResolver,
];

/** `XPayload { change x(asOf) }` of createX/updateX, one per label (from the model). */
export function entityPayload(label: NodeLabel, noun: string): { Payload: ClassType<MutationPayload>; PayloadResolver: ClassType } {
  const kind = KIND_OF_LABEL[label];
  const type = ENTITY_TYPE_OF_LABEL[label];

  @ObjectType(`${label}Payload`, { description: `What create${label} or update${label} changed: ${noun}, as the ${label} lookup answers it, and the change record.` })
  class Payload extends MutationPayload {}

  @Resolver(() => Payload)
  class PayloadResolver {
    @FieldResolver(() => type, { name: kind, nullable: true, description: `The ${label} created or updated, on the day asked (default today).` })
    entity(@Root() payload: MutationPayload, @Args(() => PayloadEntityArgs) args: PayloadEntityArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
      return touchedEntity(label, payload, args, ctx, info);
    }
  }
  return { Payload, PayloadResolver };
}
