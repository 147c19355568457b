import { useState } from 'preact/hooks';
import { useApp } from '../app-context';
import { DUTY_AUDIT } from '../graphql/audit';
import { useQuery } from '../use-query';
import { Badge, EntityLink, Errors, Loading } from '../components/common';

interface Audit {
  dutyAudit: {
    asOf: string;
    totalDuties: number;
    counts: { flag: string; count: number }[];
    findings: { edges: { node: { flags: string[]; duty: { id: string; title: string; titleEn: string | null }; reasons: { flag: string; message: string }[] } }[] };
  };
}

/** The Audit page: counts per flag as a bar chart, then the flagged duties, filterable by flag. */
export function AuditPage() {
  const { t, e, asOf, township } = useApp();
  const [flag, setFlag] = useState('');
  const result = useQuery<Audit>(DUTY_AUDIT, { township, asOf }, !township);
  const audit = result.data?.dutyAudit;
  const max = Math.max(1, ...(audit?.counts.map((count) => count.count) ?? []));
  const findings = audit?.findings.edges.map((edge) => edge.node).filter((finding) => !flag || finding.flags.includes(flag)) ?? [];
  return (
    <div>
      <h1>{t('auditTitle')}</h1>
      {result.loading ? <Loading /> : null}
      <Errors errors={result.errors} />
      {audit ? (
        <>
          <p>
            {t('totalDuties')}：<strong data-testid="total-duties">{audit.totalDuties}</strong>
          </p>
          <h2>{t('countsPerFlag')}</h2>
          <table class="bars" data-testid="flag-counts">
            <caption class="visually-hidden">{t('countsPerFlag')}</caption>
            <tbody>
              {audit.counts.map((count) => (
                <tr key={count.flag} data-flag={count.flag}>
                  <th scope="row">{e(count.flag)}</th>
                  <td>
                    <span class={`bar bar-${count.flag.toLowerCase()}`} style={{ width: `${(count.count / max) * 85}%` }} aria-hidden="true" />
                    <span class="count">{count.count}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t('findings')}</h2>
          <label>
            {t('filterByFlag')}{' '}
            <select value={flag} onChange={(event) => setFlag((event.target as HTMLSelectElement).value)} data-testid="flag-filter">
              <option value="">{t('allFlags')}</option>
              {audit.counts.map((count) => (
                <option key={count.flag} value={count.flag}>
                  {e(count.flag)} ({count.count})
                </option>
              ))}
            </select>
          </label>
          <ul class="list findings" data-testid="findings">
            {findings.map((finding) => (
              <li key={finding.duty.id} class="card">
                <EntityLink item={finding.duty} page="duty" />{' '}
                {finding.flags.map((item) => (
                  <Badge key={item} value={item} />
                ))}
                <ul>
                  {finding.reasons.map((reason, i) => (
                    <li key={i}>{reason.message}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
