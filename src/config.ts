/**
 * The service's configuration, read from the environment once at start.
 * Every bad value is reported, each on its own line, before anything starts.
 */
export interface Neo4jConfig {
  /** Set: use that server (bolt://, neo4j://, +s/+ssc variants). Unset: start the local embedded Neo4j. */
  uri: string | undefined;
  user: string;
  password: string;
  database: string;
  transactionTimeoutMs: number;
  connectionTimeoutMs: number;
  maxConnectionPoolSize: number;
  /** No request outlives this: connection acquisition, managed-transaction retries and the transactions together. */
  requestDeadlineMs: number;
  /** Units of work that may wait for a pooled connection beyond the pool size before new ones are shed (OVERLOADED). */
  maxWaiting: number;
  /** Start-up work (migrations, the sample import): its own transaction timeout, not the per-request one. */
  startupTimeoutMs: number;
}

export interface LocalNeo4jConfig {
  port: number;
  dataDir: string;
  heapMb: number;
  pageCacheMb: number;
  /** How many times in a row the supervisor restarts an embedded Neo4j that died before the service exits non-zero. */
  restarts: number;
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Limits against abusive queries; each refusal names the limit it hit. */
export interface GraphQLLimits {
  maxDepth: number;
  maxCost: number;
  /** Operations costing at least this are expensive: only `heavyConcurrency` of them run at once. */
  heavyCost: number;
  heavyConcurrency: number;
  /** Expensive operations that may wait for a turn; any more are refused at once (503 OVERLOADED). */
  heavyMaxWaiting: number;
  /** How long an expensive operation waits for its turn before it is refused (503 OVERLOADED). */
  heavyQueueMs: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Introspection and "did you mean" suggestions help developers and attackers alike. */
  introspection: boolean;
  fieldSuggestions: boolean;
}

export interface AuthConfig {
  /** HS256 secret for bearer tokens (at least 32 characters). Unset outside production: a local dev secret. */
  jwtSecret: string | undefined;
  /** Earlier HS256 secrets still accepted while tokens signed with them run out (key rotation). */
  previousSecrets: string[];
  /** The JWKS of the town's identity provider (OIDC jwks_uri): its RS/PS/ES/EdDSA tokens are accepted. */
  jwksUrl: string | undefined;
  /** Required `iss` of every token. */
  issuer: string;
  /** Required `aud` of every token, when set. */
  audience: string | undefined;
  /** Longest life a token may have (exp − iat), in seconds; every token must carry exp. */
  maxLifetimeSeconds: number;
  /** Dotted path of the roles array in the token (`roles`; Keycloak: `realm_access.roles`). */
  rolesClaim: string;
  /** What a request without a token may do: nothing ('none', the default) or read as 'viewer'. */
  anonymousRole: 'none' | 'viewer';
}

/** Prometheus metrics at /metrics: on outside production; METRICS_TOKEN, when set, is required to read them. */
export interface MetricsConfig {
  enabled: boolean;
  token: string | undefined;
}

/**
 * Answers kept in memory, keyed by operation, variables, roles, day and the graph's revision
 * (src/graphql/response-cache-plugin.ts); `entries: 0` (the default) turns it off.
 */
export interface ResponseCacheConfig {
  entries: number;
}

/** The staff app at `/` and GraphiQL at `/graphiql` (src/web/). */
export interface WebConfig {
  /** Serve GraphiQL at /graphiql (GRAPHIQL): on by default, off in production unless set to true. */
  graphiql: boolean;
  /** The town's identity provider for production sign-in (OIDC authorization code + PKCE); unset: none. */
  oidc: OidcConfig | undefined;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  scope: string;
  /** Sent as `audience`/`resource` when the provider needs it to issue an access token for this service. */
  audience: string | undefined;
}

export interface AppConfig {
  host: string;
  port: number;
  logLevel: LogLevel;
  shutdownGraceMs: number;
  /** Load data/sample-town.yaml at start (idempotent). `npm start` turns it on. */
  loadSampleTown: boolean;
  graphql: GraphQLLimits;
  auth: AuthConfig;
  web: WebConfig;
  neo4j: Neo4jConfig;
  localNeo4j: LocalNeo4jConfig;
  metrics: MetricsConfig;
  responseCache: ResponseCacheConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];
const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

class EnvReader {
  readonly problems: string[] = [];

