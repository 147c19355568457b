/** Three kinds of tests: unit (no database), integration (the real Neo4j, started once) and browser (the web app in Chromium). */
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
    {
      // A front end's client (Apollo Client 4, default InMemoryCache, codegen's typed operations) on the service over HTTP.
      displayName: 'client',
      testEnvironment: '<rootDir>/test/helpers/node-environment.js',
      transform: { '^.+\\.ts$': tsJest },
      setupFiles: ['reflect-metadata'],
      testMatch: ['<rootDir>/test/client/**/*.test.ts'],
      globalSetup: '<rootDir>/test/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
    },
    {
      // The web app in Debian's Chromium (playwright-core, executablePath), on the real service and Neo4j.
      displayName: 'browser',
      testEnvironment: '<rootDir>/test/helpers/node-environment.js',
      transform: { '^.+\\.ts$': tsJest },
      setupFiles: ['reflect-metadata'],
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      // The same files as the integration project's: jest runs them once for both.
      globalSetup: '<rootDir>/test/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
    },
  ],
};
