import type { StatementRunner } from '../db/executor';
import { int } from '../db/values';
import type { DutyEvidence } from '../domain/duty-evidence';
import type { DutyHit, MatchKind } from '../domain/responsibility-answer';
import type { Calibration } from '../domain/search-confidence';
import { list, optionalString, toDutyEvidence } from './duty-audit.repository';

export interface ResponsibilitySearch {
  /** The question as typed, trimmed: an exact duty id matches it. */
  query: string;
  /** The escaped query for the `duty_words` index, or null when the question has no words. */
  lucene: string | null;
  /** The question's search words, each with its spelling alternatives. */
  terms: string[][];
  /** The normalised lower-case question, compared with title and titleEn. */
  exactTitle: string;
  /** The question's vector, by the model of its language. */
  vector: number[];
  vectorIndex: string;
  vectorProperty: string;
  /** Meanings the vector index answers before the township filter. */
  vectorCandidates: number;
  calibration: Calibration;
  asOf: string;
  township: string | null;
  first: number;
  /** How many full-text hits to rank before the township filter and `first`. */
  candidates: number;
}

export interface ResponsibilityRows {
  dataFrom: string | null;
  townshipFound: boolean;
  /** Best first. */
  hits: DutyHit[];
  /** The hits, their parents and their nearest owned ancestors. */
  evidence: DutyEvidence[];
}

const MATCH_KINDS: readonly MatchKind[] = ['ID', 'TITLE', 'WORDS', 'MEANING', 'BOTH'];

export class ResponsibilityRepository {
  static readonly queries = ['responsibility/who-is-responsible'] as const;

  constructor(private readonly executor: StatementRunner) {}

  /** One statement: the ranked duties and all the evidence their answers show. */
  async findResponsible(search: ResponsibilitySearch): Promise<ResponsibilityRows> {
    const [row] = await this.executor.query('responsibility/who-is-responsible', {
      query: search.query,
      lucene: search.lucene,
      terms: search.terms,
      exactTitle: search.exactTitle,
      vector: search.vector,
      vectorIndex: search.vectorIndex,
      vectorProperty: search.vectorProperty,
      vectorCandidates: int(search.vectorCandidates),
      calibration: search.calibration,
      asOf: search.asOf,
      township: search.township,
      first: int(search.first),
      candidates: int(search.candidates),
    });
    if (!row) throw new Error('responsibility/who-is-responsible returned no row');
    const nearest = new Map(list(row.nearest).map((raw) => [String(raw.of), { id: String(raw.id), distance: Number(raw.distance) }]));
    return {
      dataFrom: optionalString(row.dataFrom),
      townshipFound: row.townshipFound === true,
      hits: list(row.hits).map((raw) => {
        const id = String(raw.id);
        const matchedBy = MATCH_KINDS.find((kind) => kind === raw.matchedBy) ?? 'WORDS';
        return {
          id,
          matchedBy,
          confidence: Number(raw.confidence ?? 0),
          meaning: Number(raw.meaning ?? 0),
          words: Number(raw.words ?? 0),
          nearestOwned: nearest.get(id) ?? null,
        };
      }),
      evidence: list(row.evidence).map(toDutyEvidence),
    };
  }
}
