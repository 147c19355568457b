import type { ComponentChildren } from 'preact';
import { useApp } from '../app-context';
import { DUTY, OFFICE, PERSON, POST, VILLAGE } from '../graphql/entities';
import { useQuery } from '../use-query';
import { isForbidden, GraphQLErrorBody } from '../api';
import { Badge, Dates, EntityLink, Errors, Holder, List, Loading, Restricted, Section } from '../components/common';
import { Graph, GraphEdge, GraphNode } from '../components/Graph';

/* eslint-disable @typescript-eslint/no-explicit-any -- each page reads the shape its query asks for */
type Any = any;

const QUERIES = { office: OFFICE, post: POST, person: PERSON, village: VILLAGE, duty: DUTY } as const;
export type EntityKind = keyof typeof QUERIES;

/** Builds a neighbourhood graph without duplicate nodes or edges. */
class Neighbourhood {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  constructor(private readonly name: (name?: string | null, nameEn?: string | null) => string) {}
  node(item: Any, kind: string, parent?: string): string {
    if (!this.nodes.has(item.id)) this.nodes.set(item.id, { id: item.id, kind, label: this.name(item.name ?? item.title, item.nameEn ?? item.titleEn) || item.id, parent });
    return item.id;
  }
  edge(source: string, target: string, label: string): void {
    if (source !== target) this.edges.set(`${source}>${target}`, { source, target, label });
  }
}

/** An office, post, person, village or duty on the "as of" day, linked to its neighbours. */
export function EntityPage({ kind, id }: { kind: EntityKind; id: string }) {
  const { t, asOf, name, e } = useApp();
  const result = useQuery<Record<string, Any>>(QUERIES[kind], { id, asOf });
  const entity = result.data?.[kind];
  if (result.loading && !entity) return <Loading />;
  if (!entity) return <Errors errors={result.errors.length ? result.errors : [{ message: `${t('notFound')}: ${id}` }]} />;
  const graph = new Neighbourhood(name);
  const body = RENDER[kind](entity, result.errors, graph, { t, e, name });
  return (
    <article class="entity" data-entity={entity.id}>
      <p class="muted small">
        {t(kind)} · <code>{entity.id}</code>
      </p>
      <h1>{name(entity.name ?? entity.title, entity.nameEn ?? entity.titleEn)}</h1>
      <Errors errors={result.errors} />
      <div class="entity-grid">
        <div>{body}</div>
        <div>
          <h2>{t('neighbourhood')}</h2>
          {graph.nodes.size > 1 ? <Graph nodes={[...graph.nodes.values()]} edges={[...graph.edges.values()]} title={`${t('neighbourhood')}: ${name(entity.name ?? entity.title, entity.nameEn ?? entity.titleEn)}`} /> : <p class="muted">{t('none')}</p>}
        </div>
      </div>
    </article>
  );
}

type Helpers = Pick<ReturnType<typeof useApp>, 't' | 'e' | 'name'>;
type Renderer = (entity: Any, errors: GraphQLErrorBody[], graph: Neighbourhood, helpers: Helpers) => ComponentChildren;

const appointmentLine = (item: Any, t: Helpers['t']) => (
  <>
    <Holder holding={item} /> — <EntityLink item={item.post} page="post" /> <Dates from={item.from} to={item.to} />
    {item.acting ? <span class="sr-only"> {t('acting')}</span> : null}
  </>
);

const dutyLine = (item: Any, e: Helpers['e']) => (
  <>
    <EntityLink item={item.duty} page="duty" /> <Badge value={item.role} kind="role" /> — <EntityLink item={item.owner} /> <Dates from={item.from} to={item.to} />
    {item.post ? <span class="muted"> ({e('POST')}: <EntityLink item={item.post} page="post" />)</span> : null}
  </>
);

