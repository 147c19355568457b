import { bookmarkManager, BookmarkManager } from 'neo4j-driver';

/**
 * Read-your-writes across replicas. A request's units of work share one bookmark manager, seeded with
 * the bookmarks its caller sent: every transaction begins only once the database it runs on has
 * applied those (on a cluster, a secondary waits to catch up), and each unit sees the ones before it
 * in the same request. After a write, the request answers the new bookmarks, which the caller sends
 * with its next request, to whichever replica the load balancer picks (src/http/bookmark-header.ts).
 */
export class RequestCausality {
  readonly manager: BookmarkManager;
  private wroteValue = false;

  constructor(readonly after: readonly string[] = []) {
    this.manager = bookmarkManager({ initialBookmarks: after });
  }

  /** A write committed in this request: its answer carries the bookmarks. */
  markWritten(): void {
    this.wroteValue = true;
  }

  get wrote(): boolean {
    return this.wroteValue;
  }

  /** The bookmarks after this request's work: what the caller sends next. */
  async bookmarks(): Promise<string[]> {
    return [...(await this.manager.getBookmarks())];
  }
}
