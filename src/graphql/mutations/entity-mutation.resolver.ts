import { Args, ArgsType, Authorized, ClassType, Ctx, Field, ID, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import type { RequestContext } from '../../context';
import { AllInputProblems } from './all-problems.middleware';
import { IdField } from '../../dataset/records/fields';
import { MODEL, NodeLabel } from '../../domain/model';
import { entityPayload, MutationPayload, payloadOf } from './payload.type';
import { registeredInputs } from './entity-inputs';

export interface EntityArgs<T> {
  id: string;
  input: T;
}

/** `(id, input)` of createX/updateX, validated together so every problem carries its path (`input.name`). */
function entityArgs<T extends object>(inputType: ClassType<T>): ClassType<EntityArgs<T>> {
  @ArgsType()
  class Arguments implements EntityArgs<T> {
    @Field(() => ID, { description: 'The id of the entity (unique across all labels).' })
    @IdField()
    id!: string;

    @Field(() => inputType, { description: 'Its fields.' })
    @ValidateNested()
    @Type(() => inputType)
    input!: T;
  }
  return Arguments;
}

/**
 * The input type of each label's createX/updateX: the `<Label>Input` class its own file registers
 * (entity-inputs.ts), the name the SDL gives it; a label of the model without one fails at start naming it.
 */
const INPUT_OF_LABEL = registeredInputs(MODEL.map((entry) => entry.label));

/**
 * createX(id, input) and updateX(id, input) of one label; admins only. One resolver class per label
 * from this factory (type-graphql's resolvers-inheritance pattern): the names come from the label,
 * the input type `<Label>Input`, the wording from the model's noun.
 */
export function entityMutationResolver(label: NodeLabel, noun: string): ClassType[] {
  const { Payload, PayloadResolver } = entityPayload(label, noun);
  const ArgsOfLabel = entityArgs(INPUT_OF_LABEL.get(label) as ClassType<object>);
  const create = `create${label}`;
  const update = `update${label}`;

  @Authorized('admin')
  @UseMiddleware(AllInputProblems)
  @Resolver()
  class EntityMutationResolver {
    @Mutation(() => Payload, { name: create, description: `Creates ${noun} (validated as a dataset record). Returns it and its audit record.` })
    async create(@Args(() => ArgsOfLabel) { id, input }: EntityArgs<object>, @Ctx() ctx: RequestContext): Promise<MutationPayload> {
      return payloadOf(await ctx.services.entityMutations.save(label, 'create', id, input, ctx.viewer, create));
    }

    @Mutation(() => Payload, { name: update, description: `Updates ${noun}: absent fields keep their value, null removes an optional one. Returns it and its audit record.` })
    async update(@Args(() => ArgsOfLabel) { id, input }: EntityArgs<object>, @Ctx() ctx: RequestContext): Promise<MutationPayload> {
      return payloadOf(await ctx.services.entityMutations.save(label, 'update', id, input, ctx.viewer, update));
    }
  }
  return [EntityMutationResolver, PayloadResolver];
}

/** The entity mutations of every label of the model. */
export const ENTITY_MUTATION_RESOLVERS: readonly ClassType[] = MODEL.flatMap((entry) => entityMutationResolver(entry.label, entry.noun));
