import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, GraphQLObjectType, isObjectType } from 'graphql';

/**
 * One GraphQL type per entity label (issue 15, docs/front-end-contract.md "Identity"): an object type
 * that is not an entity type (does not implement Node) yet carries an `id` and only fields an entity
 * type has, with the same types (`PostBrief { id name nameEn rank level }` ⊂ `Post`), answers that
 * entity's ids under a second typename: a look-alike, which a normalising cache stores apart from the
 * entity and no fragment on the entity can read. Derived from the committed SDL, not listed.
 */
const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'));
const objects = Object.values(schema.getTypeMap()).filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'));
const entities = objects.filter((type) => type.getInterfaces().some((inner) => inner.name === 'Node'));

/** The entity types whose fields include every field of `type`, each with the same named type. */
function entitiesLike(type: GraphQLObjectType): string[] {
  const fields = Object.values(type.getFields());
  return entities
    .filter((entity) => fields.every((field) => entity.getFields()[field.name] && getNamedType(entity.getFields()[field.name]!.type).name === getNamedType(field.type).name))
    .map((entity) => entity.name);
}

describe('one type per entity label', () => {
  it('finds the entity types (the ten labels) and non-entity types that carry an id', () => {
    expect(entities.length).toBe(10);
    expect(objects.filter((type) => !entities.includes(type) && type.getFields().id).length).toBeGreaterThan(1);
  });

  it('no object type besides the entity types carries an id with only fields of an entity type (no look-alike)', () => {
    const lookAlikes = objects
      .filter((type) => !entities.includes(type) && type.getFields().id)
      .filter((type) => entitiesLike(type).length > 0)
      .map((type) => `${type.name} (like ${entitiesLike(type).join(', ')})`);
    expect(lookAlikes).toEqual([]);
  });

  it('the detector catches a look-alike (a brief of Post built on the fly)', () => {
    const probe = buildSchema(`${fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8')}\ntype PostBriefProbe { id: ID! name: String! rank: PostRank }`);
    expect(entitiesLike(probe.getType('PostBriefProbe') as GraphQLObjectType)).toEqual(['Post']);
  });

  // TouchedEntity is a relationship (what one change did to an entity), naming it by entityId and label.
  it('no field says what it points to with a label: references are entity types, unions or Node', () => {
    const labelled = objects.filter((type) => type.name !== 'TouchedEntity' && Object.values(type.getFields()).some((field) => field.name === 'label' && getNamedType(field.type).name === 'EntityLabel'));
    expect(labelled.map((type) => type.name)).toEqual([]);
  });
});
