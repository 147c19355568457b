import { ArgsType, Field, Int } from 'type-graphql';
import { IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { TownshipAsOfArgs } from '../common/as-of.args';
import { QUERY_MAX_LENGTH } from '../../search/duty-search';
import { DEFAULT_ANSWERS, MAX_ANSWERS } from '../../services/responsibility.service';

/** A question about a duty: the text, the day and the township. */
@ArgsType()
export class DutyQuestionArgs extends TownshipAsOfArgs {
  @Field(() => String, { description: `A duty in the town's words, Chinese or English (e.g. 村级组织建设, "village organisation"), or a duty id; at most ${QUERY_MAX_LENGTH} characters.` })
  @Matches(/\S/, { message: 'query must say what you are looking for: a duty in Chinese or English, or a duty id' })
  @MaxLength(QUERY_MAX_LENGTH, { message: `query must be at most ${QUERY_MAX_LENGTH} characters` })
  query!: string;
}

/** dutySearch: the best `first` candidates. */
@ArgsType()
export class DutySearchArgs extends DutyQuestionArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_ANSWERS, description: `How many matching duties to answer for, best first (1–${MAX_ANSWERS}).` })
  @IsInt()
  @Min(1)
  @Max(MAX_ANSWERS)
  first: number = DEFAULT_ANSWERS;
}

/** whoIsResponsible: a page of the ranking, both ways (the page arguments of common/pagination.ts, at most MAX_ANSWERS). */
@ArgsType()
export class WhoIsResponsibleArgs extends DutyQuestionArgs {
  @Field(() => Int, { nullable: true, description: `How many answers from the best (after \`after\`), 1–${MAX_ANSWERS}. Default ${DEFAULT_ANSWERS} when \`last\` is not given; not together with \`last\`.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ANSWERS)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Answers ranked after this cursor (the endCursor of the previous page).' })
  @IsOptional()
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `How many answers from the end of the ranking (before \`before\`), 1–${MAX_ANSWERS}; not together with \`first\`.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ANSWERS)
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Answers ranked before this cursor (the startCursor of the next page).' })
  @IsOptional()
  before?: string | null;
}
