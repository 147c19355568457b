import { GraphQLError } from 'graphql';
import { RequestCausality } from '../db/read-your-writes';
import { ErrorCode } from '../errors';

/** The request and response header that carries Neo4j bookmarks between a client and any replica of the service. */
export const BOOKMARK_HEADER = 'x-dutygraph-bookmark';

/** Neo4j's bookmarks are short printable tokens (`FB:kcwQ…`); a header holds a few of them. */
const BOOKMARK = /^[A-Za-z0-9:+/=_.-]{1,512}$/;
const MAX_BOOKMARKS = 8;

/** The request's causality from its `X-Dutygraph-Bookmark` header (comma-separated bookmarks); absent: none to wait for. */
export function causalityFromHeader(header: string | undefined): RequestCausality {
  const bookmarks = (header ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  if (bookmarks.length > MAX_BOOKMARKS || bookmarks.some((bookmark) => !BOOKMARK.test(bookmark))) {
    // Refuses the whole request (400) before anything runs, as a malformed Authorization header does.
    throw new GraphQLError(
      `The ${BOOKMARK_HEADER} header must hold bookmarks an earlier answer gave (extensions.bookmark), at most ${MAX_BOOKMARKS}, separated by commas.`,
      { extensions: { code: ErrorCode.BAD_USER_INPUT, field: BOOKMARK_HEADER, http: { status: 400 } } },
    );
  }
  return new RequestCausality(bookmarks);
}

/** The header's value for these bookmarks. */
export function bookmarkHeaderValue(bookmarks: readonly string[]): string {
  return bookmarks.join(',');
}
