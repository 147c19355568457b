import { MODEL_OF_LABEL } from '../../domain/model';
import type { PersonPart } from '../../repositories/entity.repository';
import { DUTY_ROUTES, DutyRoute } from '../../services/entities/person-duties';
import { FieldArgs, SelectedFields } from '../common/selection';
import { entityPartsFor } from './entity.selection';

/** The part of the person statement that computes the duties of each route. */
const DUTY_PART_OF_ROUTE: Readonly<Record<DutyRoute, PersonPart>> = { POST: 'postDuties', OFFICE: 'officeDuties' };

/** `duties` reads the routes its selections name in `through`; one selection without it reads both. */
function dutyParts(selections: readonly FieldArgs[]): PersonPart[] {
  const routes = selections.flatMap((args) => (args.through ? [args.through as DutyRoute] : DUTY_ROUTES));
  return routes.map((route) => DUTY_PART_OF_ROUTE[route]);
}

/**
 * The parts of a person that a selection reads, from the selected field paths of the person and their
 * arguments: the model's parts (workload counts all the lists), and the routes `duties` asks for.
 */
export function personPartsFor(fields: SelectedFields): PersonPart[] {
  const parts = new Set(entityPartsFor(MODEL_OF_LABEL.Person, fields) as PersonPart[]);
  for (const part of dutyParts(fields.get('duties') ?? [])) parts.add(part);
  return [...parts].sort();
}
