import { ArgsType, Field } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { EntityListArgs, sortEnum } from './entity.args';

export const DocumentSortFieldEnum = sortEnum('DocumentSortField', 'documents', {
  ID: 'The document id.',
  TITLE: 'The official title.',
  TITLE_EN: 'The English title.',
  ISSUED_ON: 'The day it was issued.',
});
export type DocumentSortField = keyof typeof DocumentSortFieldEnum;

@ArgsType()
export class DocumentListArgs extends EntityListArgs {
  @Field(() => DocumentSortFieldEnum, { nullable: true, defaultValue: 'ID', description: 'What to sort by. Default: ID.' })
  @IsOptional()
  sort: DocumentSortField = 'ID';
}
