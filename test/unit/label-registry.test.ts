import { LabelRegistry } from '../../src/domain/label-registry';

describe('LabelRegistry: what each label registers, one per key', () => {
  class OfficeThing {}
  class OtherOfficeThing {}

  it('answers one value per key asked, in the order asked', () => {
    const registry = new LabelRegistry<object>('a thing', 'things (test)');
    registry.register('office', OfficeThing);
    registry.register('post', OtherOfficeThing);
    registry.register('office', OfficeThing); // the same class again (a module loaded twice) is no second one
    expect(registry.each(['post', 'office'])).toEqual([OtherOfficeThing, OfficeThing]);
    expect(registry.has('office')).toBe(true);
    expect(registry.get('duty')).toBeUndefined();
  });

  it('refuses a second value for a key, naming both', () => {
    const registry = new LabelRegistry<object>('a thing', 'things (test)');
    registry.register('office', OfficeThing);
    expect(() => registry.register('office', OtherOfficeThing)).toThrow('OtherOfficeThing: office already has a thing (OfficeThing)');
  });

  it('fails naming every key without a value and every value of a key not asked', () => {
    const registry = new LabelRegistry<object>('a thing', 'things (test)');
    registry.register('office', OfficeThing);
    registry.register('hamlet', OtherOfficeThing);
    expect(() => registry.each(['office', 'post', 'duty'])).toThrow('things (test): post has none; duty has none; hamlet is not in the model');
  });
});
