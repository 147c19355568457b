import fs from 'node:fs';
import { SAMPLE_TOWN_FILE } from '../../src/sample-town';
import { sampleTownSession } from '../helpers/sample-town-session';

/**
 * Every entity statement computes only the parts a selection reads ($include). A narrow selection
 * must therefore see exactly what the full one sees, field by field (find-people has its own test in
 * entities-navigation.test.ts, with its duty routes).
 */
const PART_FIELDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  townships: {
    offices: 'offices { id kind }', villages: 'villages { id }', stations: 'stations { id }', posts: 'posts { id rank }', partyOrganizations: 'partyOrganizations { id }',
  },
  departments: { stations: 'stations { id }', partyOrganizations: 'partyOrganizations { id kind }' },
  partyOrganizations: { township: 'township { id }', department: 'department { id }', stations: 'stations { station { id } from to basis }' },
  documents: { township: 'township { id }', duties: 'duties { duty { id } clause }', candidates: 'candidates { person { id } on }' },
  offices: {
    township: 'township { id }', posts: 'posts { id }', people: 'people { person { id } post { id } acting }', duties: 'duties { duty { id } role owner { label: __typename ... on Node { id } } }',
    leadersInCharge: 'leadersInCharge { post { id } holders { person { id } } }', villages: 'villages { id }', mergedInto: 'mergedInto { id }', mergedFrom: 'mergedFrom { id }',
  },
  posts: {
    unit: 'unit { label: __typename ... on Node { id } }', units: 'units { unit { ... on Node { id } } from to }', township: 'township { id }', holders: 'holders { person { id } acting }',
    actingHolders: 'actingHolders { person { id } }', holderHistory: 'holderHistory { person { id } from to }', vacant: 'vacant', deputyOf: 'deputyOf { id }',
    deputies: 'deputies { id }', inChargeOf: 'inChargeOf { office { id } from }', duties: 'duties { duty { id } role }',
  },
  villages: {
    under: 'under { label: __typename ... on Node { id } }', underHistory: 'underHistory { unit { ... on Node { id } } from to }', township: 'township { id }', residentCadre: 'residentCadre { person { id } from }',
    posts: 'posts { post { id } holders { person { id } } vacant }',
  },
  stations: {
    township: 'township { id }', department: 'department { id }', partyRelation: 'partyRelation { organization { id } insideTownCommittee }',
    partyRelations: 'partyRelations { organization { id } from insideTownCommittee }', posts: 'posts { id }', heads: 'heads { person { id } post { id } }',
  },
  duties: {
    township: 'township { id }', parent: 'parent { id }', children: 'children { id }', basis: 'basis { document { id } clause }',
    owners: 'owners { kind owner { ... on Node { id } } role holders { person { id } post { id } } }',
  },
};

const sampleDescribe = fs.existsSync(SAMPLE_TOWN_FILE) ? describe : describe.skip;

sampleDescribe('entity statements compute only what the selection reads', () => {
  const town = sampleTownSession();

  const nodesOf = (connection: { edges: { node: Record<string, unknown> }[] }) => connection.edges.map((edge) => edge.node);
  const filled = (value: unknown) => value !== null && value !== false && !(Array.isArray(value) && value.length === 0);

  it.each(Object.entries(PART_FIELDS))('%s: each narrow selection equals the same field of the full one', async (list, fields) => {
    // `townships` takes no township filter (one township is `township(id:)`); every other list is narrowed to the sample town.
    const page = `${list}(${list === 'townships' ? '' : 'township: "town:lishun", '}asOf: "2008-11-01", first: 100)`;
    const full = await town.graphql.data(`{ ${page} { edges { node { id ${Object.values(fields).join(' ')} } } } }`);
    const nodes = nodesOf(full[list]);
    expect(nodes.length).toBeGreaterThan(0);
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const withContent: string[] = [];
    for (const [field, selection] of Object.entries(fields)) {
      const narrow = nodesOf((await town.graphql.data(`{ ${page} { edges { node { id ${selection} } } } }`))[list]);
      expect(narrow.map((node) => node.id)).toEqual(nodes.map((node) => node.id));
      for (const node of narrow) {
        expect({ id: node.id, [field]: node[field] }).toEqual({ id: node.id, [field]: byId.get(node.id)?.[field] });
      }
      if (nodes.some((node) => filled(node[field]))) withContent.push(field);
    }
    // The comparison means something only if most parts have content in the sample town.
    expect(withContent.length).toBeGreaterThanOrEqual(Math.ceil(Object.keys(fields).length / 2));
  });

  it('a lookup by id reads the same parts as the list', async () => {
    const { offices } = await town.graphql.data(`{ offices(township: "town:lishun", asOf: "2008-11-01", first: 1) { edges { node { id ${PART_FIELDS.offices?.people} } } } }`);
    const [office] = nodesOf(offices);
    const { office: lookup } = await town.graphql.data(`{ office(id: "${office.id}", asOf: "2008-11-01") { id ${PART_FIELDS.offices?.people} } }`);
    expect(lookup).toEqual(office);
  });
});
