import { useEffect, useState } from 'preact/hooks';

/**
 * Hash routes (#/ask, #/office/office:party-affairs, …): the service serves one page at `/`,
 * so any route can be reloaded or linked without server-side routes.
 */
export interface Route {
  page: string;
  id: string | undefined;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [pathPart = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [page = '', ...rest] = pathPart.split('/');
  return { page: page || 'ask', id: rest.length ? decodeURIComponent(rest.join('/')) : undefined, params: new URLSearchParams(query) };
}

export function href(page: string, id?: string, params?: Record<string, string>): string {
  const query = params ? `?${new URLSearchParams(params).toString()}` : '';
  return `#/${page}${id ? `/${encodeURIComponent(id)}` : ''}${query}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** The page of an entity, from a UnitRef/PathNode label. */
export function entityPage(label: string): string | undefined {
  return ({ Office: 'office', Post: 'post', Person: 'person', Village: 'village', Duty: 'duty' } as Record<string, string>)[label];
}
