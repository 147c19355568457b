import type { ClassType } from 'type-graphql';
import { fileStemOf, MODEL, NodeLabel } from '../../domain/model';
import { LabelRegistry } from '../../domain/label-registry';

/**
 * The input class of each label's createX(id, input) and updateX(id, input), named `<Label>Input` and
 * registered by the label's own file: `@EntityInput('Office') export class OfficeInput` in
 * `inputs/office.input.ts`. Every field is optional there: on update an absent field keeps its value
 * and null removes it; on create the fields the dataset format requires are checked as a whole record
 * (docs/dataset-format.md), every problem at once.
 */
const INPUTS = new LabelRegistry<ClassType>('its input class', 'entity inputs (@EntityInput in graphql/mutations/inputs/<label>.input.ts)');

export function EntityInput(label: NodeLabel): (type: ClassType) => void {
  return (type) => {
    if (type.name !== `${label}Input`) throw new Error(`${type.name}: the input class of ${label} must be named ${label}Input (the SDL's name)`);
    INPUTS.register(label, type);
  };
}

// Each label's own input file, `inputs/<stem>.input.ts`, registers its class as it loads.
for (const entry of MODEL) require(`./inputs/${fileStemOf(entry)}.input`);

/** The input class of each label asked (the model's), by label; a label with none, or a class of a label not asked, fails naming it. */
export function registeredInputs(labels: readonly string[]): ReadonlyMap<string, ClassType> {
  const inputs = INPUTS.each(labels);
  return new Map(labels.map((label, index) => [label, inputs[index] as ClassType]));
}
