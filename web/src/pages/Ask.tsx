import { useState } from 'preact/hooks';
import { useApp } from '../app-context';
import { WHO_IS_RESPONSIBLE } from '../graphql/ask';
import { useQuery } from '../use-query';
import { href } from '../router';
import { Badge, Dates, EntityLink, Errors, Holder, List, Loading } from '../components/common';
import { Graph, GraphEdge, GraphNode } from '../components/Graph';

interface Ref {
  id: string;
  name?: string | null;
  nameEn?: string | null;
  title?: string;
  titleEn?: string | null;
  label?: string;
}
interface Holding {
  acting: boolean;
  from: string;
  to: string | null;
  person: Ref;
  post: Ref;
}
/** An owner of the duty: the relationship (role, vacancy, holders), naming the office or post under `owner`. */
interface Owner {
  owner: Ref;
  name: string;
  nameEn: string | null;
  kind: 'OFFICE' | 'POST';
  role: string;
  vacant: boolean;
  office: Ref | null;
  holders: Holding[] | null;
  leadersInCharge: { from: string; post: Ref; holders: Holding[] | null }[];
}
interface PathNode {
  id: string;
  /** The node's type (__typename): Duty, Office, Post or Person. */
  label: string;
  name?: string;
  nameEn?: string | null;
  /** A Person's names (staff role and above). */
  personName?: string | null;
  personNameEn?: string | null;
}
interface Answer {
  duty: Ref & { title: string; category: string | null; parent: Ref | null };
  status: string;
  flags: string[];
  matchedBy: string;
  confident: boolean;
  confidence: number;
  score: number;
  leads: Owner[];
  assists: Owner[];
  basis: { clause: string | null; document: Ref } | null;
  fallback: { fallbackKind: string; post: Ref; holders: Holding[] | null } | null;
  nearestOwnedParent: { distance: number; duty: Ref; leads: { owner: Ref; name: string; nameEn: string | null }[] } | null;
  explanation: { kind: string; role: string; person: Ref; steps: { from: PathNode; to: PathNode; edge: { type: string; from: string | null; to: string | null; acting: boolean | null } }[] }[];
}

/** The Ask page: one search box, answers as cards, the explanation drawn as a small graph. */
export function AskPage({ initial }: { initial: string }) {
  const { t, asOf, township } = useApp();
  const [text, setText] = useState(initial);
  const [query, setQuery] = useState(initial);
  const result = useQuery<{ whoIsResponsible: { edges: { node: Answer }[] } }>(WHO_IS_RESPONSIBLE, { query, asOf, township }, query.trim() === '');
  const submit = (event: Event) => {
    event.preventDefault();
    setQuery(text.trim());
    history.replaceState(null, '', href('ask', undefined, text.trim() ? { q: text.trim() } : undefined));
  };
  // Below the search's confidence threshold the answers are only the closest duties: said so, and shown as suggestions.
  const found = result.data?.whoIsResponsible.edges.map((edge) => edge.node);
  const answers = found?.filter((answer) => answer.confident);
  const suggestions = found?.filter((answer) => !answer.confident) ?? [];
  return (
    <div>
      <form class="ask" role="search" onSubmit={submit}>
        <label for="ask-input" class="ask-label">
          {t('askQuestion')}
        </label>
        <div class="ask-row">
          <input id="ask-input" type="search" value={text} placeholder={t('askPlaceholder')} aria-describedby="ask-hint" onInput={(event) => setText((event.target as HTMLInputElement).value)} autoFocus />
          <button type="submit">{t('askButton')}</button>
        </div>
        <p id="ask-hint" class="muted">
          {t('askHint')}
        </p>
      </form>
      {query && result.loading ? <Loading /> : null}
      <Errors errors={result.errors} />
      {query && !result.loading && answers?.length === 0 ? (
        <p class="no-match" role="status">
          {t('noConfidentMatch')}
        </p>
      ) : null}
      {answers && answers.length > 0 ? (
        <section aria-label={t('results')} class="answers">
          {answers.map((answer) => (
            <AnswerCard key={answer.duty.id} answer={answer} />
          ))}
        </section>
      ) : null}
      {answers && answers.length === 0 && suggestions.length > 0 ? (
        <section aria-label={t('closestDuties')} class="answers suggestions">
          <h2>{t('closestDuties')}</h2>
          {suggestions.map((answer) => (
            <AnswerCard key={answer.duty.id} answer={answer} />
          ))}
        </section>
      ) : null}
    </div>
  );
}

