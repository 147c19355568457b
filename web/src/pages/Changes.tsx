import { useState } from 'preact/hooks';
import { reaches, useApp } from '../app-context';
import { CHANGES, STATION_MOVES } from '../graphql/changes';
import { useQuery } from '../use-query';
import { Dates, EntityLink, Errors, List, Loading, Section } from '../components/common';

interface Ref {
  id: string;
  name: string;
  nameEn: string | null;
  label?: string;
}
export interface ChangeSet {
  leadershipPostsBefore: number;
  leadershipPostsAfter: number;
  officesCreated: { on: string; office: Ref }[];
  officesClosed: { on: string; kind: string; office: Ref; mergedInto: Ref[] }[];
  postsCut: { on: string; post: Ref }[];
  postsAdded: { on: string; post: Ref }[];
  villagesRehomed: { on: string; village: Ref; fromUnit: Ref; toUnit: Ref }[];
  dutyOwnerChanges: { duty: { id: string; title: string; titleEn: string | null }; before: Ref[]; after: Ref[] }[];
}

/** A change set in the report's terms; shared by the Changes page and the reorganisation preview. */
export function ChangeSetView({ changes }: { changes: ChangeSet }) {
  const { t, e, name } = useApp();
  const names = (refs: Ref[]) => refs.map((ref) => name(ref.name, ref.nameEn)).join('、') || t('none');
  return (
    <div class="changes">
      <p data-testid="leadership-posts">
        {t('leadershipPosts')}：{changes.leadershipPostsBefore} → {changes.leadershipPostsAfter}
      </p>
      <Section title={`${t('officesCreated')} (${changes.officesCreated.length})`}>
        <List items={changes.officesCreated} render={(item) => <><EntityLink item={item.office} page="office" /> <span class="muted">{item.on}</span></>} />
      </Section>
      <Section title={`${t('officesClosed')} (${changes.officesClosed.length})`}>
        <List
          items={changes.officesClosed}
          render={(item) => (
            <>
              <EntityLink item={item.office} page="office" /> — {e(item.kind)}
              {item.mergedInto.length ? <> → {item.mergedInto.map((office, i) => <span key={office.id}>{i ? '、' : ''}<EntityLink item={office} page="office" /></span>)}</> : null} <span class="muted">{item.on}</span>
            </>
          )}
        />
      </Section>
      <Section title={`${t('postsCut')} (${changes.postsCut.length})`}>
        <List items={changes.postsCut} render={(item) => <><EntityLink item={item.post} page="post" /> <span class="muted">{item.on}</span></>} />
      </Section>
      <Section title={`${t('postsAdded')} (${changes.postsAdded.length})`}>
        <List items={changes.postsAdded} render={(item) => <><EntityLink item={item.post} page="post" /> <span class="muted">{item.on}</span></>} />
      </Section>
      <Section title={`${t('villagesRehomed')} (${changes.villagesRehomed.length})`}>
        <List items={changes.villagesRehomed} render={(item) => <><EntityLink item={item.village} page="village" />: {name(item.fromUnit.name, item.fromUnit.nameEn)} → <EntityLink item={item.toUnit} /> <span class="muted">{item.on}</span></>} />
      </Section>
      <Section title={`${t('dutyOwnerChanges')} (${changes.dutyOwnerChanges.length})`}>
        <List items={changes.dutyOwnerChanges} render={(item) => <><EntityLink item={item.duty} page="duty" />: {names(item.before)} → {names(item.after)}</>} />
      </Section>
    </div>
  );
}

interface StationMoves {
  changes: { stationPartyRelationsMoved: { on: string; basis: string | null; station: Ref; fromOrganization: Ref; toOrganization: Ref }[] };
}

/** The Changes page: what changed between two days. */
export function ChangesPage() {
  const { t, name, asOf, township, roles } = useApp();
  const [from, setFrom] = useState('2008-08-14');
  const [to, setTo] = useState(asOf);
  const [period, setPeriod] = useState({ from, to });
  const result = useQuery<{ changes: ChangeSet }>(CHANGES, { ...period, township }, !township);
  const discipline = reaches(roles, 'discipline');
  const moves = useQuery<StationMoves>(STATION_MOVES, { ...period, township }, !township || !discipline);
  return (
    <div>
      <h1>{t('changesTitle')}</h1>
      <form class="inline-form" onSubmit={(event) => { event.preventDefault(); setPeriod({ from, to }); }}>
        <label>
          {t('fromDate')} <input type="date" value={from} onChange={(event) => setFrom((event.target as HTMLInputElement).value)} />
        </label>
        <label>
          {t('toDate')} <input type="date" value={to} onChange={(event) => setTo((event.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">{t('show')}</button>
      </form>
      {result.loading ? <Loading /> : null}
      <Errors errors={result.errors} />
      {result.data ? <ChangeSetView changes={result.data.changes} /> : null}
      {discipline && moves.data ? (
        <Section title={`${t('stationsMoved')} (${moves.data.changes.stationPartyRelationsMoved.length})`}>
          <List items={moves.data.changes.stationPartyRelationsMoved} render={(item) => <><EntityLink item={item.station} />: {name(item.fromOrganization.name, item.fromOrganization.nameEn)} → {name(item.toOrganization.name, item.toOrganization.nameEn)} <Dates from={item.on} /></>} />
        </Section>
      ) : null}
    </div>
  );
}
