import { PostLevelEnum, PostRankEnum } from '../common/enums';
import { ArgsType, Field } from 'type-graphql';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { POST_LEVELS, POST_RANKS } from '../../dataset/records/enums';
import { EntityListArgs, sortEnum } from './entity.args';

export const PostSortFieldEnum = sortEnum('PostSortField', 'posts', {
  ID: 'The post id.',
  NAME: 'The official name.',
  NAME_EN: 'The English name.',
  LEVEL: 'The level (LEADERSHIP, MIDDLE, …).',
  RANK: 'The rank (PRINCIPAL, DEPUTY, MEMBER).',
  FROM: 'The day it was created.',
});
export type PostSortField = keyof typeof PostSortFieldEnum;

@ArgsType()
export class PostListArgs extends EntityListArgs {
  @Field(() => PostLevelEnum, { nullable: true, description: `Only posts of this level: ${POST_LEVELS.join(', ')}.` })
  @IsOptional()
  @IsIn([...POST_LEVELS])
  level?: string | null;

  @Field(() => PostRankEnum, { nullable: true, description: `Only posts of this rank: ${POST_RANKS.join(', ')}.` })
  @IsOptional()
  @IsIn([...POST_RANKS])
  rank?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Also posts that do not exist on the day (not yet created, or cut). Default: false.' })
  @IsOptional()
  @IsBoolean()
  includeClosed: boolean = false;

  @Field(() => PostSortFieldEnum, { nullable: true, defaultValue: 'ID', description: 'What to sort by. Default: ID.' })
  @IsOptional()
  sort: PostSortField = 'ID';
}
