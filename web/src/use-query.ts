import { useEffect, useState } from 'preact/hooks';
import { graphql, GraphQLErrorBody } from './api';
import { useApp } from './app-context';

export interface QueryState<T> {
  data: T | null;
  errors: GraphQLErrorBody[];
  loading: boolean;
}

/** Runs a query whenever its variables (or the token) change; `skip` waits for input. */
export function useQuery<T>(query: string, variables: Record<string, unknown>, skip = false): QueryState<T> {
  const { token } = useApp();
  const [state, setState] = useState<QueryState<T>>({ data: null, errors: [], loading: !skip });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    graphql<T>(query, variables, token)
      .then((result) => current && setState({ data: result.data, errors: result.errors, loading: false }))
      .catch((error: Error) => current && setState({ data: null, errors: [{ message: error.message }], loading: false }));
    return () => {
      current = false;
    };
  }, [query, key, token, skip]);
  return state;
}
