import { useApp } from '../app-context';
import { STATION_PARTY_RELATIONS } from '../graphql/stations';
import { useQuery } from '../use-query';
import { isForbidden } from '../api';
import { Badge, EntityLink, Errors, Holder, Loading, Restricted } from '../components/common';

interface Relation {
  station: { id: string; name: string; nameEn: string | null };
  organization: { id: string; name: string; nameEn: string | null } | null;
  from: string | null;
  basis: string | null;
  exemption: string | null;
  flags: string[];
  head: { acting: boolean; from: string; person: { id: string; name: string | null; nameEn: string | null }; post: { id: string; name: string } } | null;
}

/** The Stations page (discipline role): every station's party relation, out-of-line stations first. */
export function StationsPage() {
  const { t, asOf, township } = useApp();
  const result = useQuery<{ stationPartyRelations: { edges: { node: Relation }[] } }>(STATION_PARTY_RELATIONS, { township, asOf }, !township);
  if (isForbidden(result.errors, 'stationPartyRelations')) return <Restricted />;
  const rows = (result.data?.stationPartyRelations.edges ?? []).map((edge) => edge.node).sort((a, b) => Number(b.flags.length > 0) - Number(a.flags.length > 0));
  return (
    <div>
      <h1>{t('stationsTitle')}</h1>
      <p class="muted">{t('outOfLineFirst')}</p>
      {result.loading ? <Loading /> : null}
      <Errors errors={result.errors} />
      {rows.length ? (
        <div class="table-wrap">
          <table class="table" data-testid="stations">
            <thead>
              <tr>
                <th scope="col">{t('station')}</th>
                <th scope="col">{t('organization')}</th>
                <th scope="col">{t('since')}</th>
                <th scope="col">{t('basis')}</th>
                <th scope="col">{t('exemption')}</th>
                <th scope="col">{t('head')}</th>
                <th scope="col">{t('flags')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.station.id} data-station={row.station.id} class={row.flags.length ? 'out-of-line' : undefined}>
                  <td>
                    <EntityLink item={row.station} />
                  </td>
                  <td>{row.organization ? <EntityLink item={row.organization} /> : t('none')}</td>
                  <td class="nowrap">{row.from ?? ''}</td>
                  <td>{row.basis ?? ''}</td>
                  <td>{row.exemption ?? ''}</td>
                  <td>{row.head ? <Holder holding={row.head} /> : ''}</td>
                  <td>
                    {row.flags.map((flag) => (
                      <Badge key={flag} value={flag} kind="flag" />
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
