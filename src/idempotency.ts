import crypto from 'node:crypto';
import { BadUserInputError, IdempotencyKeyReusedError } from './errors';

/** What a client may send as `Idempotency-Key`: 1 to 128 letters, digits and `._:-` (a UUID fits). */
const KEY = /^[A-Za-z0-9._:-]{1,128}$/;

/** The stored side of one write under a key (an :IdempotencyKey node, written in the write's own transaction). */
export interface StoredWrite {
  hash: string | null;
  result: string | null;
}

/** One write of a request under its key: the node's key, and the hash of what the request asked for. */
export interface IdempotentSlot {
  /** Caller, key and the write's position in the request: `actor`, `key`, `#n`. */
  key: string;
  hash: string;
}

/** JSON with object keys sorted, so two equal values always give the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * Per request: the caller's `Idempotency-Key` (if any) with the hash of the operation and its
 * variables, and whether the answer repeats an earlier write instead of applying one.
 *
 * The n-th write of a request under key K is stored as `actor K #n` in the same transaction as the
 * write, with the hash and the result. The same request sent again (a retry after a lost reply)
 * finds it and gets the stored result, marked as a replay; the same key with another operation or
 * other variables is refused with IDEMPOTENCY_KEY_REUSED.
 */
export class IdempotencyScope {
  private writes = 0;
  private replayedValue = false;
  private hashValue: string | undefined;

  constructor(
    readonly key: string | undefined,
    private readonly actor: string,
    private readonly request: { query?: unknown; operationName?: unknown; variables?: unknown },
  ) {}

  /** The request's fingerprint (operation, name, variables), computed when first needed: only a write under a key reads it. */
  get hash(): string {
    this.hashValue ??= crypto
      .createHash('sha256')
      .update(canonicalJson({ query: this.request.query ?? null, operationName: this.request.operationName ?? null, variables: this.request.variables ?? {} }))
      .digest('hex');
    return this.hashValue;
  }

  /** True when (part of) the answer repeats an earlier write rather than applying it now. */
  get replayed(): boolean {
    return this.replayedValue;
  }

  markReplayed(): void {
    this.replayedValue = true;
  }

  /** The slot of the request's next write, or undefined without a key; a malformed key is BAD_USER_INPUT. */
  nextWrite(): IdempotentSlot | undefined {
    if (this.key === undefined) return undefined;
    if (!KEY.test(this.key)) throw BadUserInputError.of('Idempotency-Key', 'must be 1 to 128 letters, digits or ._:- (a UUID is a good key)');
    this.writes += 1;
    return { key: `${this.actor}\u0000${this.key}#${this.writes}`, hash: this.hash };
  }

  /** What a stored write means for this slot: nothing stored yet (run the write), a replay, or a reused key. */
  resolve<T>(slot: IdempotentSlot, stored: StoredWrite): { replay: T } | undefined {
    if (stored.hash === null || stored.result === null) return undefined;
    if (stored.hash !== slot.hash) throw new IdempotencyKeyReusedError(this.key ?? '');
    this.markReplayed();
    return { replay: JSON.parse(stored.result) as T };
  }
}
