import type { MiddlewareFn } from 'type-graphql';
import type { RequestContext } from '../../context';
import { BadUserInputError, InputProblem, NotFoundError } from '../../errors';

/**
 * Every problem of a mutation at once: the format problems of its arguments (kept in the context by
 * validateArgs instead of thrown) joined with those its rules find (references, dates, conflicts of
 * history), in one BAD_USER_INPUT. A rule's problem on a field that already has a format problem is
 * left out (an id that is malformed is also unknown). Nothing commits while format problems exist.
 */
export const AllInputProblems: MiddlewareFn<RequestContext> = async ({ context }, next) => {
  try {
    return await next();
  } catch (error) {
    const format = context.inputProblems;
    if (format.length === 0) throw error;
    const found: InputProblem[] =
      error instanceof BadUserInputError ? error.problems : error instanceof NotFoundError ? [{ field: String(error.extensions.field ?? 'id'), message: error.message }] : [];
    const atFault = new Set(format.map((problem) => problem.field));
    const seen = new Set<string>();
    const problems = [...format, ...found.filter((problem) => !atFault.has(problem.field))].filter((problem) => {
      const key = `${problem.field}\n${problem.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    throw new BadUserInputError(problems);
  }
};
