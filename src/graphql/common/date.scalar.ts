import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/**
 * A calendar day, `YYYY-MM-DD`, kept as a string all the way to Cypher's `date($asOf)`.
 * Validation is graphql-scalars' LocalDate; only the name differs, because the contract says `Date`.
 */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar day, RFC 3339 full-date: YYYY-MM-DD (e.g. 2008-09-01), no time and no time zone. Clients map it to a string (docs/front-end-contract.md).',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
});

/**
 * An instant, RFC 3339 date-time in UTC (`2026-12-01T14:06:52.123Z`), for when something happened
 * (a change record's `at`). Sent as the stored ISO string; parsed and checked as graphql-scalars' DateTime on input.
 */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  name: 'DateTime',
  description: 'An instant, RFC 3339 date-time in UTC, e.g. 2026-12-01T14:06:52.123Z. Clients map it to a string (docs/front-end-contract.md).',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: (value: unknown) => {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
    throw new TypeError(`DateTime cannot represent ${String(value)}`);
  },
});
