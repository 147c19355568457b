/** The Stations page (discipline role): the party relation of every station. */
export const STATION_PARTY_RELATIONS = /* GraphQL */ `
  query StationPartyRelations($township: ID, $asOf: Date) {
    stationPartyRelations(township: $township, asOf: $asOf) { edges { node {
      station { id name nameEn }
      organization { id name nameEn kind }
      from basis exemption flags insideTownCommittee
      head { acting from person { id name nameEn } post { id name nameEn } }
    } } }
  }
`;
