import { Args, ArgsType, Authorized, ClassType, Ctx, Field, ID, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import type { RequestContext } from '../../context';
import { AllInputProblems } from './all-problems.middleware';
import { IdField } from '../../dataset/records/fields';
import { ChangeRecord } from './change-record.type';
import {
  TownshipInput, DepartmentInput, PartyOrganizationInput, DocumentInput, OfficeInput, PostInput, PersonInput, VillageInput, StationInput, DutyInput,
} from './entity.input';

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

const TownshipArgs = entityArgs(TownshipInput);
const DepartmentArgs = entityArgs(DepartmentInput);
const PartyOrganizationArgs = entityArgs(PartyOrganizationInput);
const DocumentArgs = entityArgs(DocumentInput);
const OfficeArgs = entityArgs(OfficeInput);
const PostArgs = entityArgs(PostInput);
const PersonArgs = entityArgs(PersonInput);
const VillageArgs = entityArgs(VillageInput);
const StationArgs = entityArgs(StationInput);
const DutyArgs = entityArgs(DutyInput);

/** createX(id, input) and updateX(id, input) for every label; admins only. */
@Authorized('admin')
@UseMiddleware(AllInputProblems)
@Resolver()
export class EntityMutationResolver {
  @Mutation(() => ChangeRecord, { description: 'Creates a township (validated as a dataset record). Returns its audit record.' })
  createTownship(@Args(() => TownshipArgs) { id, input }: EntityArgs<TownshipInput>, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.entityMutations.save('Township', 'create', id, input, ctx.viewer, 'createTownship');
  }

  @Mutation(() => ChangeRecord, { description: 'Updates a township: absent fields keep their value, null removes an optional one. Returns its audit record.' })
  updateTownship(@Args(() => TownshipArgs) { id, input }: EntityArgs<TownshipInput>, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.entityMutations.save('Township', 'update', id, input, ctx.viewer, 'updateTownship');
  }

  @Mutation(() => ChangeRecord, { description: 'Creates a city functional department (validated as a dataset record). Returns its audit record.' })
  createDepartment(@Args(() => DepartmentArgs) { id, input }: EntityArgs<DepartmentInput>, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.entityMutations.save('Department', 'create', id, input, ctx.viewer, 'createDepartment');
  }

  @Mutation(() => ChangeRecord, { description: 'Updates a city functional department: absent fields keep their value, null removes an optional one. Returns its audit record.' })
  updateDepartment(@Args(() => DepartmentArgs) { id, input }: EntityArgs<DepartmentInput>, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.entityMutations.save('Department', 'update', id, input, ctx.viewer, 'updateDepartment');
  }

  @Mutation(() => ChangeRecord, { description: 'Creates a party organisation (validated as a dataset record). Returns its audit record.' })
  createPartyOrganization(@Args(() => PartyOrganizationArgs) { id, input }: EntityArgs<PartyOrganizationInput>, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.entityMutations.save('PartyOrganization', 'create', id, input, ctx.viewer, 'createPartyOrganization');
  }

  @Mutation(() => ChangeRecord, { description: 'Updates a party organisation: absent fields keep their value, null removes an optional one. Returns its audit record.' })
  updatePartyOrganization(@Args(() => PartyOrganizationArgs) { id, input }: EntityArgs<PartyOrganizationInput>, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.entityMutations.save('PartyOrganization', 'update', id, input, ctx.viewer, 'updatePartyOrganization');
  }

  @Mutation(() => ChangeRecord, { description: 'Creates a document (validated as a dataset record). Returns its audit record.' })
  createDocument(@Args(() => DocumentArgs) { id, input }: EntityArgs<DocumentInput>, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.entityMutations.save('Document', 'create', id, input, ctx.viewer, 'createDocument');
  }

  @Mutation(() => ChangeRecord, { description: 'Updates a document: absent fields keep their value, null removes an optional one. Returns its audit record.' })
  updateDocument(@Args(() => DocumentArgs) { id, input }: EntityArgs<DocumentInput>, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.entityMutations.save('Document', 'update', id, input, ctx.viewer, 'updateDocument');
  }

  @Mutation(() => ChangeRecord, { description: 'Creates an office (validated as a dataset record). Returns its audit record.' })
  createOffice(@Args(() => OfficeArgs) { id, input }: EntityArgs<OfficeInput>, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.entityMutations.save('Office', 'create', id, input, ctx.viewer, 'createOffice');
  }

  @Mutation(() => ChangeRecord, { description: 'Updates an office: absent fields keep their value, null removes an optional one. Returns its audit record.' })
  updateOffice(@Args(() => OfficeArgs) { id, input }: EntityArgs<OfficeInput>, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.entityMutations.save('Office', 'update', id, input, ctx.viewer, 'updateOffice');
  }

  @Mutation(() => ChangeRecord, { description: 'Creates a post (validated as a dataset record). Returns its audit record.' })
  createPost(@Args(() => PostArgs) { id, input }: EntityArgs<PostInput>, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.entityMutations.save('Post', 'create', id, input, ctx.viewer, 'createPost');
  }

  @Mutation(() => ChangeRecord, { description: 'Updates a post: absent fields keep their value, null removes an optional one. Returns its audit record.' })
  updatePost(@Args(() => PostArgs) { id, input }: EntityArgs<PostInput>, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.entityMutations.save('Post', 'update', id, input, ctx.viewer, 'updatePost');
  }

  @Mutation(() => ChangeRecord, { description: 'Creates a person (validated as a dataset record). Returns its audit record.' })
  createPerson(@Args(() => PersonArgs) { id, input }: EntityArgs<PersonInput>, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.entityMutations.save('Person', 'create', id, input, ctx.viewer, 'createPerson');
  }

  @Mutation(() => ChangeRecord, { description: 'Updates a person: absent fields keep their value, null removes an optional one. Returns its audit record.' })
  updatePerson(@Args(() => PersonArgs) { id, input }: EntityArgs<PersonInput>, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.entityMutations.save('Person', 'update', id, input, ctx.viewer, 'updatePerson');
  }

  @Mutation(() => ChangeRecord, { description: 'Creates a village (validated as a dataset record). Returns its audit record.' })
  createVillage(@Args(() => VillageArgs) { id, input }: EntityArgs<VillageInput>, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.entityMutations.save('Village', 'create', id, input, ctx.viewer, 'createVillage');
  }

  @Mutation(() => ChangeRecord, { description: 'Updates a village: absent fields keep their value, null removes an optional one. Returns its audit record.' })
  updateVillage(@Args(() => VillageArgs) { id, input }: EntityArgs<VillageInput>, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.entityMutations.save('Village', 'update', id, input, ctx.viewer, 'updateVillage');
  }

  @Mutation(() => ChangeRecord, { description: 'Creates a grassroots station (validated as a dataset record). Returns its audit record.' })
  createStation(@Args(() => StationArgs) { id, input }: EntityArgs<StationInput>, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.entityMutations.save('Station', 'create', id, input, ctx.viewer, 'createStation');
  }

  @Mutation(() => ChangeRecord, { description: 'Updates a grassroots station: absent fields keep their value, null removes an optional one. Returns its audit record.' })
  updateStation(@Args(() => StationArgs) { id, input }: EntityArgs<StationInput>, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.entityMutations.save('Station', 'update', id, input, ctx.viewer, 'updateStation');
  }

  @Mutation(() => ChangeRecord, { description: 'Creates a duty (validated as a dataset record). Returns its audit record.' })
  createDuty(@Args(() => DutyArgs) { id, input }: EntityArgs<DutyInput>, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.entityMutations.save('Duty', 'create', id, input, ctx.viewer, 'createDuty');
  }

  @Mutation(() => ChangeRecord, { description: 'Updates a duty: absent fields keep their value, null removes an optional one. Returns its audit record.' })
  updateDuty(@Args(() => DutyArgs) { id, input }: EntityArgs<DutyInput>, @Ctx() ctx: RequestContext): Promise<ChangeRecord> {
    return ctx.services.entityMutations.save('Duty', 'update', id, input, ctx.viewer, 'updateDuty');
  }
}
