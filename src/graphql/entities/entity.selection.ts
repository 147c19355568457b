import type { GraphQLResolveInfo } from 'graphql';
import { EntityKind, LabelModel, MODEL_OF_KIND } from '../../domain/model';
import { SelectedFields, selectedItemFields } from '../common/selection';
import { dayOfFields } from './day-fields';

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


/** What a root field's statement is asked for its entities: the day of its fields and the parts its selection reads. */
export interface EntitySelection {
  asOf: string;
  include: string[];
}

/**
 * The day (`dayOfFields`: the day the day fields ask, else the root's asOf, else today; two days are
 * refused) and the parts of each entity that this request's lookup (`item`) or list (`connection`) reads.
 */
export function entitySelected(
  kind: EntityKind,
  info: GraphQLResolveInfo,
  shape: 'item' | 'connection',
  rootAsOf: string | null | undefined,
  partsFor: (fields: SelectedFields) => string[] = (fields) => entityPartsFor(MODEL_OF_KIND[kind], fields),
): EntitySelection {
  const fields = selectedItemFields(info, shape);
  return { asOf: dayOfFields(kind, fields, rootAsOf, info.fieldName), include: partsFor(fields) };
}
