import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * graphql-codegen's client preset on the committed SDL, as a front-end team would configure it:
 * `strictScalars` (every custom scalar needs a mapping, none falls back to `any`) with the mappings
 * docs/front-end-contract.md documents. Offline: the schema is the committed file, never a URL.
 * Regenerate with `npm run client:codegen`; test/unit/client-codegen.test.ts fails when test/client/gql is stale.
 */
export const SCALARS = {
  Date: 'string',
  DateTime: 'string',
} as const;

/** Where the types go: test/client/gql/, or elsewhere when a test regenerates them to compare (CLIENT_CODEGEN_OUT). */
const OUT = process.env.CLIENT_CODEGEN_OUT ?? 'test/client/gql/';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['test/client/operations/**/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    [OUT]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { strictScalars: true, scalars: SCALARS, enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;
