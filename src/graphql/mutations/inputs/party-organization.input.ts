import { PartyOrganizationKindEnum } from '../../common/enums';
import { Field, ID, InputType } from 'type-graphql';
import { EnumField, IdField, TextField } from '../../../dataset/records/fields';
import { NAME_MAX } from '../../../dataset/records/dated-edge';
import { PARTY_ORGANIZATION_KINDS } from '../../../dataset/records/enums';
import { EntityInput } from '../entity-inputs';

const optional = { optional: true } as const;

@EntityInput('PartyOrganization')
@InputType({ description: 'The fields of a party organisation.' })
export class PartyOrganizationInput {
  @Field(() => String, { nullable: true, description: 'Official name (required on create).' }) @TextField(NAME_MAX, optional) name?: string | null;
  @Field(() => String, { nullable: true, description: 'English name.' }) @TextField(NAME_MAX, optional) nameEn?: string | null;
  @Field(() => PartyOrganizationKindEnum, { nullable: true, description: `Kind (required on create): ${PARTY_ORGANIZATION_KINDS.join(', ')}.` }) @EnumField(PARTY_ORGANIZATION_KINDS, optional) kind?: string | null;
  @Field(() => ID, { nullable: true, description: 'The township it is IN (town committee and branches).' }) @IdField(optional) township?: string | null;
  @Field(() => ID, { nullable: true, description: 'The department it is OF (department party committees).' }) @IdField(optional) department?: string | null;
}
