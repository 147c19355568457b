import { OFFICE_KINDS } from '../dataset/records/enums';
import { DUTY_FLAGS, DutyFlag, FlagCounts } from './audit-flags';

/** How a township's front page lists its counts: every known kind or flag, zero included, in a fixed order. */

/** Every known office kind (zero included), then any other kind found, as found. */
export function officeKindCounts(found: readonly { kind: string; count: number }[]): { kind: string; count: number }[] {
  const known = OFFICE_KINDS.map((kind) => ({ kind, count: found.find((entry) => entry.kind === kind)?.count ?? 0 }));
  const others = found.filter((entry) => !(OFFICE_KINDS as readonly string[]).includes(entry.kind));
  return [...known, ...others];
}

/** Every flag (zero included), in DUTY_FLAGS order. */
export function flagCountList(counts: FlagCounts): { flag: DutyFlag; count: number }[] {
  return DUTY_FLAGS.map((flag) => ({ flag, count: counts[flag] }));
}
