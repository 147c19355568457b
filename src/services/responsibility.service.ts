import { DUTY_FLAGS, DutyFlag } from './audit-flags';
import { BadUserInputError, NotFoundError } from '../errors';
import type { ResponsibilityRepository } from '../repositories/responsibility.repository';
import { assertWithinData, resolveAsOf } from './as-of';
import { evidenceById } from './duty-evidence';
import { buildDutySearch, QUERY_MAX_LENGTH } from './duty-search';
import { answerFor, DutyAnswerView } from './responsibility-answer';

export const DEFAULT_ANSWERS = 5;
export const MAX_ANSWERS = 50;
/**
 * Full-text hits ranked before `first` is applied (a named township is filtered inside the index,
 * so its candidates are its own duties).
 */
export const SEARCH_CANDIDATES = 200;

export interface WhoIsResponsibleInput {
  query: string;
  asOf?: string | null;
  township?: string | null;
  first?: number | null;
}

/** "Who is responsible for X?": X as Chinese or English text, or a duty id. */
export class ResponsibilityService {
  constructor(private readonly repository: ResponsibilityRepository) {}

  /**
   * The matching duties, best first: an exact duty id alone; else exact titles (title or titleEn,
   * any case), then full-text relevance. Each with owners, people, leaders in charge, the fallback
   * for a vacancy, the nearest owned ancestor of a blank duty, and the paths that explain it.
   * No match is an empty list.
   */
  async whoIsResponsible(input: WhoIsResponsibleInput, shown: readonly DutyFlag[] = DUTY_FLAGS): Promise<DutyAnswerView[]> {
    const query = input.query.trim();
    if (query.length === 0) throw BadUserInputError.of('query', 'say what you are looking for: a duty in Chinese or English, or a duty id');
    if (query.length > QUERY_MAX_LENGTH) throw BadUserInputError.of('query', `at most ${QUERY_MAX_LENGTH} characters`);
    const first = input.first ?? DEFAULT_ANSWERS;
    if (!Number.isInteger(first) || first < 1 || first > MAX_ANSWERS) throw BadUserInputError.of('first', `between 1 and ${MAX_ANSWERS}`);
    const asOf = resolveAsOf(input.asOf);
    const township = input.township ?? null;
    const search = buildDutySearch(query, township);

    const rows = await this.repository.findResponsible({
      query,
      lucene: search.lucene,
      exactTitle: search.exactTitle,
      asOf,
      township,
      first,
      candidates: SEARCH_CANDIDATES,
    });
    if (township !== null && !rows.townshipFound) throw new NotFoundError('Township', township, 'township');
    assertWithinData(asOf, rows.dataFrom);

    const evidence = evidenceById(rows.evidence);
    // A flag the caller may not see (visibleFlags) is left out of the answer.
    return rows.hits.flatMap((hit) => answerFor(hit, evidence) ?? []).map((answer) => ({ ...answer, flags: answer.flags.filter((flag) => shown.includes(flag)) }));
  }
}
