/** How an office closed: its work MERGED into other offices, or WITHDRAWN with no successor. */
export const OFFICE_CLOSURE_KINDS = ['MERGED', 'WITHDRAWN'] as const;
export type OfficeClosureKind = (typeof OFFICE_CLOSURE_KINDS)[number];

/** An office that closed into other offices merged; one that closed into none was withdrawn. */
export function closureKind(mergedInto: readonly unknown[]): OfficeClosureKind {
  return mergedInto.length > 0 ? 'MERGED' : 'WITHDRAWN';
}
