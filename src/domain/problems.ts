/** One thing wrong with the input: where (a field path) and what. */
export interface InputProblem {
  field: string;
  message: string;
}

/** Collects every problem of an input, so a rule reports all of them at once (the service then fails with them). */
export class ProblemList {
  readonly list: InputProblem[] = [];

  add(field: string, message: string): void {
    this.list.push({ field, message });
  }

  get empty(): boolean {
    return this.list.length === 0;
  }
}
