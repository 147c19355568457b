import type { StatementRunner } from '../db/executor';
import { decodeOnlyRow } from '../db/row-decoder';
import { int } from '../db/values';
import type { DutyEvidence } from '../domain/duty-evidence';
import type { DutyHit } from '../domain/responsibility-answer';
import type { Calibration } from '../domain/search-confidence';
import { whoIsResponsibleRow } from './rows/responsibility.rows';
import type { PageRequest, Position } from '../domain/page';
import { pageParameter } from './page';

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
  /** The page of the ranked list. */
  page: PageRequest;
  /** Page only the confident candidates when the best one is (whoIsResponsible); else every candidate. */
  confidentOnly: boolean;
  /** The confidence from which a candidate is an answer (domain/search-confidence.ts). */
  confidentAt: number;
  /** How many full-text hits to rank before the township filter and the page. */
  candidates: number;
}

export interface ResponsibilityRows {
  dataFrom: string | null;
  townshipFound: boolean;
  /** The page, best first. */
  hits: DutyHit[];
  /** Where each hit sits in the ranking (its cursor). */
  positions: Position[];
  totalCount: number;
  hasPreviousPage: boolean;
  hasNextPage: boolean;
  /** The hits, their parents and their nearest owned ancestors. */
  evidence: DutyEvidence[];
}

export class ResponsibilityRepository {
  static readonly queries = ['responsibility/who-is-responsible'] as const;

  constructor(private readonly executor: StatementRunner) {}

  /** One statement: the ranked duties and all the evidence their answers show. */
  async findResponsible(search: ResponsibilitySearch): Promise<ResponsibilityRows> {
    const statement = 'responsibility/who-is-responsible';
    const rows = await this.executor.query(statement, {
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
      page: pageParameter(search.page),
      confidentOnly: search.confidentOnly,
      confidentAt: search.confidentAt,
      candidates: int(search.candidates),
    });
    const row = decodeOnlyRow(statement, whoIsResponsibleRow, rows);
    const nearest = new Map(row.nearest.map((owned) => [owned.of, { id: owned.id, distance: owned.distance }]));
    return {
      dataFrom: row.dataFrom,
      townshipFound: row.townshipFound,
      hits: row.hits.map((hit) => ({ ...hit, nearestOwned: nearest.get(hit.id) ?? null })),
      positions: row.positions,
      totalCount: row.totalCount,
      hasPreviousPage: row.hasPreviousPage,
      hasNextPage: row.hasNextPage,
      evidence: row.evidence,
    };
  }
}
