/** The Changes page: what changed between two days, in the report's terms. */
export const CHANGES = /* GraphQL */ `
  query Changes($from: Date!, $to: Date!, $township: ID) {
    changes(before: $from, after: $to, township: $township) {
      before after leadershipPostsBefore leadershipPostsAfter
      officesCreated { on office { id name nameEn } }
      officesClosed { on kind office { id name nameEn } mergedInto { id name nameEn } }
      postsCut { on post { id name nameEn } }
      postsAdded { on post { id name nameEn } }
      villagesRehomed { on village { id name nameEn } fromUnit { id label name nameEn } toUnit { id label name nameEn } }
      dutyOwnerChanges { duty { id title titleEn } before { id kind name nameEn } after { id kind name nameEn } }
    }
  }
`;

/** Station moves are for the discipline role: asked apart so a staff member still sees the rest. */
export const STATION_MOVES = /* GraphQL */ `
  query StationMoves($from: Date!, $to: Date!, $township: ID) {
    changes(before: $from, after: $to, township: $township) {
      stationPartyRelationsMoved { on basis station { id name nameEn } fromOrganization { id name nameEn } toOrganization { id name nameEn } }
    }
  }
`;
