/** The Admin page (admin role): appointments, duties, the reorganisation dry run and the change log. */
const CHANGE = 'id mutation actor at entities';

export const APPOINT = /* GraphQL */ `
  mutation Appoint($person: ID!, $post: ID!, $from: Date!, $acting: Boolean!) {
    appoint(person: $person, post: $post, from: $from, acting: $acting) { change { ${CHANGE} } }
  }
`;

export const END_APPOINTMENT = /* GraphQL */ `
  mutation EndAppointment($person: ID!, $post: ID!, $on: Date!) {
    endAppointment(person: $person, post: $post, on: $on) { change { ${CHANGE} } }
  }
`;

export const ASSIGN_DUTY = /* GraphQL */ `
  mutation AssignDuty($owner: ID!, $duty: ID!, $role: OwnerRole!, $from: Date!, $override: OverrideInput) {
    assignDuty(owner: $owner, duty: $duty, role: $role, from: $from, override: $override) { change { ${CHANGE} } }
  }
`;

export const REORGANIZE_DRY_RUN = /* GraphQL */ `
  mutation ReorganizeDryRun($input: ReorganizationInput!) {
    reorganize(input: $input, dryRun: true) {
      applied
      flagsCreated { dutyId flag }
      flagsRemoved { dutyId flag }
      changes {
        leadershipPostsBefore leadershipPostsAfter
        officesCreated { on office { id name nameEn } }
        officesClosed { on kind office { id name nameEn } mergedInto { id name nameEn } }
        postsCut { on post { id name nameEn } }
        postsAdded { on post { id name nameEn } }
        villagesRehomed { on village { id name nameEn } fromUnit { label: __typename ... on Township { id name nameEn } ... on Office { id name nameEn } } toUnit { label: __typename ... on Township { id name nameEn } ... on Office { id name nameEn } } }
        dutyOwnerChanges { duty { id title titleEn } before { label: __typename ... on Office { id name nameEn } ... on Post { id name nameEn } } after { label: __typename ... on Office { id name nameEn } ... on Post { id name nameEn } } }
      }
    }
  }
`;

export const CHANGE_LOG = /* GraphQL */ `
  query ChangeLog($first: Int, $after: String) {
    changeLog(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id mutation actor at entities } }
    }
  }
`;

/** People found by name, for the person field of the forms (no person ids typed by hand). */
export const PEOPLE_BY_NAME = /* GraphQL */ `
  query PeopleByName($text: String!, $asOf: Date) {
    people(text: $text, asOf: $asOf, first: 10) { edges { node { id name nameEn } } }
  }
`;
