/**
 * What each label's own files register as they load (its GraphQL type, lookup resolver, record class,
 * item decoder, mutation input), keyed by its label, kind or record list, so no shared table lists
 * the labels: one value per key (a second fails as it is registered, naming both), and `each(keys)`
 * answers one per key of the model, failing with every key that has none and every key the model lacks
 * (a label's file missing or misnamed).
 */
export class LabelRegistry<T> {
  private readonly values = new Map<string, T>();

  /**
   * @param what    what one value is, for the messages: `an entity type`, `its record class`
   * @param where   where a label registers it, for the message of a missing one
   * @param nameOf  how a value is named in a message (a class by its name)
   */
  constructor(
    private readonly what: string,
    private readonly where: string,
    private readonly nameOf: (value: T) => string = (value) => (typeof value === 'function' ? value.name : String(value)),
  ) {}

  register(key: string, value: T): void {
    const taken = this.values.get(key);
    if (taken !== undefined && taken !== value) throw new Error(`${this.nameOf(value)}: ${key} already has ${this.what} (${this.nameOf(taken)})`);
    this.values.set(key, value);
  }

  get(key: string): T | undefined {
    return this.values.get(key);
  }

  has(key: string): boolean {
    return this.values.has(key);
  }

  /** The value of each key, in the keys' order; exactly the keys asked must have one. */
  each(keys: readonly string[]): T[] {
    const missing = keys.filter((key) => !this.values.has(key)).map((key) => `${key} has none`);
    const extra = [...this.values.keys()].filter((key) => !keys.includes(key)).map((key) => `${key} is not in the model`);
    if (missing.length > 0 || extra.length > 0) throw new Error(`${this.where}: ${[...missing, ...extra].join('; ')}`);
    return keys.map((key) => this.values.get(key) as T);
  }
}
