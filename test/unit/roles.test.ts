import { rolesAllow } from '../../src/auth/roles';

describe('roles', () => {
  it('each role sees what the roles below it see', () => {
    expect(rolesAllow(['admin'], ['viewer'])).toBe(true);
    expect(rolesAllow(['discipline'], ['staff'])).toBe(true);
    expect(rolesAllow(['staff'], ['discipline'])).toBe(false);
    expect(rolesAllow(['viewer'], ['staff'])).toBe(false);
  });

  it('the lowest listed role is enough', () => {
    expect(rolesAllow(['staff'], ['discipline', 'staff'])).toBe(true);
  });

  it('an empty requirement means any signed-in role', () => {
    expect(rolesAllow(['viewer'], [])).toBe(true);
    expect(rolesAllow([], [])).toBe(false);
  });
});
