import { Field, InputType } from 'type-graphql';
import { TextField } from '../../../dataset/records/fields';
import { NAME_MAX } from '../../../dataset/records/dated-edge';
import { EntityInput } from '../entity-inputs';

const optional = { optional: true } as const;

@EntityInput('Department')
@InputType({ description: 'The fields of a city functional department.' })
export class DepartmentInput {
  @Field(() => String, { nullable: true, description: 'Official name (required on create).' }) @TextField(NAME_MAX, optional) name?: string | null;
  @Field(() => String, { nullable: true, description: 'English name.' }) @TextField(NAME_MAX, optional) nameEn?: string | null;
}
