import { graphql } from '../gql';

/**
 * The screens a front end builds (issue 15), one typed operation each, as a team would write them
 * from the README: who handles X, duty audit, station party relations, person, office, village, post,
 * paged lists, changes between two dates, the change log and the reorganisation preview.
 */

/**
 * The fields of an office every screen shows, one fragment for all of them: the office page, an owner
 * of a duty on "who handles X" and an office in charge on the person page — one type per label
 * (docs/front-end-contract.md, "Identity"), so the cache stores the office once, as Office:<id>.
 */
export const OfficeFields = graphql(`
  fragment OfficeFields on Office { id name nameEn kind }
`);

export const WhoHandles = graphql(`
  query ClientWhoHandles($query: String!, $asOf: Date, $first: Int) {
    whoIsResponsible(query: $query, asOf: $asOf, first: $first) { edges { node {
      duty { id title titleEn }
      status
      leads { owner { __typename ... on Office { ...OfficeFields } ... on Post { id name } } kind name nameEn role from to vacant holders { acting from person { id name } } leadersInCharge { post { id name } holders { person { id name } } } }
      assists { owner { __typename ... on Office { id name } ... on Post { id name } } kind name nameEn role from to vacant }
      basis { clause document { id title } }
      explanation { kind person { id name } steps { from { __typename id ... on Duty { title } ... on Office { name } ... on Post { name } ... on Person { personName: name } } edge { type from to } to { __typename id ... on Duty { title } ... on Office { name } ... on Post { name } ... on Person { personName: name } } } }
    } } }
  }
`);

export const DutyAuditScreen = graphql(`
  query ClientDutyAudit($township: ID, $asOf: Date) {
    dutyAudit(township: $township, asOf: $asOf) {
      asOf totalDuties
      counts { flag count }
      findings { edges { node { flags duty { id title titleEn category } reasons { flag message } } } }
    }
  }
`);

export const StationRelations = graphql(`
  query ClientStationRelations($township: ID, $asOf: Date) {
    stationPartyRelations(township: $township, asOf: $asOf) { edges { node {
      station { id name nameEn }
      department { id name }
      organization { id name nameEn }
      from basis exemption flags insideTownCommittee
      head { acting person { id name } }
    } } }
  }
`);

export const PersonScreen = graphql(`
  query ClientPerson($id: ID!, $asOf: Date) {
    person(id: $id, asOf: $asOf) {
      id name nameEn crossPosted(asOf: $asOf)
      posts(asOf: $asOf) { acting from to post { id name nameEn } }
      officesInCharge(asOf: $asOf) { from office { ...OfficeFields } post { id name } }
      duties(asOf: $asOf) { role from to duty { id title } owner { __typename ... on Office { id name } ... on Post { id name } } }
    }
  }
`);

export const OfficeScreen = graphql(`
  query ClientOffice($id: ID!, $asOf: Date) {
    office(id: $id, asOf: $asOf) {
      ...OfficeFields active(asOf: $asOf) from to
      posts(asOf: $asOf) { id name nameEn level rank }
      people(asOf: $asOf) { acting from person { id name } post { id name } }
      leadersInCharge(asOf: $asOf) { id from post { id name } holders(asOf: $asOf) { person { id name } } }
      duties(asOf: $asOf) { role from duty { id title } owner { __typename ... on Office { id name } ... on Post { id name } } }
      villages(asOf: $asOf) { id name }
    }
  }
`);

export const VillageScreen = graphql(`
  query ClientVillage($id: ID!, $asOf: Date) {
    village(id: $id, asOf: $asOf) {
      id name nameEn kind
      under(asOf: $asOf) { __typename ... on Township { id name } ... on Office { id name } }
      underHistory { from to unit { __typename ... on Township { id name } ... on Office { id name } } }
      posts(asOf: $asOf) { vacant post { id name } holders { person { id name } } }
    }
  }
`);

export const PostScreen = graphql(`
  query ClientPost($id: ID!, $asOf: Date) {
    post(id: $id, asOf: $asOf) {
      id name nameEn level rank active(asOf: $asOf) vacant(asOf: $asOf)
      unit(asOf: $asOf) { __typename ... on Office { id name } ... on Village { id name } ... on Station { id name } ... on Township { id name } }
      holders(asOf: $asOf) { acting from person { id name } }
      inChargeOf(asOf: $asOf) { from office { id name } }
      duties(asOf: $asOf) { role from duty { id title } owner { __typename ... on Office { id name } ... on Post { id name } } }
    }
  }
`);

export const DutiesPage = graphql(`
  query ClientDutiesPage($township: ID, $asOf: Date, $first: Int, $after: String) {
    duties(township: $township, asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id title leadStatus(asOf: $asOf) owners(asOf: $asOf) { owner { __typename ... on Office { id name } ... on Post { id name } } kind role from to } } }
    }
  }
`);

export const OfficesPage = graphql(`
  query ClientOfficesPage($township: ID, $asOf: Date, $first: Int, $after: String) {
    offices(township: $township, asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name nameEn active(asOf: $asOf) leadersInCharge(asOf: $asOf) { id post { id name } } } }
    }
  }
`);

export const ChangesScreen = graphql(`
  query ClientChanges($from: Date!, $to: Date!, $township: ID) {
    changes(before: $from, after: $to, township: $township) {
      before after leadershipPostsBefore leadershipPostsAfter
      officesCreated { on office { id name nameEn } }
      officesClosed { on kind office { id name nameEn } mergedInto { id name } }
      villagesRehomed { on village { id name } fromUnit { __typename ... on Township { id name } ... on Office { id name } } toUnit { __typename ... on Township { id name } ... on Office { id name } } }
      dutyOwnerChanges { duty { id title } before { __typename ... on Office { id name } ... on Post { id name } } after { __typename ... on Office { id name } ... on Post { id name } } }
      appointments { on acting person { id name } post { id name } }
      stationPartyRelationsMoved { on station { id name } fromOrganization { id name } toOrganization { id name } }
    }
  }
`);

export const ChangeLogScreen = graphql(`
  query ClientChangeLog($first: Int) {
    changeLog(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id mutation actor at entities arguments { name value { __typename ... on TextValue { text } ... on DateValue { date } ... on BooleanValue { boolean } ... on NumberValue { number } ... on ReferenceValue { entityId } ... on TextListValue { texts } } }
        touched { entityId label changes { field before { __typename ... on TextValue { text } ... on DateValue { date } ... on BooleanValue { boolean } ... on NumberValue { number } ... on ReferenceValue { entityId } ... on TextListValue { texts } } after { __typename ... on TextValue { text } ... on DateValue { date } ... on BooleanValue { boolean } ... on NumberValue { number } ... on ReferenceValue { entityId } ... on TextListValue { texts } } } } } }
    }
  }
`);

export const ReorganisationPreview = graphql(`
  mutation ClientReorganisationPreview($input: ReorganizationInput!) {
    reorganize(input: $input, dryRun: true) {
      applied
      flagsCreated { dutyId flag }
      flagsRemoved { dutyId flag }
      changes { leadershipPostsBefore leadershipPostsAfter postsCut { on post { id name } } dutyOwnerChanges { duty { id title } before { __typename ... on Office { id name } ... on Post { id name } } after { __typename ... on Office { id name } ... on Post { id name } } } }
    }
  }
`);
