import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { DutygraphError, ErrorCode, InputProblem } from '../errors';

/** Codes Apollo and graphql-js give to errors about the request itself; these are safe to show. */
const REQUEST_ERROR_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
]);

const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;

/**
 * graphql-js's hints ("Did you mean "DESC"?", "… the enum value "DESC"?", "… to use an inline
 * fragment on "X"?"), wherever it adds them: validation, variable coercion, literal coercion.
 * They name fields, arguments, enum values and types of the schema, so production drops them all.
 */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** graphql-armor prefixes its limit refusals with "Syntax Error: ", though the query parsed: only parse errors say that. */
const ARMOR_PREFIX = /^Syntax Error: /;

export interface ErrorFormattingOptions {
  /** "Did you mean" hints; off in production (GRAPHQL_FIELD_SUGGESTIONS). */
  suggestions: boolean;
}

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '').trim();
}

/** Every error a client receives names the request, so a report can be matched to the server log. */
export function withRequestId(error: GraphQLFormattedError, requestId: string): GraphQLFormattedError {
  return error.extensions?.requestId === requestId ? error : { ...error, extensions: { ...error.extensions, requestId } };
}

/** An answer's JSON text with the request id in each of its errors; any other text as it is. */
export function errorsNamingRequest(answer: string, requestId: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer);
  } catch {
    return answer;
  }
  const errors = typeof parsed === 'object' && parsed !== null ? (parsed as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(errors)) return answer;
  const named = { ...(parsed as object), errors: errors.map((error: GraphQLFormattedError) => withRequestId(error, requestId)) };
  return JSON.stringify(named) + (answer.endsWith('\n') ? '\n' : '');
}

/** class-validator's nested errors, flattened to one problem per constraint with a dotted field path. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): InputProblem[] {
  return errors.flatMap((error) => {
    // A list's entry is named by its index, as everywhere else (`input.keywords[2]`).
    const field = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export interface FormattedErrorDecision {
  error: GraphQLFormattedError;
  /** True when the original error was unexpected: log it, the client sees a generic message. */
  internal: boolean;
}

/**
 * What a client sees of an error: our own errors and request errors as they are (with the field
 * at fault for validation failures), anything else as a generic internal error with no details.
 */
export function formatClientError(formatted: GraphQLFormattedError, original: unknown, options: ErrorFormattingOptions = { suggestions: true }): FormattedErrorDecision {
  const decision = decide(formatted, original);
  if (options.suggestions) return decision;
  const { error } = decision;
  return { ...decision, error: { ...error, message: withoutSuggestions(error.message), ...(error.extensions?.problems ? { extensions: { ...error.extensions, problems: (error.extensions.problems as InputProblem[]).map((problem) => ({ ...problem, message: withoutSuggestions(problem.message) })) } } : {}) } };
}

function decide(formatted: GraphQLFormattedError, original: unknown): FormattedErrorDecision {
  const cause = original instanceof GraphQLError && original.originalError ? original.originalError : original;
  if (cause instanceof ArgumentValidationError) {
    const problems = flattenValidationErrors(cause.extensions.validationErrors as ValidationError[]);
    const first = problems[0];
    return {
      internal: false,
      error: {
        message: problems.length === 1 && first ? `Invalid input. ${first.field}: ${first.message}` : `Invalid input. ${problems.length} problems with the input`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: first?.field, problems },
      },
    };
  }
  // Our own error keeps its code even where Apollo's validation phase wraps it (all-problems.plugin.ts).
  const code = cause instanceof DutygraphError ? String(cause.extensions.code) : String(formatted.extensions?.code ?? '');
  // graphql-js stops coercing variables after 50 problems with a plain error that Apollo codes as internal.
  if (original instanceof GraphQLError && !original.path && TOO_MANY_VARIABLE_ERRORS.test(original.message)) {
    return { internal: false, error: { message: original.message, extensions: { code: ErrorCode.BAD_USER_INPUT } } };
  }
  if (REQUEST_ERROR_CODES.has(code)) {
    const { stacktrace: _hidden, ...extensions } = formatted.extensions ?? {};
    const message = code === 'GRAPHQL_VALIDATION_FAILED' ? formatted.message.replace(ARMOR_PREFIX, '') : formatted.message;
    return { internal: false, error: { ...formatted, message, extensions: { ...extensions, code } } };
  }
  return {
    internal: true,
    error: {
      message: 'Internal server error. The request id identifies it in the server log.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    },
  };
}
