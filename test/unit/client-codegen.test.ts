import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';

/**
 * test/client is a front end's code: its generated types (graphql-codegen's client preset on the
 * committed SDL, strictScalars) are committed, like schema/schema.graphql, so tsc and jest need no
 * generation step and a change of the SDL shows in review as a change of the client's types.
 */
const GENERATED = path.join(PROJECT_ROOT, 'test', 'client', 'gql');
const node = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, ...env } });

describe('the client test’s generated types and typecheck', () => {
  it('test/client/gql is what codegen makes of schema/schema.graphql and the operations (npm run client:codegen)', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'client-codegen-'));
    try {
      const run = node([path.join(PROJECT_ROOT, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--config', 'test/client/codegen.ts', '--silent'], { CLIENT_CODEGEN_OUT: `${out}/` });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const files = fs.readdirSync(out).sort();
      expect(files).toEqual(fs.readdirSync(GENERATED).sort());
      for (const file of files) expect(`${file}\n${fs.readFileSync(path.join(GENERATED, file), 'utf8')}`).toBe(`${file}\n${fs.readFileSync(path.join(out, file), 'utf8')}`);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('typechecks strictly with no error (tsc --noEmit -p test/client)', () => {
    const tsc = node([require.resolve('typescript/bin/tsc'), '-p', 'test/client/tsconfig.json']);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});
