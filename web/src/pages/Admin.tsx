import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useApp } from '../app-context';
import { APPOINT, ASSIGN_DUTY, CHANGE_LOG, END_APPOINTMENT, PEOPLE_BY_NAME, REORGANIZE_DRY_RUN } from '../graphql/admin';
import { graphql, inputProblems, InputProblem, GraphQLErrorBody } from '../api';
import { useQuery } from '../use-query';
import { Errors, List, Loading, Section } from '../components/common';
import { href } from '../router';
import { ChangeSet, ChangeSetView } from './Changes';
import type { LabelKey } from '../i18n';

interface FieldSpec {
  name: string;
  label: LabelKey;
  type?: 'date' | 'checkbox' | 'select' | 'person';
  options?: { value: string; label: LabelKey }[];
  optional?: boolean;
}

/** The field a problem is about: its path's last part (`input.on` → `on`). */
const fieldOf = (problem: InputProblem) => problem.field.split('.').at(-1) ?? problem.field;

/** A mutation form: every problem of a BAD_USER_INPUT answer is shown next to its field. */
function MutationForm({ id, title, fields, mutation, toVariables, onSaved }: { id: string; title: LabelKey; fields: FieldSpec[]; mutation: string; toVariables: (values: Record<string, string | boolean>) => Record<string, unknown>; onSaved: () => void }) {
  const { t, token, asOf, name } = useApp();
  const [values, setValues] = useState<Record<string, string | boolean>>(() => Object.fromEntries(fields.map((field) => [field.name, field.type === 'checkbox' ? false : field.type === 'date' ? asOf : (field.options?.[0]?.value ?? '')])));
  const [problems, setProblems] = useState<InputProblem[]>([]);
  const [errors, setErrors] = useState<GraphQLErrorBody[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [people, setPeople] = useState<{ id: string; name: string | null; nameEn: string | null }[]>([]);
  const set = (field: string, value: string | boolean) => setValues((previous) => ({ ...previous, [field]: value }));
  const findPeople = async (text: string) => {
    if (text.trim().length < 1 || text.includes(':')) return;
    const result = await graphql<{ people: { edges: { node: { id: string; name: string | null; nameEn: string | null } }[] } }>(PEOPLE_BY_NAME, { text, asOf }, token);
    setPeople(result.data?.people.edges.map((edge) => edge.node) ?? []);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(null);
    const result = await graphql<Record<string, { change: { id: string } }>>(mutation, toVariables(values), token);
    const found = inputProblems(result.errors);
    setProblems(found);
    setErrors(result.errors.filter((error) => error.extensions?.code !== 'BAD_USER_INPUT'));
    if (result.data && !result.errors.length) {
      setSaved(Object.values(result.data)[0]?.change.id ?? '');
      onSaved();
    }
  };
  const known = new Set(fields.map((field) => field.name));
  const elsewhere = problems.filter((problem) => !known.has(fieldOf(problem)));
  return (
    <form class="card form" id={id} onSubmit={submit} noValidate>
      <h2>{t(title)}</h2>
      {fields.map((field) => {
        const inputId = `${id}-${field.name}`;
        const mine = problems.filter((problem) => fieldOf(problem) === field.name);
        const describedBy = mine.length ? `${inputId}-problems` : undefined;
        let control: ComponentChildren;
        if (field.type === 'checkbox') {
          control = <input id={inputId} type="checkbox" checked={values[field.name] === true} onChange={(event) => set(field.name, (event.target as HTMLInputElement).checked)} />;
        } else if (field.type === 'select') {
          control = (
            <select id={inputId} value={String(values[field.name])} onChange={(event) => set(field.name, (event.target as HTMLSelectElement).value)}>
              {field.options?.map((option) => (
                <option key={option.value} value={option.value}>
                  {t(option.label)}
                </option>
              ))}
            </select>
          );
        } else {
          control = (
            <input
              id={inputId}
              name={field.name}
              type={field.type === 'date' ? 'date' : 'text'}
              value={String(values[field.name])}
              list={field.type === 'person' ? `${inputId}-people` : undefined}
              aria-invalid={mine.length ? 'true' : undefined}
              aria-describedby={describedBy}
              autoComplete="off"
              onInput={(event) => {
                const value = (event.target as HTMLInputElement).value;
                set(field.name, value);
                if (field.type === 'person') void findPeople(value);
              }}
            />
          );
        }
        return (
          <div class={`field${field.type === 'checkbox' ? ' field-check' : ''}`} key={field.name}>
            <label for={inputId}>{t(field.label)}</label>
            {control}
            {field.type === 'person' ? (
              <datalist id={`${inputId}-people`}>
                {people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {name(person.name, person.nameEn)}
                  </option>
                ))}
              </datalist>
            ) : null}
            {mine.length ? (
              <div role="alert">
                <ul class="problems" id={`${inputId}-problems`} data-field={field.name}>
                  {mine.map((problem, i) => (
                    <li key={i}>{problem.message}</li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        );
      })}
      {elsewhere.length ? (
        <div role="alert">
          <ul class="problems">
            {elsewhere.map((problem, i) => (
              <li key={i}>
                <code>{problem.field}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Errors errors={errors} />
      <button type="submit">{t('submit')}</button>
      {saved !== null ? (
        <p class="saved" role="status">
          {t('saved')} <code>{saved}</code>
        </p>
      ) : null}
    </form>
  );
}

const EXAMPLE_PLAN = {
  township: 'town:lishun',
  on: '2009-01-01',
  createOffices: [{ id: 'office:preview-service-centre', name: '便民服务中心', nameEn: 'Service Centre', kind: 'OFFICE' }],
  closeOffices: [],
};

interface DryRun {
  reorganize: { applied: boolean; flagsCreated: { dutyId: string; flag: string }[]; flagsRemoved: { dutyId: string; flag: string }[]; changes: ChangeSet | null };
}

/** The reorganisation dry run: the plan as JSON, answered with the before/after change set and flags. */
function ReorganizePreview() {
  const { t, e, token, township } = useApp();
  const [plan, setPlan] = useState(() => JSON.stringify({ ...EXAMPLE_PLAN, township: township ?? EXAMPLE_PLAN.township }, null, 2));
  const [invalid, setInvalid] = useState(false);
  const [result, setResult] = useState<{ data: DryRun | null; errors: GraphQLErrorBody[] } | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    let input: unknown;
    try {
      input = JSON.parse(plan);
      setInvalid(false);
    } catch {
      setInvalid(true);
      return;
    }
    setResult(await graphql<DryRun>(REORGANIZE_DRY_RUN, { input }, token));
  };
  const problems = result ? inputProblems(result.errors) : [];
  const dry = result?.data?.reorganize;
  return (
    <form class="card form" id="reorganize" onSubmit={submit}>
      <h2>{t('reorganizeTitle')}</h2>
      <p class="muted">{t('nothingWritten')}</p>
      <div class="field">
        <label for="reorganize-plan">{t('reorganizationPlan')}</label>
        <textarea id="reorganize-plan" rows={10} spellcheck={false} value={plan} aria-invalid={invalid || problems.length ? 'true' : undefined} aria-describedby={invalid || problems.length ? 'reorganize-problems' : undefined} onInput={(event) => setPlan((event.target as HTMLTextAreaElement).value)} />
        {invalid || problems.length ? (
          <div role="alert">
            <ul class="problems" id="reorganize-problems">
              {invalid ? <li>{t('notJson')}</li> : null}
              {problems.map((problem, i) => (
                <li key={i}>
                  <code>{problem.field}</code>: {problem.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <button type="submit">{t('preview')}</button>
      {result ? <Errors errors={result.errors.filter((error) => error.extensions?.code !== 'BAD_USER_INPUT')} /> : null}
      {dry ? (
        <div class="preview" data-testid="reorganize-preview">
          <div class="card-grid">
            <Section title={`${t('flagsCreated')} (${dry.flagsCreated.length})`}>
              <List items={dry.flagsCreated} render={(item) => <><a href={href('duty', item.dutyId)}><code>{item.dutyId}</code></a> {e(item.flag)}</>} />
            </Section>
            <Section title={`${t('flagsRemoved')} (${dry.flagsRemoved.length})`}>
              <List items={dry.flagsRemoved} render={(item) => <><a href={href('duty', item.dutyId)}><code>{item.dutyId}</code></a> {e(item.flag)}</>} />
            </Section>
          </div>
          {dry.changes ? <ChangeSetView changes={dry.changes} /> : null}
        </div>
      ) : null}
    </form>
  );
}

interface ChangeLog {
  changeLog: { totalCount: number; edges: { node: { id: string; mutation: string; actor: string; at: string; entities: string[] } }[] };
}

function ChangeLogTable({ refresh }: { refresh: number }) {
  const { t } = useApp();
  const result = useQuery<ChangeLog>(CHANGE_LOG, { first: 20, refresh });
  return (
    <section class="card">
      <h2>
        {t('changeLogTitle')} {result.data ? `(${result.data.changeLog.totalCount})` : ''}
      </h2>
      {result.loading ? <Loading /> : null}
      <Errors errors={result.errors} />
      <div class="table-wrap">
        <table class="table" data-testid="change-log">
          <thead>
            <tr>
              <th scope="col">{t('at')}</th>
              <th scope="col">{t('actor')}</th>
              <th scope="col">{t('mutation')}</th>
              <th scope="col">{t('entities')}</th>
            </tr>
          </thead>
          <tbody>
            {result.data?.changeLog.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>{node.at.replace('T', ' ').slice(0, 19)}</td>
                <td>{node.actor}</td>
                <td>{node.mutation}</td>
                <td>{node.entities.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The Admin page (admin role). */
export function AdminPage() {
  const { t } = useApp();
  const [refresh, setRefresh] = useState(0);
  const saved = () => setRefresh((n) => n + 1);
  return (
    <div>
      <h1>{t('adminTitle')}</h1>
      <div class="admin-grid">
        <MutationForm
          id="appoint"
          title="appointTitle"
          mutation={APPOINT}
          fields={[
            { name: 'person', label: 'personId', type: 'person' },
            { name: 'post', label: 'postId' },
            { name: 'from', label: 'fromDay', type: 'date' },
            { name: 'acting', label: 'actingHolder', type: 'checkbox' },
          ]}
          toVariables={(v) => ({ person: v.person, post: v.post, from: v.from, acting: v.acting === true })}
          onSaved={saved}
        />
        <MutationForm
          id="end-appointment"
          title="endAppointmentTitle"
          mutation={END_APPOINTMENT}
          fields={[
            { name: 'person', label: 'personId', type: 'person' },
            { name: 'post', label: 'postId' },
            { name: 'on', label: 'onDay', type: 'date' },
          ]}
          toVariables={(v) => ({ person: v.person, post: v.post, on: v.on })}
          onSaved={saved}
        />
        <MutationForm
          id="assign-duty"
          title="assignDutyTitle"
          mutation={ASSIGN_DUTY}
          fields={[
            { name: 'duty', label: 'dutyId' },
            { name: 'owner', label: 'ownerId' },
            { name: 'role', label: 'role', type: 'select', options: [{ value: 'LEAD', label: 'roleLead' }, { value: 'ASSIST', label: 'roleAssist' }] },
            { name: 'from', label: 'fromDay', type: 'date' },
            { name: 'reason', label: 'overrideReason', optional: true },
          ]}
          toVariables={(v) => ({ duty: v.duty, owner: v.owner, role: v.role, from: v.from, override: v.reason ? { reason: v.reason } : null })}
          onSaved={saved}
        />
      </div>
      <ReorganizePreview />
      <ChangeLogTable refresh={refresh} />
    </div>
  );
}
