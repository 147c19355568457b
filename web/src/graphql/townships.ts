/** The townships in the graph, for the township picker. */
export const TOWNSHIPS = /* GraphQL */ `
  query Townships($asOf: Date) {
    townships(asOf: $asOf, first: 50, sort: ID) { edges { node { id name nameEn } } }
  }
`;
