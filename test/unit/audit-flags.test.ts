import { assessDuties, assessDuty, countFlags, flagReasons, isVacantOwner, statusOf } from '../../src/domain/audit-flags';
import { evidenceById } from '../../src/domain/duty-evidence';
import { duty, holding, leader, owner, staff } from './duty-evidence-builders';

const secretary = leader('post:deputy-party-secretary', holding('person:t2fb4w34np'));
const mayor = leader('post:deputy-mayor', holding('person:504tr06fn4'));

describe('audit flags', () => {
  it('flags nothing on a duty with one filled lead office', () => {
    const assessment = assessDuty(duty('d', [owner('office:a', { leaders: [secretary] })]));
    expect(assessment.flags).toEqual([]);
    expect(statusOf(assessment.flags)).toBe('OWNED');
  });

  it('BLANK: no lead owner, even with assisting owners (who are the evidence)', () => {
    const assessment = assessDuty(duty('d', [owner('office:a', { role: 'ASSIST' })]));
    expect(assessment.flags).toEqual(['BLANK']);
    expect(assessment.blank?.assists.map((o) => o.owner.id)).toEqual(['office:a']);
    expect(statusOf(assessment.flags)).toBe('BLANK');
  });

  it('OVERLAP: two different lead owners; the same owner twice is one', () => {
    const two = assessDuty(duty('d', [owner('office:a'), owner('post:b', { kind: 'POST', office: 'office:b' })]));
    expect(two.flags).toEqual(['OVERLAP']);
    expect(two.overlap?.leads.map((o) => o.owner.id)).toEqual(['office:a', 'post:b']);
    expect(statusOf(two.flags)).toBe('OVERLAP');
    expect(assessDuty(duty('d', [owner('office:a'), owner('office:a')])).flags).toEqual([]);
  });

  it('an assisting owner never makes an overlap', () => {
    expect(assessDuty(duty('d', [owner('office:a'), owner('office:b', { role: 'ASSIST' })])).flags).toEqual([]);
  });

  it('VACANT: lead post held by nobody, or by an acting holder only; an office with no held principal post', () => {
    const emptyPost = owner('post:p', { kind: 'POST', office: 'office:a', staffPosts: [staff('post:p')] });
    const actingOnly = owner('post:q', { kind: 'POST', office: 'office:a', staffPosts: [staff('post:q', holding('person:2058hdfhb1', true))] });
    const officeWithoutPrincipal = owner('office:c', { staffPosts: [] });
    expect(isVacantOwner(emptyPost)).toBe(true);
    expect(isVacantOwner(actingOnly)).toBe(true);
    expect(isVacantOwner(officeWithoutPrincipal)).toBe(true);
    const assessment = assessDuty(duty('d', [emptyPost]));
    expect(assessment.flags).toEqual(['VACANT']);
    expect(assessment.vacant?.leads.map((o) => o.owner.id)).toEqual(['post:p']);
    expect(statusOf(assessment.flags)).toBe('VACANT');
  });

  it('VACANT only when every lead owner is vacant; an overlap of vacant owners is VACANT first', () => {
    const vacant = owner('office:v', { staffPosts: [staff('post:v')] });
    expect(assessDuty(duty('d', [vacant, owner('office:a')])).flags).toEqual(['OVERLAP']);
    const both = assessDuty(duty('d', [vacant, owner('office:w', { staffPosts: [] })]));
    expect(both.flags).toEqual(['OVERLAP', 'VACANT']);
    expect(statusOf(both.flags)).toBe('VACANT');
  });

  describe('CROSSOVER', () => {
    const parentUnderSecretary = duty('parent', [owner('office:party', { leaders: [secretary] })]);

    it('is raised when the duty and its parent are led under different leaders in charge', () => {
      const child = duty('child', [owner('office:social', { leaders: [mayor] })], 'parent');
      const assessment = assessDuty(child, parentUnderSecretary);
      expect(assessment.flags).toEqual(['CROSSOVER']);
      expect(assessment.crossover?.parentId).toBe('parent');
      expect(assessment.crossover?.dutyLines.map((line) => [line.office?.id, line.leaders.map((l) => l.id)])).toEqual([['office:social', ['post:deputy-mayor']]]);
      expect(assessment.crossover?.parentLines.map((line) => [line.office?.id, line.leaders.map((l) => l.id)])).toEqual([['office:party', ['post:deputy-party-secretary']]]);
      expect(statusOf(assessment.flags)).toBe('OWNED');
    });

    it('is not raised under the same leader, even through different offices', () => {
      const child = duty('child', [owner('office:other', { leaders: [secretary] })], 'parent');
      expect(assessDuty(child, parentUnderSecretary).flags).toEqual([]);
    });

    it('reads a post owner through the office the post is IN', () => {
      const child = duty('child', [owner('post:clerk', { kind: 'POST', office: 'office:social', leaders: [mayor] })], 'parent');
      expect(assessDuty(child, parentUnderSecretary).crossover?.dutyLines[0]?.office?.id).toBe('office:social');
    });

    it('treats a leadership post that leads a duty itself as its own leader', () => {
      const led = duty('child', [owner('post:deputy-party-secretary', { kind: 'POST', office: null, level: 'LEADERSHIP' })], 'parent');
      expect(assessDuty(led, parentUnderSecretary).flags).toEqual([]);
      const other = duty('child', [owner('post:deputy-mayor', { kind: 'POST', office: null, level: 'LEADERSHIP' })], 'parent');
      expect(assessDuty(other, parentUnderSecretary).flags).toEqual(['CROSSOVER']);
    });

    it('needs a leader on both sides, and a common one clears it', () => {
      const noLeader = duty('child', [owner('office:x')], 'parent');
      expect(assessDuty(noLeader, parentUnderSecretary).flags).toEqual([]);
      const blankParent = duty('parent', []);
      expect(assessDuty(duty('child', [owner('office:social', { leaders: [mayor] })], 'parent'), blankParent).flags).toEqual([]);
      const shared = duty('child', [owner('office:social', { leaders: [mayor, secretary] })], 'parent');
      expect(assessDuty(shared, parentUnderSecretary).flags).toEqual([]);
    });
  });

  describe('SELF_SUPERVISED', () => {
    it('is raised when the holder of the lead office principal post also holds the post in charge of it', () => {
      const office = owner('office:a', { staffPosts: [staff('post:director', holding('person:t2fb4w34np'))], leaders: [secretary] });
      const assessment = assessDuty(duty('d', [office]));
      expect(assessment.flags).toEqual(['SELF_SUPERVISED']);
      expect(assessment.selfSupervised.map((s) => [s.person.id, s.post.id, s.leader.id, s.office.id])).toEqual([
        ['person:t2fb4w34np', 'post:director', 'post:deputy-party-secretary', 'office:a'],
      ]);
    });

    it('is raised through a lead post and its office, acting holdings included', () => {
      const lead = owner('post:clerk', { kind: 'POST', office: 'office:a', staffPosts: [staff('post:clerk', holding('person:504tr06fn4', true))], leaders: [mayor] });
      expect(assessDuty(duty('d', [lead])).flags).toEqual(['VACANT', 'SELF_SUPERVISED']);
    });

    it('is not raised when different people hold the two posts, or for an assisting owner', () => {
      const office = owner('office:a', { staffPosts: [staff('post:director', holding('person:c7cshqmcfv'))], leaders: [secretary] });
      expect(assessDuty(duty('d', [office])).flags).toEqual([]);
      const assisting = owner('office:b', { role: 'ASSIST', staffPosts: [staff('post:b', holding('person:t2fb4w34np'))], leaders: [secretary] });
      expect(assessDuty(duty('d', [owner('office:a', { leaders: [secretary] }), assisting])).flags).toEqual([]);
    });
  });

  it('carries several flags on one duty, in a fixed order', () => {
    const vacantUnderMayor = owner('office:v', { staffPosts: [staff('post:v')], leaders: [mayor] });
    const parent = duty('parent', [owner('office:p', { leaders: [secretary] })]);
    const assessment = assessDuty(duty('child', [vacantUnderMayor, owner('office:w', { staffPosts: [], leaders: [mayor] })], 'parent'), parent);
    expect(assessment.flags).toEqual(['OVERLAP', 'CROSSOVER', 'VACANT']);
    expect(flagReasons(assessment).map((reason) => reason.flag)).toEqual(['OVERLAP', 'CROSSOVER', 'VACANT']);
  });

  it('assesses the audited duties only, sorted by id, reading parents from the same evidence, and counts flags', () => {
    const evidence = evidenceById([
      duty('b', []),
      duty('a', [owner('office:social', { leaders: [mayor] })], 'p'),
      duty('p', [owner('office:party', { leaders: [secretary] })]),
      duty('c', [owner('office:x'), owner('office:y')]),
    ]);
    const assessments = assessDuties(['c', 'b', 'a', 'missing'], evidence);
    expect(assessments.map((a) => [a.dutyId, a.flags])).toEqual([
      ['a', ['CROSSOVER']],
      ['b', ['BLANK']],
      ['c', ['OVERLAP']],
    ]);
    expect(countFlags(assessments)).toEqual({ OVERLAP: 1, CROSSOVER: 1, BLANK: 1, VACANT: 0, SELF_SUPERVISED: 0 });
  });

  it('names people by id only in the reasons', () => {
    const office = owner('office:a', { staffPosts: [staff('post:director', { ...holding('person:t2fb4w34np'), person: { id: 'person:t2fb4w34np', name: '李明', nameEn: 'Li Ming' } })], leaders: [{ ...secretary, holders: [holding('person:t2fb4w34np')] }] });
    const [reason] = flagReasons(assessDuty(duty('d', [office])));
    expect(reason?.message).toContain('person:t2fb4w34np');
    expect(reason?.message).not.toContain('李明');
  });
});
