/** The Stations page (discipline role): the party relation of every station. */
export const STATION_PARTY_RELATIONS = /* GraphQL */ `
  query StationPartyRelations($township: ID, $asOf: Date) {
    stationPartyRelations(township: $township, asOf: $asOf) { edges { node {
      station { id name nameEn }
      organization { id name nameEn kind }
      since basis exemption flags insideTownCommittee
      head { acting since person { id name nameEn } post { id name nameEn } }
    } } }
  }
`;
