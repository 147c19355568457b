import { Field, ID, InputType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { DateScalar } from '../../common/date.scalar';
import { IdField, TextField } from '../../../dataset/records/fields';
import { NAME_MAX, TITLE_MAX } from '../../../dataset/records/dated-edge';
import { EntityInput } from '../entity-inputs';

const optional = { optional: true } as const;

@EntityInput('Document')
@InputType({ description: 'The fields of a document that defines posts or duties.' })
export class DocumentInput {
  @Field(() => String, { nullable: true, description: 'Title (required on create).' }) @TextField(TITLE_MAX, optional) title?: string | null;
  @Field(() => String, { nullable: true, description: 'English title.' }) @TextField(TITLE_MAX, optional) titleEn?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Day of issue.' }) @IsOptional() issuedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Who issued it.' }) @TextField(NAME_MAX, optional) issuer?: string | null;
  @Field(() => ID, { nullable: true, description: 'The township it belongs to.' }) @IdField(optional) township?: string | null;
}
