import { ArgsType, Field } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { EntityListArgs, sortEnum } from './entity.args';

export const PersonSortFieldEnum = sortEnum('PersonSortField', 'people', {
  ID: 'The person id.',
  NAME: 'The name.',
  NAME_EN: 'The English name.',
  BIRTH_DATE: 'The birth date (oldest first when ascending).',
});
export type PersonSortField = keyof typeof PersonSortFieldEnum;

@ArgsType()
export class PersonListArgs extends EntityListArgs {
  @Field(() => PersonSortFieldEnum, { nullable: true, defaultValue: 'ID', description: 'What to sort by. Default: ID.' })
  @IsOptional()
  sort: PersonSortField = 'ID';
}
