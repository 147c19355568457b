import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ChangeRecord, TouchedEntity } from './change-record.type';
import { ChangeArgument, changeArguments, FieldChange, fieldChanges } from './field-change.type';

/** A change record's stored JSON (arguments, before and after), answered as typed values (field-change.type.ts). */
@Resolver(() => ChangeRecord)
export class ChangeRecordValuesResolver {
  @FieldResolver(() => [ChangeArgument], { name: 'arguments', description: 'Its arguments, one per leaf value (`person`, `input.kind`), each typed; in name order.' })
  argumentValues(@Root() record: ChangeRecord): ChangeArgument[] {
    return changeArguments(record.arguments);
  }
}

@Resolver(() => TouchedEntity)
export class TouchedEntityChangesResolver {
  @FieldResolver(() => [FieldChange], { description: 'What the mutation changed on the entity: each value that differs, by path, typed before and after (a created entity: before null; a deleted one: after null).' })
  changes(@Root() touched: TouchedEntity): FieldChange[] {
    return fieldChanges(touched.before, touched.after);
  }
}
