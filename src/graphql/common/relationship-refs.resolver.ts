import { FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { Owner, PathStep } from '../responsibility/responsibility.type';
import type { PathNodeView } from '../../domain/explanation-paths';
import { Node } from '../entities/node.type';
import { DutyOwner } from '../entities/entity-refs.type';
import { TouchedEntity } from '../mutations/change-record.type';
import { DutyOwnerChange } from '../changes/changes.type';
import { DutyOwnerUnitUnion, EntityRef } from '../entities/entity-type-registry';

/**
 * Relationship objects are not keyed by the id of the thing they point to (issue 15, identity is
 * honest): an owner of a duty is that office or post WITH a role over some days, so it carries no
 * `id` — a normalising client cache would otherwise merge the LEAD and the ASSIST of two answers,
 * or two days, into one object. It names what it points to through `owner`: that Office or Post
 * itself (the union DutyOwnerUnit), filled with what does not depend on the day (id, names, a post's
 * rank and level); anything more selected on it is loaded (entities/reference-fields.ts). A change
 * record's touched entity names it by `entityId`, for the same reason.
 */
interface OwnerFacts {
  id: string;
  kind: string;
  name: string;
  nameEn: string | null;
  rank?: string | null;
  level?: string | null;
  /** An office owner's own kind, where the statement read it. */
  officeKind?: string | null;
}

/** The Office or Post an owner points to, with its own properties (an owner's `kind` is OFFICE or POST, not the office's kind). */
function ownerRef(owner: OwnerFacts): EntityRef {
  const { id, name, nameEn } = owner;
  if (owner.kind !== 'POST' && owner.officeKind !== undefined) return { label: 'Office', id, name, nameEn, kind: owner.officeKind } as EntityRef;
  if (owner.kind !== 'POST') return { label: 'Office', id, name, nameEn } as EntityRef;
  if (owner.rank === undefined) return { label: 'Post', id, name, nameEn } as EntityRef;
  return { label: 'Post', id, name, nameEn, rank: owner.rank, level: owner.level ?? null } as EntityRef;
}

const DESCRIPTION = 'The office or post that owns the duty (this object is the relationship: that owner, with this role, over these days).';

@Resolver(() => Owner)
export class OwnerReferenceResolver {
  @FieldResolver(() => DutyOwnerUnitUnion, { description: DESCRIPTION })
  owner(@Root() owner: Owner): EntityRef {
    return ownerRef(owner);
  }
}

@Resolver(() => DutyOwner)
export class DutyOwnerReferenceResolver {
  @FieldResolver(() => DutyOwnerUnitUnion, { description: DESCRIPTION })
  owner(@Root() owner: DutyOwner): EntityRef {
    return ownerRef(owner);
  }
}

@Resolver(() => TouchedEntity)
export class TouchedEntityReferenceResolver {
  @FieldResolver(() => ID, { description: 'The id of the entity the mutation touched (this object is what one change did to it, so it is not keyed by that id).' })
  entityId(@Root() touched: TouchedEntity): string {
    return touched.id;
  }
}

@Resolver(() => DutyOwnerChange)
export class DutyOwnerChangeReferenceResolver {
  @FieldResolver(() => [DutyOwnerUnitUnion], { description: 'Its lead owners on `before`, the Office or Post itself (empty: it was blank).' })
  before(@Root() change: DutyOwnerChange): EntityRef[] {
    return change.before.map(ownerRef);
  }

  @FieldResolver(() => [DutyOwnerUnitUnion], { description: 'Its lead owners on `after`, the Office or Post itself (empty: it is blank).' })
  after(@Root() change: DutyOwnerChange): EntityRef[] {
    return change.after.map(ownerRef);
  }
}

/** A node of an explanation path as the entity itself: a Duty (its title), an Office, a Post or a Person (names gated as Person's are). */
function pathNodeRef(node: PathNodeView): EntityRef {
  if (node.label === 'Duty') return { label: 'Duty', id: node.id, title: node.name, titleEn: node.nameEn } as EntityRef;
  if (node.label === 'Person') return { ...node.person!, label: 'Person', id: node.id } as EntityRef;
  return { label: node.label, id: node.id, name: node.name, nameEn: node.nameEn } as EntityRef;
}

@Resolver(() => PathStep)
export class PathStepReferenceResolver {
  @FieldResolver(() => Node, { description: 'Where the step starts (the Duty, on the first step): the entity itself.' })
  from(@Root() step: PathStep): EntityRef {
    return pathNodeRef(step.from);
  }

  @FieldResolver(() => Node, { description: 'Where the step ends (a Person, on the last step): the entity itself.' })
  to(@Root() step: PathStep): EntityRef {
    return pathNodeRef(step.to);
  }
}
