const HOLDING = 'acting from to person { id name nameEn } post { id name nameEn }';
const OWNER = `owner { label: __typename ... on Office { id name nameEn } ... on Post { id name nameEn } } kind name nameEn role vacant from to office { id name nameEn }
  holders { ${HOLDING} }
  leadersInCharge { from to post { id name nameEn } holders { ${HOLDING} } }`;
const NODE = 'id label: __typename ... on Duty { name: title nameEn: titleEn } ... on Office { name nameEn } ... on Post { name nameEn } ... on Person { personName: name personNameEn: nameEn }';

/** The Ask page: who handles X on a day. */
export const WHO_IS_RESPONSIBLE = /* GraphQL */ `
  query WhoIsResponsible($query: String!, $asOf: Date, $township: ID) {
    whoIsResponsible(query: $query, asOf: $asOf, township: $township, first: 5) { edges { node {
      duty { id title titleEn category parent { id title titleEn } }
      status
      flags
      matchedBy
      confident
      confidence
      score
      leads { ${OWNER} }
      assists { ${OWNER} }
      basis { clause document { id title titleEn } }
      fallback { fallbackKind post { id name nameEn } holders { ${HOLDING} } }
      nearestOwnedParent { distance duty { id title titleEn } leads { owner { ... on Node { id } } kind name nameEn } }
      explanation {
        kind role person { id name nameEn }
        steps { from { ${NODE} } to { ${NODE} } edge { type direction from to acting role } }
      }
    } } }
  }
`;
