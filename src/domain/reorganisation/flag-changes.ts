import type { DutyFlag } from '../audit-flags';

/** One audit flag of one duty that a reorganisation makes appear or disappear. */
export interface FlagChange {
  dutyId: string;
  flag: DutyFlag;
}

/** An audit's findings as far as flags go: each duty with its flags. */
export type FlaggedDuties = readonly { duty: { id: string }; flags: readonly DutyFlag[] }[];

/** The flags that appear and disappear between two audits of the same day (null: no audit), each sorted by duty and flag. */
export function flagChanges(before: FlaggedDuties | null, after: FlaggedDuties | null): { created: FlagChange[]; removed: FlagChange[] } {
  const keys = (findings: FlaggedDuties | null) => new Set((findings ?? []).flatMap((finding) => finding.flags.map((flag) => `${finding.duty.id}\u0000${flag}`)));
  const [was, is] = [keys(before), keys(after)];
  const asChange = (key: string): FlagChange => {
    const [dutyId, flag] = key.split('\u0000') as [string, DutyFlag];
    return { dutyId, flag };
  };
  return {
    created: [...is].filter((key) => !was.has(key)).sort().map(asChange),
    removed: [...was].filter((key) => !is.has(key)).sort().map(asChange),
  };
}
