import { graphql } from '../gql';

/**
 * The screens a front end builds (issue 15), one typed operation each, as a team would write them
 * from the README: who handles X, duty audit, station party relations, person, office, village, post,
 * paged lists, changes between two dates, the change log and the reorganisation preview.
 */

export const WhoHandles = graphql(`
  query ClientWhoHandles($query: String!, $asOf: Date, $first: Int) {
    whoIsResponsible(query: $query, asOf: $asOf, first: $first) {
      duty { id title titleEn }
      status
      leads { owner { id label name } kind name nameEn role from to vacant holders { acting from person { id name } } leaderInCharge { post { id name } holders { person { id name } } } }
      assists { owner { id label name } kind name nameEn role from to vacant }
      basis { clause document { id title } }
      explanation { kind person { id name } steps { from { id label name } edge { type from to } to { id label name } } }
    }
  }
`);

export const DutyAuditScreen = graphql(`
  query ClientDutyAudit($township: ID, $asOf: Date) {
    dutyAudit(township: $township, asOf: $asOf) {
      asOf totalDuties
      counts { flag count }
      findings { flags duty { id title titleEn category } reasons { flag message } }
    }
  }
`);

export const StationRelations = graphql(`
  query ClientStationRelations($township: ID, $asOf: Date) {
    stationPartyRelations(township: $township, asOf: $asOf) {
      station { id name nameEn }
      department { id name }
      organization { id name nameEn }
      from basis exemption flags insideTownCommittee
      head { acting person { id name } }
    }
  }
`);

export const PersonScreen = graphql(`
  query ClientPerson($id: ID!, $asOf: Date) {
    person(id: $id, asOf: $asOf) {
      id name nameEn crossPosted
      posts { acting from to post { id name nameEn } }
      officesInCharge { from office { id name nameEn } post { id name } }
      duties { role from to duty { id title } owner { id label name } }
    }
  }
`);

export const OfficeScreen = graphql(`
  query ClientOffice($id: ID!, $asOf: Date) {
    office(id: $id, asOf: $asOf) {
      id name nameEn kind active from to
      posts { id name nameEn level rank }
      people { acting from person { id name } post { id name } }
      leadersInCharge { from post { id name } holders { person { id name } } }
      duties { role from duty { id title } owner { id label name } }
      villages { id name }
    }
  }
`);

export const VillageScreen = graphql(`
  query ClientVillage($id: ID!, $asOf: Date) {
    village(id: $id, asOf: $asOf) {
      id name nameEn kind
      under { id label name }
      underHistory { from to unit { id label name } }
      posts { vacant post { id name } holders { person { id name } } }
    }
  }
`);

export const PostScreen = graphql(`
  query ClientPost($id: ID!, $asOf: Date) {
    post(id: $id, asOf: $asOf) {
      id name nameEn level rank active vacant
      unit { id label name }
      holders { acting from person { id name } }
      inChargeOf { from office { id name } }
      duties { role from duty { id title } owner { id label name } }
    }
  }
`);

export const DutiesPage = graphql(`
  query ClientDutiesPage($township: ID, $asOf: Date, $first: Int, $after: String) {
    duties(township: $township, asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id title leadStatus owners { owner { id label name } kind role from to } } }
    }
  }
`);

export const OfficesPage = graphql(`
  query ClientOfficesPage($township: ID, $asOf: Date, $first: Int, $after: String) {
    offices(township: $township, asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name nameEn active leadersInCharge { post { id name } } } }
    }
  }
`);

export const ChangesScreen = graphql(`
  query ClientChanges($from: Date!, $to: Date!, $township: ID) {
    changes(before: $from, after: $to, township: $township) {
      before after leadershipPostsBefore leadershipPostsAfter
      officesCreated { on office { id name nameEn } }
      officesClosed { on kind office { id name nameEn } mergedInto { id name } }
      villagesRehomed { on village { id name } fromUnit { id label name } toUnit { id label name } }
      dutyOwnerChanges { duty { id title } before { id kind name } after { id kind name } }
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
      changes { leadershipPostsBefore leadershipPostsAfter postsCut { on post { id name } } dutyOwnerChanges { duty { id title } before { id kind name } after { id kind name } } }
    }
  }
`);
