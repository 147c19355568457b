import { answerFor } from '../../src/domain/responsibility-answer';
import { fallbackFor } from '../../src/domain/fallback';
import { ownerView } from '../../src/domain/owner-view';
import { explain, MAX_PATH_STEPS } from '../../src/domain/explanation-paths';
import { evidenceById } from '../../src/domain/duty-evidence';
import { deputy, duty, holding, leader, owner, staff } from './duty-evidence-builders';

const secretary = leader('post:deputy-party-secretary', holding('person:t2fb4w34np'));

/** A path as text: Duty ←RESPONSIBLE_FOR— office:a ←IN— post:x ←HOLDS— person:hskcgx5c7b. */
function pathText(steps: { edge: { type: string; direction: string }; to: { id: string } }[]): string {
  return steps.map((step) => `${step.edge.direction === 'INCOMING' ? '<' : ''}${step.edge.type}${step.edge.direction === 'OUTGOING' ? '>' : ''} ${step.to.id}`).join(' ');
}

describe('who is responsible: the answer for one duty', () => {
  it('names the holders of an office owner principal posts, acting ones marked, and its leader in charge', () => {
    const office = owner('office:party', { staffPosts: [staff('post:director', holding('person:3nkhq83zb4'), holding('person:pv2tcf75cc', true))], leaders: [secretary] });
    const view = ownerView(office);
    expect(view.holders.map((h) => [h.person.id, h.post.id, h.acting])).toEqual([
      ['person:3nkhq83zb4', 'post:director', false],
      ['person:pv2tcf75cc', 'post:director', true],
    ]);
    expect(view.vacant).toBe(false);
    expect(view.leadersInCharge.map((l) => [l.post.id, l.holders.map((h) => h.person.id)])).toEqual([['post:deputy-party-secretary', ['person:t2fb4w34np']]]);
  });

  it('explains each person with a path from the duty: holder through the office principal post, leader through IN_CHARGE_OF', () => {
    const office = owner('office:party', { staffPosts: [staff('post:director', holding('person:3nkhq83zb4'))], leaders: [secretary] });
    const paths = explain(duty('duty:d', [office]), null);
    expect(paths.map((p) => [p.kind, p.person.id, pathText(p.steps)])).toEqual([
      ['HOLDER', 'person:3nkhq83zb4', '<RESPONSIBLE_FOR office:party <IN post:director <HOLDS person:3nkhq83zb4'],
      ['LEADER_IN_CHARGE', 'person:t2fb4w34np', '<RESPONSIBLE_FOR office:party <IN_CHARGE_OF post:deputy-party-secretary <HOLDS person:t2fb4w34np'],
    ]);
    const [first] = paths[0]?.steps ?? [];
    expect(first?.from).toMatchObject({ label: 'Duty', id: 'duty:d' });
    expect(first?.edge).toMatchObject({ role: 'LEAD', from: '2008-01-01', to: null });
  });

  it('reaches a post owner leader through the office the post is IN, and never names people on Person nodes', () => {
    const postOwner = owner('post:clerk', { kind: 'POST', office: 'office:social', staffPosts: [staff('post:clerk', holding('person:h43kqg25gr'))], leaders: [secretary] });
    const paths = explain(duty('duty:d', [postOwner]), null);
    expect(paths.map((p) => pathText(p.steps))).toEqual([
      '<RESPONSIBLE_FOR post:clerk <HOLDS person:h43kqg25gr',
      '<RESPONSIBLE_FOR post:clerk IN> office:social <IN_CHARGE_OF post:deputy-party-secretary <HOLDS person:t2fb4w34np',
    ]);
    const personNode = paths[0]?.steps[1]?.to;
    expect(personNode).toMatchObject({ label: 'Person', name: null, nameEn: null, person: { id: 'person:h43kqg25gr' } });
  });

  it('makes no path longer than MAX_PATH_STEPS, which the longest ones reach (operations are costed by it)', () => {
    const hit = { id: 'duty:d', matchedBy: 'WORDS' as const, confidence: 0.9, meaning: 0.7, words: 1, nearestOwned: null };
    // A vacant post owner: its leader and its same-office deputy are both reached through the office the post is IN.
    const vacantPostOwner = owner('post:clerk', { kind: 'POST', office: 'office:social', staffPosts: [staff('post:clerk')], leaders: [secretary], deputies: [deputy('post:deputy', 'SAME_OFFICE', null, holding('person:v0xd4mj4qc'))] });
    const vacantOffice = owner('office:party', { staffPosts: [staff('post:director')], leaders: [secretary], deputies: [deputy('post:deputy', 'DEPUTY_OF', 'post:director', holding('person:34w320bwbw'))] });
    const paths = [vacantPostOwner, vacantOffice].flatMap((lead) => answerFor(hit, evidenceById([duty('duty:d', [lead])]))?.explanation ?? []);
    expect(paths.map((p) => p.kind).sort()).toEqual(['FALLBACK', 'FALLBACK', 'LEADER_IN_CHARGE', 'LEADER_IN_CHARGE']);
    expect(Math.max(...paths.map((p) => p.steps.length))).toBe(MAX_PATH_STEPS);
  });

  describe('fallback for a vacant lead post', () => {
    const vacantPost = (spec: Parameters<typeof owner>[1] = {}) =>
      owner('post:director', { kind: 'POST', office: 'office:party', staffPosts: [staff('post:director')], leaders: [secretary], ...spec });

    it('is the acting holder first', () => {
      const lead = vacantPost({ staffPosts: [staff('post:director', holding('person:pv2tcf75cc', true))], deputies: [deputy('post:deputy', 'DEPUTY_OF', 'post:director', holding('person:34w320bwbw'))] });
      expect(fallbackFor([lead])?.view).toMatchObject({ fallbackKind: 'ACTING', post: { id: 'post:director' }, holders: [{ person: { id: 'person:pv2tcf75cc' }, acting: true }] });
    });

    it('then a holder of a post DEPUTY_OF the lead post, before a deputy-rank post of the same office', () => {
      const lead = vacantPost({
        deputies: [deputy('post:same-office', 'SAME_OFFICE', null, holding('person:v0xd4mj4qc')), deputy('post:deputy', 'DEPUTY_OF', 'post:director', holding('person:34w320bwbw'))],
      });
      expect(fallbackFor([lead])?.view).toMatchObject({ fallbackKind: 'DEPUTY', post: { id: 'post:deputy' }, holders: [{ person: { id: 'person:34w320bwbw' } }] });
      const sameOfficeOnly = vacantPost({ deputies: [deputy('post:same-office', 'SAME_OFFICE', null, holding('person:v0xd4mj4qc'))] });
      expect(fallbackFor([sameOfficeOnly])?.view).toMatchObject({ fallbackKind: 'DEPUTY', post: { id: 'post:same-office' } });
    });

    it('then the leader in charge; a vacant deputy post is skipped; null when nobody holds anything', () => {
      const lead = vacantPost({ deputies: [deputy('post:deputy', 'DEPUTY_OF', 'post:director')] });
      expect(fallbackFor([lead])?.view).toMatchObject({ fallbackKind: 'LEADER_IN_CHARGE', post: { id: 'post:deputy-party-secretary' }, forOwner: { id: 'post:director' } });
      expect(fallbackFor([vacantPost({ leaders: [leader('post:nobody')] })])).toBeNull();
    });

    it('is given, labelled, in the answer of a VACANT duty, with a FALLBACK path through DEPUTY_OF', () => {
      const office = owner('office:party', { staffPosts: [staff('post:director')], leaders: [secretary], deputies: [deputy('post:deputy', 'DEPUTY_OF', 'post:director', holding('person:34w320bwbw'))] });
      const answer = answerFor({ id: 'duty:d', matchedBy: 'WORDS', confidence: 0.9, meaning: 0.7, words: 1, nearestOwned: null }, evidenceById([duty('duty:d', [office])]));
      expect(answer?.status).toBe('VACANT');
      expect(answer?.fallback).toMatchObject({ fallbackKind: 'DEPUTY', post: { id: 'post:deputy' } });
      const fallbackPath = answer?.explanation.find((p) => p.kind === 'FALLBACK');
      expect(fallbackPath && pathText(fallbackPath.steps)).toBe('<RESPONSIBLE_FOR office:party <IN post:director <DEPUTY_OF post:deputy <HOLDS person:34w320bwbw');
    });

    it('is not given when the duty has a filled lead owner', () => {
      const answer = answerFor({ id: 'duty:d', matchedBy: 'WORDS', confidence: 0.9, meaning: 0.7, words: 1, nearestOwned: null }, evidenceById([duty('duty:d', [owner('office:a')])]));
      expect(answer?.status).toBe('OWNED');
      expect(answer?.fallback).toBeNull();
    });
  });

  it('names the nearest owned parent of a BLANK duty, with its lead owners', () => {
    const evidence = evidenceById([
      duty('duty:leaf', [owner('office:helper', { role: 'ASSIST' })], 'duty:mid'),
      duty('duty:mid', [], 'duty:root'),
      duty('duty:root', [owner('office:party', { leaders: [secretary] })]),
    ]);
    const answer = answerFor({ id: 'duty:leaf', matchedBy: 'ID', confidence: 1, meaning: 0, words: 0, nearestOwned: { id: 'duty:root', distance: 2 } }, evidence);
    expect(answer?.status).toBe('BLANK');
    expect(answer?.leads).toEqual([]);
    expect(answer?.assists.map((a) => a.id)).toEqual(['office:helper']);
    expect(answer?.duty.parent?.id).toBe('duty:mid');
    expect(answer?.nearestOwnedParent).toMatchObject({ duty: { id: 'duty:root' }, distance: 2, leads: [{ id: 'office:party', kind: 'OFFICE' }] });
  });

  it('reuses the audit flags for the status, CROSSOVER included in flags', () => {
    const evidence = evidenceById([
      duty('duty:child', [owner('office:social', { leaders: [leader('post:deputy-mayor', holding('person:504tr06fn4'))] })], 'duty:parent'),
      duty('duty:parent', [owner('office:party', { leaders: [secretary] })]),
    ]);
    const answer = answerFor({ id: 'duty:child', matchedBy: 'TITLE', confidence: 1, meaning: 0.8, words: 1, nearestOwned: null }, evidence);
    expect(answer).toMatchObject({ status: 'OWNED', flags: ['CROSSOVER'], matchedBy: 'TITLE', confidence: 1, confident: true, score: 1 });
  });

  it('answers nothing for a hit without evidence', () => {
    expect(answerFor({ id: 'duty:gone', matchedBy: 'WORDS', confidence: 0.9, meaning: 0.7, words: 1, nearestOwned: null }, evidenceById([]))).toBeNull();
  });
});