function OwnerLine({ owner }: { owner: Owner }) {
  const { t } = useApp();
  return (
    <li class="owner">
      <EntityLink item={owner.owner} page={owner.kind === 'OFFICE' ? 'office' : 'post'} />
      {owner.kind === 'POST' && owner.office ? (
        <span class="muted">
          {' '}
          (<EntityLink item={owner.office} page="office" />)
        </span>
      ) : null}
      {owner.vacant ? <span class="badge badge-vacant"> {t('vacant')}</span> : null}
      <div class="sub">
        <span class="field-name">{t('holders')}：</span>
        {owner.holders?.length ? owner.holders.map((holding, i) => <Holder key={i} holding={holding} />) : <span class="muted">{t('none')}</span>}
      </div>
      {owner.leadersInCharge.length ? (
        <div class="sub">
          <span class="field-name">{t('leaderInCharge')}：</span>
          {owner.leadersInCharge.map((leader, i) => (
            <span key={i} class="leader">
              <EntityLink item={leader.post} page="post" />
              {leader.holders?.length ? ' — ' : null}
              {(leader.holders ?? []).map((holding, j) => (
                <Holder key={j} holding={holding} />
              ))}
            </span>
          ))}
        </div>
      ) : null}
    </li>
  );
}

function AnswerCard({ answer }: { answer: Answer }) {
  const { t, e, name } = useApp();
  const [open, setOpen] = useState(false);
  const headingId = `duty-${answer.duty.id.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <article class="card answer" aria-labelledby={headingId} data-duty={answer.duty.id}>
      <header class="card-head">
        <h2 id={headingId}>
          <EntityLink item={answer.duty} page="duty" />
        </h2>
        <span class="field-name">{t('status')}：</span>
        <Badge value={answer.status} />
        {answer.flags
          .filter((flag) => flag !== answer.status)
          .map((flag) => (
            <Badge key={flag} value={flag} />
          ))}
        <span class="muted small">
          {' '}
          {t('matchedBy')}：{e(answer.matchedBy)}
        </span>
      </header>
      <div class="card-grid">
        <div>
          <h3>{t('leads')}</h3>
          {answer.leads.length ? (
            <ul class="list">
              {answer.leads.map((owner) => (
                <OwnerLine key={owner.owner.id} owner={owner} />
              ))}
            </ul>
          ) : (
            <p class="muted">{t('none')}</p>
          )}
        </div>
        <div>
          <h3>{t('assists')}</h3>
          {answer.assists.length ? (
            <ul class="list">
              {answer.assists.map((owner) => (
                <OwnerLine key={owner.owner.id} owner={owner} />
              ))}
            </ul>
          ) : (
            <p class="muted">{t('none')}</p>
          )}
        </div>
      </div>
      <p>
        <span class="field-name">{t('basis')}：</span>
        {answer.basis ? (
          <span>
            {name(answer.basis.document.title, answer.basis.document.titleEn)}
            {answer.basis.clause ? ` ${answer.basis.clause}` : ''}
          </span>
        ) : (
          <span class="muted">{t('none')}</span>
        )}
      </p>
      {answer.fallback ? (
        <p>
          <span class="field-name">{t('fallback')}：</span>
          <Badge value={answer.fallback.fallbackKind} kind="fallback" /> <EntityLink item={answer.fallback.post} page="post" />{' '}
          {(answer.fallback.holders ?? []).map((holding, i) => (
            <Holder key={i} holding={holding} />
          ))}
        </p>
      ) : null}
      {answer.nearestOwnedParent ? (
        <p>
          <span class="field-name">{t('nearestOwnedParent')}：</span>
          <EntityLink item={answer.nearestOwnedParent.duty} page="duty" /> — {answer.nearestOwnedParent.leads.map((lead) => name(lead.name, lead.nameEn)).join('、')}
        </p>
      ) : null}
      {answer.explanation.length ? (
        <div>
          <button type="button" class="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t('hideExplanation') : t('showExplanation')}
          </button>
          {open ? <ExplanationGraph answer={answer} /> : null}
        </div>
      ) : null}
    </article>
  );
}

function ExplanationGraph({ answer }: { answer: Answer }) {
  const { t, e, name } = useApp();
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const nodeOf = (node: PathNode): GraphNode => ({
    id: node.id,
    kind: node.label,
    label: node.label === 'Person' ? name(node.personName, node.personNameEn) || '—' : name(node.name ?? '', node.nameEn ?? null),
  });
  for (const path of answer.explanation) {
    for (const step of path.steps) {
      nodes.set(step.from.id, nodeOf(step.from));
      nodes.set(step.to.id, nodeOf(step.to));
      const dates = `${step.edge.from ?? ''}–${step.edge.to ?? ''}`;
      const label = `${e(step.edge.type)}${step.edge.acting ? ` (${t('acting')})` : ''} ${dates}`;
      edges.set(`${step.from.id}>${step.to.id}`, { source: step.from.id, target: step.to.id, label });
    }
  }
  return (
    <div>
      <h3>{t('explanation')}</h3>
      <Graph nodes={[...nodes.values()]} edges={[...edges.values()]} title={`${t('explanation')}: ${name(answer.duty.title, answer.duty.titleEn)}`} layout="breadthfirst" />
      <List items={answer.explanation} render={(path) => (
        <span>
          <Badge value={path.kind} kind="path" /> {name(path.person.name, path.person.nameEn)} <Dates from={path.steps.at(-1)?.edge.from} to={path.steps.at(-1)?.edge.to} />
        </span>
      )} />
    </div>
  );
}
