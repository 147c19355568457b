import crypto from 'node:crypto';
import { EMBEDDING_MODELS, EmbeddingLanguage } from '../embedding/embedding-models';
import { isChinese, searchTerms } from './search-terms';

/**
 * What of a duty is embedded and searched. A duty has up to two meanings, each a passage in one
 * language read by that language's model: the Chinese one (title, description, Chinese keywords)
 * and the English one (English title, description and keywords). A meaning is stored once per
 * distinct text as a (:DutyMeaning {key}) node that every duty with that text points to (MEANS):
 * a province repeats the same titles in every town, so the vectors, and the work of computing
 * them, grow with distinct texts, not with towns.
 */
export interface DutyTexts {
  title: string;
  titleEn: string | null;
  description: string | null;
  descriptionEn: string | null;
  keywords: readonly string[];
  /** The responsibility-list fields as one text (legal bases, accountability, integrity risks): searched by words only. */
  listText?: string | null;
}

export interface DutyMeaning {
  /** sha256 of the model's artifact and the text: another model or another text is another meaning. */
  key: string;
  language: EmbeddingLanguage;
  text: string;
}

function passage(parts: readonly (string | null | undefined)[], terms: readonly string[], separator: string): string {
  const head = parts.filter((part): part is string => Boolean(part && part.trim())).map((part) => part.trim());
  return [...head, ...(terms.length > 0 ? [terms.join(separator)] : [])].join(' ').trim();
}

export function meaningKey(language: EmbeddingLanguage, text: string): string {
  return crypto.createHash('sha256').update(`${EMBEDDING_MODELS[language].artifact}\n${text}`).digest('hex');
}

/** The duty's meanings: Chinese always (the title is Chinese), English when it has English text. */
export function dutyMeanings(duty: DutyTexts): DutyMeaning[] {
  const chineseTerms = duty.keywords.filter((keyword) => isChinese(keyword));
  const englishTerms = duty.keywords.filter((keyword) => !isChinese(keyword));
  const texts: [EmbeddingLanguage, string][] = [['zh', passage([duty.title, duty.description], chineseTerms, '、')]];
  const english = passage([duty.titleEn, duty.descriptionEn], englishTerms, ', ');
  if (english.length > 0) texts.push(['en', english]);
  return texts.map(([language, text]) => ({ key: meaningKey(language, text), language, text }));
}

/** The duty's words for full-text search (`Duty.searchText`, see search-terms.ts), space-separated. */
export function dutySearchText(duty: DutyTexts): string {
  return searchTerms([duty.title, duty.titleEn, duty.description, duty.descriptionEn, ...duty.keywords, duty.listText].filter(Boolean).join(' \n ')).join(' ');
}

/** A meaning as the row that stores it: its model's artifact and vector property; `vector` filled in before the write. */
export interface MeaningRow extends DutyMeaning {
  artifact: string;
  property: string;
  vector: number[] | null;
}

/** The distinct meanings among these, as rows to store. */
export function meaningRows(meanings: readonly DutyMeaning[]): MeaningRow[] {
  return [...new Map(meanings.map((meaning) => [meaning.key, meaning])).values()].map((meaning) => ({
    ...meaning,
    artifact: EMBEDDING_MODELS[meaning.language].artifact,
    property: EMBEDDING_MODELS[meaning.language].vectorProperty,
    vector: null,
  }));
}
