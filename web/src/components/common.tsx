import type { ComponentChildren } from 'preact';
import type { GraphQLErrorBody } from '../api';
import { useApp } from '../app-context';
import { entityPage, href } from '../router';

interface Named {
  id: string;
  name?: string | null;
  nameEn?: string | null;
  title?: string | null;
  titleEn?: string | null;
  label?: string;
}

/** A link to an entity page, named in the current language. */
export function EntityLink({ item, page }: { item: Named | null | undefined; page?: string }) {
  const { name } = useApp();
  if (!item) return null;
  const text = name(item.name ?? item.title, item.nameEn ?? item.titleEn) || item.id;
  const target = page ?? (item.label ? entityPage(item.label) : undefined);
  return target ? <a href={href(target, item.id)}>{text}</a> : <span>{text}</span>;
}

export function Dates({ from, to }: { from?: string | null; to?: string | null }) {
  if (!from && !to) return null;
  return (
    <span class="dates">
      {from ?? ''} – {to ?? ''}
    </span>
  );
}

export function Restricted() {
  const { t } = useApp();
  return (
    <p class="restricted" role="note">
      <span class="badge badge-restricted">{t('restricted')}</span> {t('restrictedExplain')}
    </p>
  );
}

export function Loading() {
  const { t } = useApp();
  return (
    <p class="loading" role="status" aria-live="polite">
      {t('loading')}
    </p>
  );
}

/** Errors other than refusals (those show as "restricted" where they apply). */
export function Errors({ errors }: { errors: GraphQLErrorBody[] }) {
  const { t } = useApp();
  const shown = errors.filter((error) => error.extensions?.code !== 'FORBIDDEN');
  if (shown.length === 0) return null;
  return (
    <div class="error" role="alert">
      <strong>{t('error')}</strong>
      <ul>
        {shown.map((error, i) => (
          <li key={i}>
            {error.message}
            {error.extensions?.code ? <code> {error.extensions.code}</code> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Badge({ value, kind }: { value: string; kind?: string }) {
  const { e } = useApp();
  return <span class={`badge badge-${(kind ?? value).toLowerCase()}`}>{e(value)}</span>;
}

export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

export function List<T>({ items, render }: { items: readonly T[] | null | undefined; render: (item: T) => ComponentChildren }) {
  const { t } = useApp();
  if (!items || items.length === 0) return <p class="muted">{t('none')}</p>;
  return (
    <ul class="list">
      {items.map((item, i) => (
        <li key={i}>{render(item)}</li>
      ))}
    </ul>
  );
}

export function Holder({ holding }: { holding: { acting: boolean; person: Named } }) {
  const { t } = useApp();
  return (
    <span class="holder">
      <EntityLink item={holding.person} page="person" />
      {holding.acting ? <span class="badge badge-acting"> {t('acting')}</span> : null}
    </span>
  );
}