  constructor(private readonly env: Env) {}

  string(name: string, fallback: string): string {
    const raw = this.env[name];
    return raw === undefined || raw.trim() === '' ? fallback : raw.trim();
  }

  optional(name: string): string | undefined {
    const raw = this.env[name];
    return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max}, got '${raw}'`);
      return fallback;
    }
    return value;
  }

  secret(name: string, minLength: number, required: boolean): string | undefined {
    const raw = this.optional(name);
    if (raw === undefined) {
      if (required) this.problems.push(`${name} must be set in production (at least ${minLength} characters)`);
      return undefined;
    }
    if (raw.length < minLength) this.problems.push(`${name} must be at least ${minLength} characters long`);
    return raw;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.optional(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['true', '1', 'yes'].includes(raw)) return true;
    if (['false', '0', 'no'].includes(raw)) return false;
    this.problems.push(`${name} must be true or false, got '${raw}'`);
    return fallback;
  }

  oneOf<T extends string>(name: string, fallback: T, allowed: readonly T[]): T {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')}, got '${raw}'`);
      return fallback;
    }
    return raw as T;
  }

  secretList(name: string, minLength: number): string[] {
    const raw = this.optional(name);
    if (raw === undefined) return [];
    const secrets = raw.split(',').map((secret) => secret.trim()).filter(Boolean);
    if (secrets.some((secret) => secret.length < minLength)) this.problems.push(`${name}: every secret (comma-separated) must be at least ${minLength} characters long`);
    return secrets;
  }

  /** https://…, or http:// on the loopback interface only (a local identity provider, tests), kept as written. */
  jwksUrl(name: string): string | undefined {
    return this.httpsUrl(name, { keepTrailingSlash: true });
  }

  /** An https URL (http only on the loopback interface), without a trailing slash unless asked to keep it. */
  httpsUrl(name: string, options: { keepTrailingSlash?: boolean } = {}): string | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return undefined;
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      url = undefined;
    }
    const local = url && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && local))) {
      this.problems.push(`${name} must be an https:// URL (http:// only for localhost), got '${raw}'`);
      return undefined;
    }
    return options.keepTrailingSlash ? raw : raw.replace(/\/+$/, '');
  }

  neo4jUri(name: string): string | undefined {
    const raw = this.optional(name);
    if (raw === undefined) return undefined;
    const scheme = /^([a-z0-9+]+):\/\/[^/\s]+/i.exec(raw)?.[1]?.toLowerCase();
    if (!scheme || !NEO4J_SCHEMES.includes(scheme)) {
      this.problems.push(`${name} must look like bolt://host:7687 or neo4j://host (schemes: ${NEO4J_SCHEMES.join(', ')}), got '${raw}'`);
      return undefined;
    }
    return raw;
  }
}

function oidcConfig(read: EnvReader): OidcConfig | undefined {
  const issuer = read.httpsUrl('OIDC_ISSUER');
  const clientId = read.optional('OIDC_CLIENT_ID');
  if (issuer && !clientId) read.problems.push('OIDC_CLIENT_ID must be set when OIDC_ISSUER is');
  if (clientId && !issuer && !read.optional('OIDC_ISSUER')) read.problems.push('OIDC_ISSUER must be set when OIDC_CLIENT_ID is');
  if (!issuer || !clientId) return undefined;
  return { issuer, clientId, scope: read.string('OIDC_SCOPE', 'openid profile'), audience: read.optional('OIDC_AUDIENCE') };
}

