import { ArgsType, Field, Int } from 'type-graphql';
import { IsInt, Matches, Max, MaxLength, Min } from 'class-validator';
import { TownshipAsOfArgs } from '../common/as-of.args';
import { QUERY_MAX_LENGTH } from '../../search/duty-search';
import { DEFAULT_ANSWERS, MAX_ANSWERS } from '../../services/responsibility.service';

@ArgsType()
export class WhoIsResponsibleArgs extends TownshipAsOfArgs {
  @Field(() => String, { description: `A duty in the town's words, Chinese or English (e.g. 村级组织建设, "village organisation"), or a duty id; at most ${QUERY_MAX_LENGTH} characters.` })
  @Matches(/\S/, { message: 'query must say what you are looking for: a duty in Chinese or English, or a duty id' })
  @MaxLength(QUERY_MAX_LENGTH, { message: `query must be at most ${QUERY_MAX_LENGTH} characters` })
  query!: string;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_ANSWERS, description: `How many matching duties to answer for, best first (1–${MAX_ANSWERS}).` })
  @IsInt()
  @Min(1)
  @Max(MAX_ANSWERS)
  first: number = DEFAULT_ANSWERS;
}
