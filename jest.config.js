/** Two kinds of tests: unit (no database) and integration (the real Neo4j, started once). */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60_000,

  projects: [
    {
      displayName: 'unit',
      testEnvironment: '<rootDir>/test/helpers/node-environment.js',
      transform: { '^.+\\.ts$': tsJest },
      setupFiles: ['reflect-metadata'],
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: '<rootDir>/test/helpers/node-environment.js',
      transform: { '^.+\\.ts$': tsJest },
      setupFiles: ['reflect-metadata'],
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      // Runs only when an integration test is selected: starts the local Neo4j unless NEO4J_URI is set.
      globalSetup: '<rootDir>/test/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
    },
  ],
};
