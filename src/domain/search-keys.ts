/** The responsibility-list fields of a duty, as the dataset format holds them. */
export interface DutyListFields {
  legalBases?: { title: string; article?: string | null }[];
  accountability?: string[];
  integrityRisks?: { risk: string; control?: string | null }[];
}

/**
 * A duty's township as one full-text search word, stored as `Duty.townshipKey` and indexed in
 * `duty_words` (migration 0007): a question about one town asks Lucene for `+townshipKey:… +(words)`, so only that
 * town's duties are ranked (a province repeats every title in each town, and ranking them all
 * before keeping one town's would miss it). Ids hold only a-z 0-9 and . : _ -; every other
 * character becomes 'x', which leaves one Lucene word that needs no escaping.
 * migrations/0004_duty_search_by_township.cypher computes the same key for existing graphs.
 */
export function townshipSearchKey(townshipId: string): string {
  return `township${townshipId.replace(/[^a-z0-9]/g, 'x')}`;
}

/**
 * The words of a duty's responsibility-list fields as one string, stored as `Duty.listText`, one of
 * the texts search cuts into `Duty.searchText` (search/duty-meanings.ts; a backfill reads it back from
 * the graph): its legal bases with their articles, accountability situations, integrity
 * risk points and their control measures. "宅基地 处罚" finds a duty whose basis is 土地管理法.
 */
export function dutyListText(duty: DutyListFields): string {
  return [
    ...(duty.legalBases ?? []).flatMap((basis) => [basis.title, basis.article ?? '']),
    ...(duty.accountability ?? []),
    ...(duty.integrityRisks ?? []).flatMap((risk) => [risk.risk, risk.control ?? '']),
  ]
    .filter((text) => text.length > 0)
    .join(' ');
}
