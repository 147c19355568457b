import { graphql } from '../gql';

/**
 * Screens that page both ways and mutations whose payloads update other screens in the cache
 * (issue 15, items 4 and 5): a list paged forwards and backwards, and the screens an appointment
 * and a duty assignment change.
 */

export const OfficesPagedBothWays = graphql(`
  query ClientOfficesPagedBothWays($township: ID, $asOf: Date, $first: Int, $after: String, $last: Int, $before: String) {
    offices(township: $township, asOf: $asOf, sort: NAME_EN, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id name nameEn active } }
    }
  }
`);

export const PostHolders = graphql(`
  query ClientPostHolders($id: ID!, $asOf: Date) {
    post(id: $id, asOf: $asOf) { id name vacant holders { acting from person { id name } } }
  }
`);

export const DutyOwners = graphql(`
  query ClientDutyOwners($id: ID!, $asOf: Date) {
    duty(id: $id, asOf: $asOf) { id title leadStatus leadCount owners { kind role from owner { __typename ... on Office { id name } ... on Post { id name } } } }
  }
`);

export const Appoint = graphql(`
  mutation ClientAppoint($person: ID!, $post: ID!, $from: Date!) {
    appoint(person: $person, post: $post, from: $from) {
      change { id mutation entities }
      post { id name vacant holders { acting from person { id name } } }
      person { id name }
    }
  }
`);

export const AssignDuty = graphql(`
  mutation ClientAssignDuty($owner: ID!, $duty: ID!, $from: Date!) {
    assignDuty(owner: $owner, duty: $duty, role: ASSIST, from: $from) {
      change { id mutation }
      duty { id title leadStatus leadCount owners { kind role from owner { __typename ... on Office { id name } ... on Post { id name } } } }
      office { id name }
      post { id name }
    }
  }
`);
