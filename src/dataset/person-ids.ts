import crypto from 'node:crypto';

/**
 * Person ids are opaque (docs/privacy.md): `person:` and ten characters of digits and consonants.
 * They come from randomness (or, for generated towns, a hash of the town and the sample id), never
 * from a name, and without vowels no id can spell one. An id is handed to every role (it links the
 * answers about one person), so it must say nothing about who the person is.
 */
export const PERSON_ID_ALPHABET = '0123456789bcdfghjkmnpqrstvwxz';
export const PERSON_ID_LENGTH = 10;
export const OPAQUE_PERSON_ID = new RegExp(`^person:[${PERSON_ID_ALPHABET}]{${PERSON_ID_LENGTH}}$`);

function encode(bytes: Uint8Array): string {
  let id = '';
  for (let i = 0; id.length < PERSON_ID_LENGTH; i += 1) {
    const byte = bytes[i % bytes.length] ?? 0;
    // 29 symbols: bytes 0..231 map evenly (8 × 29 = 232); the rest are skipped.
    if (byte < 232) id += PERSON_ID_ALPHABET[byte % PERSON_ID_ALPHABET.length];
    if (i > bytes.length * 4) break;
  }
  return `person:${id}`;
}

/** A fresh random person id. */
export function newPersonId(): string {
  return encode(crypto.randomBytes(32));
}

/** A person id fixed by a seed (generated towns: the town prefix and the sample id), unrelated to any name. */
export function derivedPersonId(seed: string): string {
  return encode(crypto.createHash('sha256').update(seed).digest());
}

/** Words of a name (Latin letters, at least two) that an id must not contain. */
function nameWords(names: readonly (string | undefined)[]): string[] {
  const words = names.flatMap((name) => (name ?? '').toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z]+/));
  const joined = names.map((name) => (name ?? '').toLowerCase().replace(/[^a-z]/g, '')).filter((word) => word.length >= 4);
  return [...new Set([...words.filter((word) => word.length >= 2), ...joined])];
}

/** The name word an id spells, if any: `person:jin-dan` for "Jin Dan" spells "jin". */
export function nameSpelledBy(id: string, names: readonly (string | undefined)[]): string | undefined {
  const local = id.slice(id.lastIndexOf(':') + 1).toLowerCase();
  const parts = local.split(/[^a-z]+/).filter(Boolean);
  return nameWords(names).find((word) => parts.includes(word) || (word.length >= 3 && local.includes(word)));
}
