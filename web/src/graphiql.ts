/**
 * /graphiql — GraphiQL 5 built from npm (no CDN): Monaco's workers come from
 * graphiql/setup-workers/vite, so everything is served by the service itself.
 * The bearer token of the app's session (sign in at `/`) is put into the header editor,
 * never into the URL; GraphiQL does not persist headers to storage.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { storedToken } from './auth/token-store';

const token = storedToken();
// The token goes to the fetcher too, so the schema's introspection (sent before the header
// editor is read) is authorised; the header editor's values are merged over it.
const fetcher = createGraphiQLFetcher({ url: '/graphql', headers: token ? { authorization: `Bearer ${token}` } : {} });
const headers = JSON.stringify(token ? { authorization: `Bearer ${token}` } : { authorization: 'Bearer <token: sign in at / or npm run token>' }, null, 2);

const DEFAULT_QUERY = `# Dutygraph — 谁负责……？ / Who handles …?
query WhoHandles {
  whoIsResponsible(query: "村级组织建设", first: 1) {
    edges { node {
      duty { id title titleEn }
      status
      leads { name nameEn holders { person { name } acting } }
    } }
  }
}
`;

const container = document.getElementById('graphiql');
if (container) {
  container.textContent = '';
  createRoot(container).render(
    createElement(GraphiQL, {
      fetcher,
      defaultQuery: DEFAULT_QUERY,
      initialHeaders: headers,
      shouldPersistHeaders: false,
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: 'headers',
    }),
  );
}
