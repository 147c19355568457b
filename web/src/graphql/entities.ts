/** The entity pages: office, post, person, village and duty on a day, each with its neighbours. */
const APPOINTMENT = 'acting from to person { id name nameEn } post { id name nameEn }';
const ASSIGNMENT = 'role from to duty { id title titleEn } owner { label: __typename ... on Office { id name nameEn } ... on Post { id name nameEn } }';

export const OFFICE = /* GraphQL */ `
  query Office($id: ID!, $asOf: Date) {
    office(id: $id, asOf: $asOf) {
      id name nameEn kind active from to
      township { id name nameEn }
      posts { id name nameEn level rank }
      people { ${APPOINTMENT} }
      leadersInCharge { from post { id name nameEn } holders { ${APPOINTMENT} } }
      duties { ${ASSIGNMENT} }
      villages { id name nameEn }
      mergedInto { id name nameEn }
      mergedFrom { id name nameEn }
    }
  }
`;

export const POST = /* GraphQL */ `
  query Post($id: ID!, $asOf: Date) {
    post(id: $id, asOf: $asOf) {
      id name nameEn level rank active vacant singleHolder from to
      unit { label: __typename ... on Office { id name nameEn } ... on Village { id name nameEn } ... on Station { id name nameEn } ... on Township { id name nameEn } }
      holders { ${APPOINTMENT} }
      holderHistory { ${APPOINTMENT} }
      deputyOf { id name nameEn }
      deputies { id name nameEn }
      inChargeOf { from office { id name nameEn } }
      duties { ${ASSIGNMENT} }
    }
  }
`;

export const PERSON = /* GraphQL */ `
  query Person($id: ID!, $asOf: Date) {
    person(id: $id, asOf: $asOf) {
      id name nameEn crossPosted
      posts { acting from to post { id name nameEn } unit { label: __typename ... on Office { id name nameEn } ... on Village { id name nameEn } ... on Station { id name nameEn } ... on Township { id name nameEn } } }
      appointments { acting from to post { id name nameEn } }
      officesInCharge { from office { id name nameEn } post { id name nameEn } }
      duties { role from to duty { id title titleEn } owner { label: __typename ... on Office { id name nameEn } ... on Post { id name nameEn } } post { id name nameEn } }
    }
  }
`;

export const VILLAGE = /* GraphQL */ `
  query Village($id: ID!, $asOf: Date) {
    village(id: $id, asOf: $asOf) {
      id name nameEn kind complex
      township { id name nameEn }
      under { label: __typename ... on Township { id name nameEn } ... on Office { id name nameEn } }
      underHistory { from to unit { label: __typename ... on Township { id name nameEn } ... on Office { id name nameEn } } }
      posts { vacant post { id name nameEn } holders { ${APPOINTMENT} } }
      residentCadre { from to person { id name nameEn } }
    }
  }
`;

export const DUTY = /* GraphQL */ `
  query Duty($id: ID!, $asOf: Date) {
    duty(id: $id, asOf: $asOf) {
      id title titleEn category description descriptionEn keywords leadStatus
      parent { id title titleEn }
      children { id title titleEn }
      basis { clause document { id title titleEn } }
      owners { owner { label: __typename ... on Office { id name nameEn } ... on Post { id name nameEn } } kind name nameEn role from to holders { ${APPOINTMENT} } }
    }
  }
`;
