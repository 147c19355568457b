import type { GraphQLResolveInfo } from 'graphql';
import { EntityKind, LabelModel, MODEL_OF_KIND } from '../../domain/model';
import { SelectedFields, selectedItemFields } from '../common/selection';

/**
 * The parts of an entity's find statement (its `$include`) that a selection reads: a selected field
 * reads the part of its own name and the parts the model's `partsReadBy` names for it.
 */
export function entityPartsFor(model: Pick<LabelModel, 'parts' | 'partsReadBy'>, fields: SelectedFields): string[] {
  const parts = new Set<string>();
  for (const field of fields.keys()) {
    if (model.parts.includes(field)) parts.add(field);
    for (const part of model.partsReadBy?.[field] ?? []) parts.add(part);
  }
  return [...parts].sort();
}

/** The parts of each entity that this request's lookup (`item`) or list (`connection`) selection reads. */
export function entityPartsSelected(kind: EntityKind, info: GraphQLResolveInfo, shape: 'item' | 'connection'): string[] {
  return entityPartsFor(MODEL_OF_KIND[kind], selectedItemFields(info, shape));
}
