/** The Changes page: what changed between two days, in the report's terms. */
export const CHANGES = /* GraphQL */ `
  query Changes($from: Date!, $to: Date!, $township: ID) {
    changes(before: $from, after: $to, township: $township) {
      before after leadershipPostsBefore leadershipPostsAfter
      officesCreated { on office { id name nameEn } }
      officesClosed { on kind office { id name nameEn } mergedInto { id name nameEn } }
      postsCut { on post { id name nameEn } }
      postsAdded { on post { id name nameEn } }
      villagesRehomed { on village { id name nameEn } fromUnit { label: __typename ... on Township { id name nameEn } ... on Office { id name nameEn } } toUnit { label: __typename ... on Township { id name nameEn } ... on Office { id name nameEn } } }
      dutyOwnerChanges { duty { id title titleEn } before { label: __typename ... on Office { id name nameEn } ... on Post { id name nameEn } } after { label: __typename ... on Office { id name nameEn } ... on Post { id name nameEn } } }
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
