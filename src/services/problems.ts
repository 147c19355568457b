import { BadUserInputError } from '../errors';
import { ProblemList } from '../domain/problems';

/** The domain's problem list, and the one place a service fails with all of it (BAD_USER_INPUT). */
export class Problems extends ProblemList {
  throwIfAny(): void {
    if (this.list.length > 0) throw new BadUserInputError(this.list);
  }
}
