import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';
import { formatClientError, withRequestId } from './error-formatting';
import { BOOKMARK_HEADER, bookmarkHeaderValue } from '../http/bookmark-header';

/**
 * Logs each operation and each unexpected error with the request id,
 * and puts that request id into every error the client receives so the two can be matched.
 * Every response is `cache-control: no-store`; an answer to a write carries its bookmarks (read-your-writes on any replica).
 */
export function requestLoggingPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const startedAt = process.hrtime.bigint();
      contextValue.logger.debug('graphql request received');
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (formatClientError({ message: error.message, extensions: error.extensions }, error).internal) {
              contextValue.logger.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
            }
          }
        },
        async willSendResponse({ response, operationName }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((error) => withRequestId(error, contextValue.requestId));
          }
          response.http.headers.set('x-request-id', contextValue.requestId);
          if (contextValue.idempotency.replayed && response.body.kind === 'single') {
            // The answer repeats an earlier write (a retry after a lost reply): nothing was applied again.
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, idempotency: { key: contextValue.idempotency.key ?? null, replayed: true } };
            response.http.headers.set('idempotent-replayed', 'true');
          }
          if (contextValue.causality.wrote && response.body.kind === 'single') {
            // Read-your-writes on any replica: the caller sends these back in X-Dutygraph-Bookmark.
            const bookmark = bookmarkHeaderValue(await contextValue.causality.bookmarks());
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, bookmark };
            response.http.headers.set(BOOKMARK_HEADER, bookmark);
          }
          // As Apollo's cache-control plugin (disabled in server.ts) answered: answers are dated and role-dependent.
          if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
          contextValue.logger.info(
            {
              operationName,
              statements: contextValue.statements.length,
              ms: Number(process.hrtime.bigint() - startedAt) / 1e6,
            },
            'graphql request',
          );
        },
      };
    },
  };
}
