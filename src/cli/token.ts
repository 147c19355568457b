import { parseArgs } from 'node:util';
import { loadConfig, ConfigError } from '../config';
import { developmentSecret } from '../auth/dev-secret';
import { isRole, ROLES } from '../auth/roles';
import { signToken } from '../auth/tokens';

/** `npm run token -- --role staff --sub name [--expires 12h]`: prints a bearer token for local use. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { role: { type: 'string', multiple: true }, sub: { type: 'string' }, expires: { type: 'string', default: '12h' } },
  });
  const roles = values.role ?? [];
  const bad = roles.filter((role) => !isRole(role));
  if (roles.length === 0 || bad.length > 0) throw new Error(`--role must be one of ${ROLES.join(', ')} (repeatable)${bad.length ? `, got ${bad.join(', ')}` : ''}`);
  if (!values.sub) throw new Error('--sub must name who the token is for');
  const config = loadConfig();
  const secret = config.auth.jwtSecret ?? developmentSecret();
  process.stdout.write(`${await signToken(secret, values.sub, roles.filter(isRole), values.expires, { issuer: config.auth.issuer, audience: config.auth.audience })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`token: ${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
