import { PartyOrganizationKindEnum } from '../common/enums';
import { ArgsType, Field } from 'type-graphql';
import { IsIn, IsOptional } from 'class-validator';
import { PARTY_ORGANIZATION_KINDS } from '../../dataset/records/enums';
import { EntityListArgs, sortEnum } from './entity.args';

export const PartyOrganizationSortFieldEnum = sortEnum('PartyOrganizationSortField', 'party organisations', {
  ID: 'The organisation id.',
  NAME: 'The official name.',
  NAME_EN: 'The English name.',
  KIND: 'The kind (TOWN_COMMITTEE, BRANCH, …).',
});
export type PartyOrganizationSortField = keyof typeof PartyOrganizationSortFieldEnum;

@ArgsType()
export class PartyOrganizationListArgs extends EntityListArgs {
  @Field(() => PartyOrganizationKindEnum, { nullable: true, description: `Only organisations of this kind: ${PARTY_ORGANIZATION_KINDS.join(', ')}.` })
  @IsOptional()
  @IsIn([...PARTY_ORGANIZATION_KINDS])
  kind?: string | null;

  @Field(() => PartyOrganizationSortFieldEnum, { nullable: true, defaultValue: 'ID', description: 'What to sort by. Default: ID.' })
  @IsOptional()
  sort: PartyOrganizationSortField = 'ID';
}
