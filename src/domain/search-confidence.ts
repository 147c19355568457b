import type { EmbeddingLanguage } from '../embedding/embedding-models';

/**
 * How sure the search is that a duty is what was asked, on one scale for every question: a
 * logistic model of measures that mean the same whatever was asked,
 *   meaning:    the cosine of the question's vector with the duty's meaning (its language's model),
 *   words:      the share of the question's search words that the duty has,
 *   meaningGap: meaning minus the best meaning among the question's candidates (≤ 0),
 *   wordsGap:   words minus the best words among them (≤ 0),
 * confidence = 1 / (1 + exp(-(bias + Σ weight·measure))), a probability.
 * An exact id or title is 1. The weights were fitted by logistic regression (`npm run eval:search --
 * --fit`) on the calibration part of the evaluation set only (bench/search-eval/), never on its
 * held-out part, and the two models' cosines have their own scale, so each has its own weights.
 */
export interface Calibration {
  bias: number;
  meaning: number;
  words: number;
  meaningGap: number;
  wordsGap: number;
}

export const CALIBRATION: Readonly<Record<EmbeddingLanguage, Calibration>> = {
  zh: { bias: -9.19, meaning: 16.44, words: 1.08, meaningGap: 26.17, wordsGap: 2.54 },
  en: { bias: -7.59, meaning: 9.18, words: 5.32, meaningGap: 21.63, wordsGap: 4.31 },
};

/** At or above this confidence an answer is given as the answer; below it, only as a suggestion. */
export const CONFIDENT_AT = 0.5;

export function isConfident(confidence: number): boolean {
  return confidence >= CONFIDENT_AT;
}
