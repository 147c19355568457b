import { DUTY_FLAGS, DutyFlag } from '../domain/audit-flags';
import { BadUserInputError, NotFoundError } from '../errors';
import { EMBEDDING_MODELS } from '../embedding/embedding-models';
import { sharedEmbedders, Embedders } from '../embedding/embedders';

/** What a search reads of the models: the vector of a question, by its language (a test implements just this). */
export type QueryEmbedders = { readonly [L in keyof Embedders]: Pick<Embedders[L], 'embedQuery'> };
import type { ResponsibilityRepository, ResponsibilitySearch } from '../repositories/responsibility.repository';
import { isChinese, normaliseText } from '../search/search-terms';
import { spellingCorrected } from '../search/spelling';
import { assertWithinData } from './as-of';
import { resolveAsOf } from '../domain/period';
import { evidenceById } from '../domain/duty-evidence';
import { buildDutySearch, QUERY_MAX_LENGTH } from '../search/duty-search';
import { answerFor, DutyAnswerView } from '../domain/responsibility-answer';
import { CALIBRATION, CONFIDENT_AT } from '../domain/search-confidence';
import { firstPage, type PageRequest, type Paged } from '../domain/page';

export const DEFAULT_ANSWERS = 5;
export const MAX_ANSWERS = 50;
/**
 * Full-text hits ranked before `first` is applied (a named township is filtered inside the index,
 * so its candidates are its own duties).
 */
export const SEARCH_CANDIDATES = 200;
/** Meanings the vector index answers (each names the duties of every town that mean it). */
export const VECTOR_CANDIDATES = 20;

export interface WhoIsResponsibleInput {
  query: string;
  asOf?: string | null;
  township?: string | null;
  first?: number | null;
}

export interface DutySearchView {
  /** True when at least one duty matched with confidence. */
  confident: boolean;
  /** Says plainly what was found, or that nothing matched with confidence. */
  message: string;
  /** The duties that matched with confidence, best first. */
  answers: DutyAnswerView[];
  /** When nothing matched with confidence: the closest duties (each with its parent), best first. */
  suggestions: DutyAnswerView[];
}

/** "Who is responsible for X?": X as Chinese or English text (people's own words), or a duty id. */
export class ResponsibilityService {
  constructor(
    private readonly repository: ResponsibilityRepository,
    private readonly embedders: () => Promise<QueryEmbedders> = sharedEmbedders,
  ) {}

  /**
   * The confident answers, best first; when none is confident, the closest duties as suggestions
   * (each flagged `confident: false`), never an empty list while the town has duties.
   */
  async whoIsResponsible(input: WhoIsResponsibleInput, page: PageRequest, shown: readonly DutyFlag[] = DUTY_FLAGS): Promise<Paged<DutyAnswerView>> {
    return this.rankPage(input, page, true, shown);
  }

  /**
   * The hybrid search (words and meaning, one statement): every candidate ranked by a confidence
   * on one 0–1 scale; those at or above the threshold are answers, the rest suggestions.
   */
  async dutySearch(input: WhoIsResponsibleInput, shown: readonly DutyFlag[] = DUTY_FLAGS): Promise<DutySearchView> {
    const ranked = await this.rank(input, shown);
    const answers = ranked.filter((answer) => answer.confident);
    if (answers.length > 0) {
      return { confident: true, message: `${answers.length} ${answers.length === 1 ? 'duty matches' : 'duties match'} with confidence.`, answers, suggestions: [] };
    }
    return {
      confident: false,
      message:
        ranked.length > 0
          ? 'Nothing matched with confidence: the town may have no duty for this. The closest duties are suggestions only.'
          : 'Nothing matched: there are no duties to search.',
      answers: [],
      suggestions: ranked,
    };
  }

  /** Every candidate the statement ranks, best first, at most `first`. */
  async rank(input: WhoIsResponsibleInput, shown: readonly DutyFlag[] = DUTY_FLAGS): Promise<DutyAnswerView[]> {
    const first = input.first ?? DEFAULT_ANSWERS;
    if (!Number.isInteger(first) || first < 1 || first > MAX_ANSWERS) throw BadUserInputError.of('first', `between 1 and ${MAX_ANSWERS}`);
    return (await this.rankPage(input, firstPage(first), false, shown)).items;
  }

  /** A page of the ranking (of the confident candidates only when `confidentOnly` and there are any). */
  private async rankPage(input: WhoIsResponsibleInput, page: PageRequest, confidentOnly: boolean, shown: readonly DutyFlag[]): Promise<Paged<DutyAnswerView>> {
    const query = input.query.trim();
    if (query.length === 0) throw BadUserInputError.of('query', 'say what you are looking for: a duty in Chinese or English, or a duty id');
    if (query.length > QUERY_MAX_LENGTH) throw BadUserInputError.of('query', `at most ${QUERY_MAX_LENGTH} characters`);
    const asOf = resolveAsOf(input.asOf);
    const township = input.township ?? null;
    const rows = await this.repository.findResponsible({ ...(await searchParameters(query, township, asOf, await this.embedders())), page, confidentOnly, confidentAt: CONFIDENT_AT });
    if (township !== null && !rows.townshipFound) throw new NotFoundError('Township', township, 'township');
    assertWithinData(asOf, rows.dataFrom);

    const evidence = evidenceById(rows.evidence);
    // A flag the caller may not see (visibleFlags) is left out of the answer.
    const answered = rows.hits.flatMap((hit, index) => {
      const answer = answerFor(hit, evidence);
      return answer ? [{ answer: { ...answer, flags: answer.flags.filter((flag) => shown.includes(flag)) }, position: rows.positions[index]! }] : [];
    });
    const { totalCount, hasPreviousPage, hasNextPage } = rows;
    return { items: answered.map((entry) => entry.answer), positions: answered.map((entry) => entry.position), totalCount, hasPreviousPage, hasNextPage };
  }
}

/**
 * Everything the search statement is asked with: the words, the question's vector by the model of
 * its language (traditional characters read as simplified), that model's index and calibration.
 */
export async function searchParameters(
  query: string,
  township: string | null,
  asOf: string,
  embedders: QueryEmbedders,
): Promise<Omit<ResponsibilitySearch, 'page' | 'confidentOnly' | 'confidentAt'>> {
  const search = buildDutySearch(query, township);
  const text = normaliseText(query);
  const language = isChinese(text) ? 'zh' : 'en';
  const model = EMBEDDING_MODELS[language];
  const vector = await embedders[language].embedQuery(language === 'en' ? spellingCorrected(text) : text);
  return {
    query,
    lucene: search.lucene,
    terms: search.terms,
    exactTitle: search.exactTitle,
    vector,
    vectorIndex: model.vectorIndex,
    vectorProperty: model.vectorProperty,
    vectorCandidates: VECTOR_CANDIDATES,
    calibration: CALIBRATION[language],
    asOf,
    township,
    candidates: SEARCH_CANDIDATES,
  };
}