const RENDER: Record<EntityKind, Renderer> = {
  office: (office, errors, graph, { t, e }) => {
    graph.node(office, 'Office');
    for (const post of office.posts) graph.node(post, 'Post', office.id);
    for (const item of office.people ?? []) graph.edge(graph.node(item.post, 'Post', office.id), graph.node(item.person, 'Person'), e('HOLDS'));
    for (const leader of office.leadersInCharge) {
      graph.edge(graph.node(leader.post, 'Post'), office.id, e('IN_CHARGE_OF'));
      for (const holder of leader.holders ?? []) graph.edge(leader.post.id, graph.node(holder.person, 'Person'), e('HOLDS'));
    }
    for (const duty of office.duties) graph.edge(graph.node(duty.duty, 'Duty'), duty.owner.id === office.id ? office.id : graph.node(duty.owner, 'Post', office.id), e(duty.role));
    return (
      <>
        <p>
          {t('kind')}：{office.kind ?? ''} <Dates from={office.from} to={office.to} /> {office.township ? <>· {office.township.name}</> : null}
        </p>
        <Section title={t('leaderInCharge')}>
          <List items={office.leadersInCharge} render={(leader: Any) => <><EntityLink item={leader.post} page="post" /> {(leader.holders ?? []).map((h: Any, i: number) => <Holder key={i} holding={h} />)}</>} />
        </Section>
        <Section title={t('posts')}>
          <List items={office.posts} render={(post: Any) => <EntityLink item={post} page="post" />} />
        </Section>
        <Section title={t('people')}>
          {isForbidden(errors, 'office', 'people') ? <Restricted /> : <List items={office.people} render={(item: Any) => appointmentLine(item, t)} />}
        </Section>
        <Section title={t('duties')}>
          <List items={office.duties} render={(item: Any) => dutyLine(item, e)} />
        </Section>
        <Section title={t('villages')}>
          <List items={office.villages} render={(village: Any) => <EntityLink item={village} page="village" />} />
        </Section>
        {office.mergedInto.length ? (
          <Section title={t('mergedInto')}>
            <List items={office.mergedInto} render={(item: Any) => <EntityLink item={item} page="office" />} />
          </Section>
        ) : null}
        {office.mergedFrom.length ? (
          <Section title={t('mergedFrom')}>
            <List items={office.mergedFrom} render={(item: Any) => <EntityLink item={item} page="office" />} />
          </Section>
        ) : null}
      </>
    );
  },
  post: (post, errors, graph, { t, e }) => {
    const unit = post.unit ? graph.node(post.unit, post.unit.label) : undefined;
    graph.node(post, 'Post', post.unit?.label === 'Office' ? unit : undefined);
    for (const item of post.holders ?? []) graph.edge(post.id, graph.node(item.person, 'Person'), e('HOLDS'));
    for (const charge of post.inChargeOf) graph.edge(post.id, graph.node(charge.office, 'Office'), e('IN_CHARGE_OF'));
    for (const duty of post.duties) graph.edge(graph.node(duty.duty, 'Duty'), duty.owner.id === post.id ? post.id : graph.node(duty.owner, duty.owner.label), e(duty.role));
    if (post.deputyOf) graph.edge(post.id, graph.node(post.deputyOf, 'Post'), e('DEPUTY_OF'));
    return (
      <>
        <p>
          {t('level')}：{post.level ?? ''} · {t('rank')}：{post.rank ?? ''} <Dates from={post.from} to={post.to} /> {post.vacant ? <span class="badge badge-vacant">{t('vacant')}</span> : null}
        </p>
        <p>
          {t('unit')}：<EntityLink item={post.unit} />
        </p>
        <Section title={t('holders')}>
          {isForbidden(errors, 'post', 'holders') ? <Restricted /> : <List items={post.holders} render={(item: Any) => appointmentLine(item, t)} />}
        </Section>
        <Section title={t('holderHistory')}>
          {isForbidden(errors, 'post', 'holderHistory') ? <Restricted /> : <List items={post.holderHistory} render={(item: Any) => appointmentLine(item, t)} />}
        </Section>
        {post.deputyOf ? (
          <p>
            {t('deputyOf')}：<EntityLink item={post.deputyOf} page="post" />
          </p>
        ) : null}
        <Section title={t('deputies')}>
          <List items={post.deputies} render={(item: Any) => <EntityLink item={item} page="post" />} />
        </Section>
        <Section title={t('officesInCharge')}>
          <List items={post.inChargeOf} render={(item: Any) => <><EntityLink item={item.office} page="office" /> <Dates from={item.from} /></>} />
        </Section>
        <Section title={t('duties')}>
          <List items={post.duties} render={(item: Any) => dutyLine(item, e)} />
        </Section>
      </>
    );
  },
  person: (person, _errors, graph, { t, e }) => {
    graph.node(person, 'Person');
    for (const item of person.posts) {
      const unit = item.unit ? graph.node(item.unit, item.unit.label) : undefined;
      graph.edge(graph.node(item.post, 'Post', item.unit?.label === 'Office' ? unit : undefined), person.id, e('HOLDS'));
    }
    for (const charge of person.officesInCharge) if (charge.post) graph.edge(graph.node(charge.post, 'Post'), graph.node(charge.office, 'Office'), e('IN_CHARGE_OF'));
    for (const duty of person.duties) graph.edge(graph.node(duty.duty, 'Duty'), graph.node(duty.post ?? duty.owner, duty.post ? 'Post' : duty.owner.label), e(duty.role));
    return (
      <>
        {person.crossPosted ? <p><span class="badge">{t('crossPosted')}</span></p> : null}
        <Section title={t('posts')}>
          <List items={person.posts} render={(item: Any) => <><EntityLink item={item.post} page="post" /> {item.acting ? <span class="badge badge-acting">{t('acting')}</span> : null} — <EntityLink item={item.unit} /> <Dates from={item.from} to={item.to} /></>} />
        </Section>
        <Section title={t('officesInCharge')}>
          <List items={person.officesInCharge} render={(item: Any) => <><EntityLink item={item.office} page="office" /> ({t('post')}: <EntityLink item={item.post} page="post" />)</>} />
        </Section>
        <Section title={t('appointments')}>
          <List items={person.appointments} render={(item: Any) => <><EntityLink item={item.post} page="post" /> {item.acting ? <span class="badge badge-acting">{t('acting')}</span> : null} <Dates from={item.from} to={item.to} /></>} />
        </Section>
        <Section title={t('duties')}>
          <List items={person.duties} render={(item: Any) => dutyLine(item, e)} />
        </Section>
      </>
    );
  },
  village: (village, errors, graph, { t, e }) => {
    graph.node(village, 'Village');
    if (village.under) graph.edge(village.id, graph.node(village.under, village.under.label), e('IN'));
    for (const staffed of village.posts) {
      graph.node(staffed.post, 'Post', village.id);
      for (const holder of staffed.holders ?? []) graph.edge(staffed.post.id, graph.node(holder.person, 'Person'), e('HOLDS'));
    }
    return (
      <>
        <p>
          {t('kind')}：{village.kind ?? ''} · {t('under')}：<EntityLink item={village.under} />
        </p>
        <Section title={t('posts')}>
          <List items={village.posts} render={(item: Any) => <><EntityLink item={item.post} page="post" /> {item.vacant ? <span class="badge badge-vacant">{t('vacant')}</span> : null} {(item.holders ?? []).map((h: Any, i: number) => <Holder key={i} holding={h} />)}</>} />
        </Section>
        <Section title={t('residentCadre')}>
          {isForbidden(errors, 'village', 'residentCadre') ? <Restricted /> : <List items={village.residentCadre} render={(item: Any) => <><EntityLink item={item.person} page="person" /> <Dates from={item.from} to={item.to} /></>} />}
        </Section>
        <Section title={t('underHistory')}>
          <List items={village.underHistory} render={(item: Any) => <><EntityLink item={item.unit} /> <Dates from={item.from} to={item.to} /></>} />
        </Section>
      </>
    );
  },
  duty: (duty, errors, graph, { t, e, name }) => {
    graph.node(duty, 'Duty');
    if (duty.parent) graph.edge(duty.id, graph.node(duty.parent, 'Duty'), t('parent'));
    for (const child of duty.children) graph.edge(graph.node(child, 'Duty'), duty.id, t('parent'));
    for (const owner of duty.owners) {
      graph.edge(duty.id, graph.node(owner.owner, owner.kind === 'OFFICE' ? 'Office' : 'Post'), `${e(owner.role)} ${owner.from}–${owner.to ?? ''}`);
      for (const holder of owner.holders ?? []) graph.edge(graph.node(holder.post, 'Post', owner.kind === 'OFFICE' ? owner.owner.id : undefined), graph.node(holder.person, 'Person'), e('HOLDS'));
    }
    return (
      <>
        <p>
          {t('status')}：<Badge value={duty.leadStatus} /> · {t('category')}：{duty.category ?? ''}
        </p>
        {duty.description ? <p>{t('description')}：{name(duty.description, duty.descriptionEn)}</p> : null}
        <p>
          {t('basis')}：{duty.basis ? `${name(duty.basis.document.title, duty.basis.document.titleEn)} ${duty.basis.clause ?? ''}` : t('none')}
        </p>
        <p>
          {t('parent')}：{duty.parent ? <EntityLink item={duty.parent} page="duty" /> : t('none')}
        </p>
        <Section title={t('owners')}>
          <List
            items={duty.owners}
            render={(owner: Any) => (
              <>
                <EntityLink item={owner.owner} page={owner.kind === 'OFFICE' ? 'office' : 'post'} /> <Badge value={owner.role} kind="role" /> <Dates from={owner.from} to={owner.to} />{' '}
                {isForbidden(errors, 'duty', 'owners') ? <span class="badge badge-restricted">{t('restricted')}</span> : (owner.holders ?? []).map((h: Any, i: number) => <Holder key={i} holding={h} />)}
              </>
            )}
          />
        </Section>
        <Section title={t('children')}>
          <List items={duty.children} render={(item: Any) => <EntityLink item={item} page="duty" />} />
        </Section>
      </>
    );
  },
};
