import { GraphQLScalarType } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';

/**
 * A calendar day, `YYYY-MM-DD`, kept as a string all the way to Cypher's `date($asOf)`.
 * Validation is graphql-scalars' LocalDate; only the name differs, because the contract says `Date`.
 */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar day in ISO 8601 form, YYYY-MM-DD (e.g. 2008-09-01). Dates carry no time zone.',
});
