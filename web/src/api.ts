/** The one way the app talks to the service: POST /graphql with the session's bearer token. */
export interface InputProblem {
  field: string;
  message: string;
}

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; problems?: InputProblem[] };
}

export interface GraphQLResult<T> {
  data: T | null;
  errors: GraphQLErrorBody[];
}

export async function graphql<T>(query: string, variables: Record<string, unknown>, token: string | null): Promise<GraphQLResult<T>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }))) as { data?: T | null; errors?: GraphQLErrorBody[] };
  return { data: body.data ?? null, errors: body.errors ?? [] };
}

/** True when the only errors are refusals of fields the role may not see (they show as "restricted"). */
export function onlyForbidden(errors: GraphQLErrorBody[]): boolean {
  return errors.every((error) => error.extensions?.code === 'FORBIDDEN');
}

/** True when a refusal is about this path (or a field under it). */
export function isForbidden(errors: GraphQLErrorBody[], ...path: (string | number)[]): boolean {
  return errors.some((error) => error.extensions?.code === 'FORBIDDEN' && path.every((part, i) => error.path?.[i] === part));
}

/** Problems of a BAD_USER_INPUT answer, each with the field at fault. */
export function inputProblems(errors: GraphQLErrorBody[]): InputProblem[] {
  return errors.flatMap((error) =>
    error.extensions?.code === 'BAD_USER_INPUT'
      ? (error.extensions.problems ?? [{ field: error.extensions.field ?? '', message: error.message }])
      : [],
  );
}