export function loadConfig(env: Env = process.env): AppConfig {
  const read = new EnvReader(env);
  const production = env.NODE_ENV === 'production';
  const transactionTimeoutMs = read.integer('NEO4J_TX_TIMEOUT_MS', 15_000, 100, 600_000);
  const connectionTimeoutMs = read.integer('NEO4J_CONNECTION_TIMEOUT_MS', 5_000, 100, 120_000);
  const requestDeadlineMs = read.integer('REQUEST_DEADLINE_MS', transactionTimeoutMs + 5_000, 200, 660_000);
  if (requestDeadlineMs <= transactionTimeoutMs && read.optional('REQUEST_DEADLINE_MS') !== undefined) {
    read.problems.push(`REQUEST_DEADLINE_MS (${requestDeadlineMs}) must be larger than NEO4J_TX_TIMEOUT_MS (${transactionTimeoutMs}), so a slow query is answered QUERY_TIMEOUT before the deadline`);
  }
  const config: AppConfig = {
    host: read.string('HOST', '127.0.0.1'),
    port: read.integer('PORT', 4000, 0, 65535),
    logLevel: read.oneOf('LOG_LEVEL', 'info', LOG_LEVELS),
    shutdownGraceMs: read.integer('SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    loadSampleTown: read.boolean('LOAD_SAMPLE_TOWN', false),
    graphql: {
      maxDepth: read.integer('GRAPHQL_MAX_DEPTH', 10, 1, 100),
      maxCost: read.integer('GRAPHQL_MAX_COST', 250_000, 1, 10_000_000),
      heavyCost: read.integer('GRAPHQL_HEAVY_COST', 10_000, 1, 10_000_000),
      heavyConcurrency: read.integer('GRAPHQL_HEAVY_CONCURRENCY', 4, 1, 1000),
      heavyMaxWaiting: read.integer('GRAPHQL_HEAVY_MAX_WAITING', 8, 0, 10_000),
      heavyQueueMs: read.integer('GRAPHQL_HEAVY_QUEUE_MS', 2000, 0, 60_000),
      maxAliases: read.integer('GRAPHQL_MAX_ALIASES', 15, 0, 1000),
      maxDirectives: read.integer('GRAPHQL_MAX_DIRECTIVES', 20, 0, 1000),
      maxTokens: read.integer('GRAPHQL_MAX_TOKENS', 2000, 10, 100_000),
      introspection: read.boolean('GRAPHQL_INTROSPECTION', !production),
      fieldSuggestions: read.boolean('GRAPHQL_FIELD_SUGGESTIONS', !production),
    },
    auth: {
      // In production tokens need a secret or an identity provider's JWKS.
      jwtSecret: read.secret('JWT_SECRET', 32, production && read.optional('JWT_JWKS_URL') === undefined),
      previousSecrets: read.secretList('JWT_PREVIOUS_SECRETS', 32),
      jwksUrl: read.jwksUrl('JWT_JWKS_URL'),
      issuer: read.string('JWT_ISSUER', 'dutygraph'),
      audience: read.optional('JWT_AUDIENCE'),
      maxLifetimeSeconds: read.integer('JWT_MAX_LIFETIME_SECONDS', 86_400, 60, 31_536_000),
      rolesClaim: read.string('JWT_ROLES_CLAIM', 'roles'),
      anonymousRole: read.oneOf('ANONYMOUS_ROLE', 'none', ['none', 'viewer'] as const),
    },
    web: {
      graphiql: read.boolean('GRAPHIQL', !production),
      oidc: oidcConfig(read),
    },
    neo4j: {
      uri: read.neo4jUri('NEO4J_URI'),
      user: read.string('NEO4J_USER', 'neo4j'),
      password: read.string('NEO4J_PASSWORD', ''),
      database: read.string('NEO4J_DATABASE', 'neo4j'),
      transactionTimeoutMs,
      connectionTimeoutMs,
      maxConnectionPoolSize: read.integer('NEO4J_MAX_POOL_SIZE', 50, 1, 1000),
      requestDeadlineMs,
      maxWaiting: read.integer('NEO4J_MAX_WAITING', 200, 0, 100_000),
      startupTimeoutMs: read.integer('NEO4J_STARTUP_TIMEOUT_MS', 600_000, 1_000, 3_600_000),
    },
    localNeo4j: {
      port: read.integer('NEO4J_LOCAL_PORT', 7687, 1, 65535),
      dataDir: read.string('NEO4J_LOCAL_DATA', '.data/neo4j'),
      heapMb: read.integer('NEO4J_LOCAL_HEAP_MB', 2048, 256, 16_384),
      pageCacheMb: read.integer('NEO4J_LOCAL_PAGECACHE_MB', 512, 64, 16_384),
      restarts: read.integer('NEO4J_LOCAL_RESTARTS', 5, 0, 100),
    },
    metrics: {
      enabled: read.boolean('METRICS_ENABLED', !production),
      token: read.secret('METRICS_TOKEN', 16, false),
    },
    responseCache: {
      entries: read.integer('RESPONSE_CACHE_ENTRIES', 0, 0, 1_000_000),
    },
  };
  if (read.problems.length > 0) throw new ConfigError(read.problems);
  return config;
}
