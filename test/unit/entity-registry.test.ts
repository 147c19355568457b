import 'reflect-metadata';
import { MODEL } from '../../src/domain/model';
import { dayFieldsOf } from '../../src/graphql/entities/day-fields';
import { dayFieldPaths, ownDayFields } from '../../src/graphql/entities/day-field';
import { ENTITY_TYPES } from '../../src/graphql/entities/entity-types';
import { EntityLookups, EntityType, entityType, isEntityType, registeredEntityTypes, registeredLookups } from '../../src/graphql/entities/entity-type-registry';
import { ENTITY_RESOLVERS } from '../../src/graphql/entities/entity-resolvers';
import { OfficeLeader } from '../../src/graphql/entities/entity-refs.type';
import { EntityInput, registeredInputs } from '../../src/graphql/mutations/entity-inputs';

/**
 * Each label's own files register its GraphQL type and its lookup resolver (@EntityType, @EntityLookups)
 * and mark its day fields (@DayField); the tables the schema is built from are derived from them,
 * checked against the model: exactly one type and one lookup resolver per label, none besides.
 */
describe('the entity registry (graphql/entities)', () => {
  it('has exactly one GraphQL type per model label, named by the label', () => {
    expect(Object.keys(ENTITY_TYPES)).toEqual(MODEL.map((entry) => entry.kind));
    for (const entry of MODEL) {
      const type = ENTITY_TYPES[entry.kind];
      expect(type.name).toBe(entry.label);
      expect(entityType(entry.label)).toBe(type);
      expect(isEntityType(type)).toBe(true);
    }
    expect(isEntityType(OfficeLeader)).toBe(false);
  });

  it('hands type-graphql one lookup resolver per model kind, among the entity resolvers', () => {
    const lookups = registeredLookups(MODEL.map((entry) => entry.kind));
    expect(new Set(lookups).size).toBe(MODEL.length);
    expect(lookups.map((resolver) => resolver.name)).toEqual(MODEL.map((entry) => `${entry.label}Resolver`));
    for (const resolver of lookups) expect(ENTITY_RESOLVERS).toContain(resolver);
  });

  it('fails, naming it, for a model label without its type or a type of a label the model lacks', () => {
    const labels = MODEL.map((entry) => entry.label);
    expect(() => registeredEntityTypes([...labels, 'Hamlet'])).toThrow(/Hamlet has none/);
    expect(() => registeredEntityTypes(labels.filter((label) => label !== 'Duty'))).toThrow(/Duty is not in the model/);
    expect(() => registeredLookups(MODEL.map((entry) => entry.kind).filter((kind) => kind !== 'office'))).toThrow(/office is not in the model/);
  });

  it('refuses a second type for a label, and a type not named by its label', () => {
    expect(() => {
      @EntityType('Office')
      class Office {}
      return Office;
    }).toThrow(/Office already has an entity type/);
    expect(() => {
      @EntityType('Post')
      class PostLookAlike {}
      return PostLookAlike;
    }).toThrow(/named by the label/);
    expect(() => {
      @EntityLookups('post')
      class SecondPostResolver {}
      return SecondPostResolver;
    }).toThrow(/post already has a lookup resolver/);
  });

  it('derives the day fields of each type from its @DayField marks, as the table they replace listed them', () => {
    expect(Object.fromEntries(MODEL.map((entry) => [entry.kind, dayFieldsOf(entry.kind)]))).toEqual({
      township: ['offices', 'villages', 'stations', 'posts'],
      department: ['stations'],
      partyOrganization: ['stations'],
      document: [],
      office: ['active', 'posts', 'people', 'duties', 'leadersInCharge', 'leadersInCharge.holders', 'villages'],
      post: ['active', 'unit', 'holders', 'actingHolders', 'vacant', 'inChargeOf', 'duties'],
      person: ['posts', 'crossPosted', 'appointments', 'officesInCharge', 'residentCadreIn', 'workload', 'duties'],
      village: ['under', 'township', 'residentCadre', 'posts'],
      station: ['township', 'department', 'partyRelation', 'partyRelations', 'posts', 'heads'],
      duty: ['owners', 'leadCount', 'leadStatus'],
    });
    expect(ownDayFields(OfficeLeader)).toEqual(['holders']);
  });

  it('follows a day field into a relationship type, never into an entity type', () => {
    // As if every type counted as an entity: Office.leadersInCharge's holders are no longer its paths.
    expect(dayFieldPaths(ENTITY_TYPES.office, () => true)).not.toContain('leadersInCharge.holders');
    // As if none did: Office.posts would bring in Post's own day fields.
    expect(dayFieldPaths(ENTITY_TYPES.office, () => false)).toContain('posts.holders');
  });

  it('has one createX/updateX input per model label, named <Label>Input, and fails naming a label without one', () => {
    const labels = MODEL.map((entry) => entry.label);
    const inputs = registeredInputs(labels);
    expect([...inputs.keys()].sort()).toEqual([...labels].sort());
    for (const label of labels) expect(inputs.get(label)?.name).toBe(`${label}Input`);
    expect(() => registeredInputs([...labels, 'Hamlet'])).toThrow(/Hamlet has none/);
    expect(() => registeredInputs(labels.filter((label) => label !== 'Duty'))).toThrow(/Duty is not in the model/);
    class Misnamed {}
    expect(() => EntityInput('Office')(Misnamed)).toThrow(/must be named OfficeInput/);
  });
});
