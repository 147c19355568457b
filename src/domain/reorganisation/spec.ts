/** What a reorganisation asks for (the `reorganize` mutation's input, as plain data). */

export interface NewOfficeSpec {
  id: string;
  name: string;
  nameEn?: string | null;
  kind: string;
}
export interface OfficeClosureSpec {
  office: string;
  /** The offices taking over its work; empty: withdrawn. */
  mergedInto: string[];
}
export interface NewPostSpec {
  id: string;
  name: string;
  nameEn?: string | null;
  level: string;
  rank: string;
  singleHolder?: boolean | null;
  unit: string;
  deputyOf?: string | null;
  inChargeOf?: string[] | null;
}
export interface DutyOwnersSpec {
  duty: string;
  owners: { owner: string; role: string }[];
  overrideReason?: string | null;
}
export interface ReorganizationSpec {
  township: string;
  on: string;
  note?: string | null;
  createOffices?: NewOfficeSpec[] | null;
  closeOffices?: OfficeClosureSpec[] | null;
  createPosts?: NewPostSpec[] | null;
  movePosts?: { post: string; unit: string }[] | null;
  cutPosts?: string[] | null;
  reassignDuties?: DutyOwnersSpec[] | null;
  moveVillages?: { village: string; unit: string }[] | null;
  leadersInCharge?: { post: string; office: string }[] | null;
}

/** The field path of an entry of one of the spec's lists: `input.closeOffices[0].office`. */
export function at(list: string, index: number, field?: string): string {
  return `input.${list}[${index}]${field ? `.${field}` : ''}`;
}
