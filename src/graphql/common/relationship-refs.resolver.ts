import { FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { Owner } from '../responsibility/responsibility.type';
import { DutyOwner, UnitRef } from '../entities/entity-refs.type';
import { TouchedEntity } from '../mutations/change-record.type';

/**
 * Relationship objects are not keyed by the id of the thing they point to (issue 15, identity is
 * honest): an owner of a duty is that office or post WITH a role over some days, so it carries no
 * `id` — a normalising client cache would otherwise merge the LEAD and the ASSIST of two answers,
 * or two days, into one object. It names what it points to through `owner`, a reference keyed by
 * the entity's id that carries only what does not depend on the day (label and names). A change
 * record's touched entity names it by `entityId`, for the same reason.
 */
interface OwnerFacts {
  id: string;
  kind: string;
  name: string;
  nameEn: string | null;
}

function ownerRef(owner: OwnerFacts): UnitRef {
  return { id: owner.id, label: owner.kind === 'POST' ? 'Post' : 'Office', name: owner.name, nameEn: owner.nameEn };
}

const DESCRIPTION = 'The office or post that owns the duty (this object is the relationship: that owner, with this role, over these days).';

@Resolver(() => Owner)
export class OwnerReferenceResolver {
  @FieldResolver(() => UnitRef, { description: DESCRIPTION })
  owner(@Root() owner: Owner): UnitRef {
    return ownerRef(owner);
  }
}

@Resolver(() => DutyOwner)
export class DutyOwnerReferenceResolver {
  @FieldResolver(() => UnitRef, { description: DESCRIPTION })
  owner(@Root() owner: DutyOwner): UnitRef {
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
