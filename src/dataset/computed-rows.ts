import type { DatasetRecord } from './records';
import type { DutyRecord } from './records/duty.record';
import { referencesOf } from './references';
import { startColumns, WRITES } from '../domain/model';
import { dutyListText, townshipSearchKey } from '../domain/search-keys';
import { dutyMeanings, DutyMeaning, dutySearchText, DutyTexts, meaningRows } from '../search/duty-meanings';
import type { ComputedRows, DatasetRows } from './row-shapes';

/**
 * The row kinds the model marks `computed`: rows that read the search words of a duty, or the rest
 * of the file. Every other kind is built from its columns in the model (dataset/to-rows.ts).
 */
export interface ComputeContext {
  dataset: DatasetRecord;
  /** The rows built so far: every phase before this one (`WRITES` order). */
  rows: Partial<DatasetRows>;
  search: (duty: DutyRecord) => DutySearch;
}

export const COMPUTED_ROWS: { readonly [K in keyof ComputedRows]: (context: ComputeContext) => ComputedRows[K][] } = {
  duties: ({ dataset, search }) => (dataset.duties ?? []).map((duty) => dutyRow(duty, search(duty).searchText)),
  dutyMeanings: ({ dataset, search }) => meaningRows((dataset.duties ?? []).flatMap((duty) => search(duty).meanings)),
  dutyMeaningLinks: ({ dataset, search }) => (dataset.duties ?? []).map((duty) => ({ duty: duty.id, keys: search(duty).meanings.map((meaning) => meaning.key) })),
  townshipDataFrom,
};

export interface DutySearch {
  searchText: string;
  meanings: DutyMeaning[];
}

const orNull = <T>(value: T | undefined | null): T | null => (value === undefined ? null : value);

/**
 * Search words and meanings of a duty, computed once per distinct text (a province repeats the
 * same titles in every town) and once per duty record (rows of two kinds read them).
 */
export function dutySearchOf(): (duty: DutyRecord) => DutySearch {
  const byText = new Map<string, DutySearch>();
  const byRecord = new WeakMap<DutyRecord, DutySearch>();
  return (duty) => {
    const known = byRecord.get(duty);
    if (known) return known;
    const texts: DutyTexts = {
      title: duty.title,
      titleEn: orNull(duty.titleEn),
      description: orNull(duty.description),
      descriptionEn: orNull(duty.descriptionEn),
      keywords: duty.keywords ?? [],
      listText: dutyListText(duty),
    };
    const textKey = JSON.stringify(texts);
    let computed = byText.get(textKey);
    if (!computed) {
      computed = { searchText: dutySearchText(texts), meanings: dutyMeanings(texts) };
      byText.set(textKey, computed);
    }
    byRecord.set(duty, computed);
    return computed;
  };
}

function dutyRow(duty: DutyRecord, searchText: string): ComputedRows['duties'] {
  const keywords = duty.keywords ?? [];
  return {
    id: duty.id,
    title: duty.title,
    titleEn: orNull(duty.titleEn),
    description: orNull(duty.description),
    descriptionEn: orNull(duty.descriptionEn),
    category: duty.category,
    itemType: orNull(duty.itemType),
    legalBasisTitles: (duty.legalBases ?? []).map((basis) => basis.title),
    legalBasisArticles: (duty.legalBases ?? []).map((basis) => basis.article ?? ''),
    accountability: duty.accountability ?? [],
    riskPoints: (duty.integrityRisks ?? []).map((risk) => risk.risk),
    riskControls: (duty.integrityRisks ?? []).map((risk) => risk.control ?? ''),
    keywords,
    // The full-text index covers one string per property, so the list is also stored joined.
    keywordText: keywords.join(' '),
    listText: dutyListText(duty),
    townshipKey: townshipSearchKey(duty.township),
    searchText,
  };
}

/**
 * `dataFrom` of each township the file describes or names: the earliest day any of the file's
 * records or edges starts (a file describes one period), read from the start columns of every row
 * (`startColumns`: `from` and `on` of nodes and edges, a township's pilot start). The graph keeps
 * the earliest value it has seen, so importing a later CSV does not move it forward. Birth and
 * issue dates do not count.
 */
function townshipDataFrom({ dataset, rows }: ComputeContext): ComputedRows['townshipDataFrom'][] {
  let earliest: string | undefined;
  for (const write of WRITES) {
    const columns = startColumns(write);
    if (columns.length === 0) continue;
    for (const row of (rows[write.kind] ?? []) as readonly Record<string, unknown>[]) {
      for (const column of columns) {
        const day = row[column];
        if (typeof day === 'string' && day !== '' && (earliest === undefined || day < earliest)) earliest = day;
      }
    }
  }
  if (earliest === undefined) return [];
  const defined = (dataset.townships ?? []).map((township) => township.id);
  const named = referencesOf(dataset)
    .filter((reference) => reference.labels.length === 1 && reference.labels[0] === 'Township')
    .map((reference) => reference.id);
  return [...new Set([...defined, ...named])].map((township) => ({ township, dataFrom: earliest }));
}
