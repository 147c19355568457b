import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import './styles.css';
import { AppContext, AppState, contextValue, reaches } from './app-context';
import type { Lang } from './i18n';
import { useRoute, href } from './router';
import { storedToken, storeToken, tokenClaims } from './auth/token-store';
import { completeOidcSignIn, AppClientConfig, loadClientConfig } from './auth/sign-in';
import { graphql } from './api';
import { TOWNSHIPS } from './graphql/townships';
import { AskPage } from './pages/Ask';
import { AuditPage } from './pages/Audit';
import { StationsPage } from './pages/Stations';
import { ChangesPage } from './pages/Changes';
import { AdminPage } from './pages/Admin';
import { EntityPage } from './pages/Entity';
import { SignInPage } from './pages/SignIn';
import { Restricted } from './components/common';

const today = () => new Date().toISOString().slice(0, 10);

function initialLang(): Lang {
  const saved = localStorage.getItem('dutygraph.lang');
  return saved === 'en' || saved === 'zh' ? saved : 'zh';
}

function App() {
  const route = useRoute();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [asOf, setAsOf] = useState(() => sessionStorage.getItem('dutygraph.asOf') ?? today());
  const [token, setToken] = useState<string | null>(storedToken);
  const [config, setConfig] = useState<AppClientConfig | null>(null);
  const [townships, setTownships] = useState<{ id: string; name: string; nameEn: string | null }[]>([]);
  const [township, setTownship] = useState<string | null>(() => sessionStorage.getItem('dutygraph.township'));
  const [signInError, setSignInError] = useState<string | null>(null);

  useEffect(() => {
    void loadClientConfig().then(async (loaded) => {
      setConfig(loaded);
      try {
        const fresh = await completeOidcSignIn(loaded);
        if (fresh) changeToken(fresh);
      } catch (error) {
        setSignInError(error instanceof Error ? error.message : String(error));
      }
    });
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    localStorage.setItem('dutygraph.lang', lang);
  }, [lang]);
  useEffect(() => {
    if (!token) return;
    void graphql<{ townships: { edges: { node: { id: string; name: string; nameEn: string | null } }[] } }>(TOWNSHIPS, { asOf }, token).then((result) => {
      const list = result.data?.townships.edges.map((edge) => edge.node) ?? [];
      setTownships(list);
      if (list.length && !list.some((item) => item.id === township)) changeTownship(list[0]!.id);
    });
  }, [token, asOf]);

  const changeToken = (next: string | null) => {
    storeToken(next);
    setToken(next);
  };
  const changeTownship = (next: string) => {
    sessionStorage.setItem('dutygraph.township', next);
    setTownship(next);
  };
  const changeAsOf = (next: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(next)) return;
    sessionStorage.setItem('dutygraph.asOf', next);
    setAsOf(next);
  };

  const claims = tokenClaims(token);
  const state: AppState = { lang, asOf, township, token, roles: claims?.roles ?? [], subject: claims?.sub ?? null };
  const value = useMemo(() => contextValue(state), [lang, asOf, township, token]);
  const { t, name } = value;
  const page = token ? route.page : 'signin';

  const nav: { page: string; label: string; show: boolean }[] = [
    { page: 'ask', label: t('navAsk'), show: true },
    { page: 'audit', label: t('navAudit'), show: true },
    { page: 'stations', label: t('navStations'), show: reaches(state.roles, 'discipline') },
    { page: 'changes', label: t('navChanges'), show: true },
    { page: 'admin', label: t('navAdmin'), show: reaches(state.roles, 'admin') },
  ];

  return (
    <AppContext.Provider value={value}>
      <a class="skip" href="#main">
        {t('skipToContent')}
      </a>
      <header class="top">
        <div class="brand">
          <a href={href('ask')}>{t('appTitle')}</a>
        </div>
        {token ? (
          <nav aria-label={t('mainNav')}>
            <ul>
              {nav
                .filter((item) => item.show)
                .map((item) => (
                  <li key={item.page}>
                    <a href={href(item.page)} aria-current={route.page === item.page ? 'page' : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              {config?.graphiql ? (
                <li>
                  <a href="/graphiql">{t('navGraphiql')}</a>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
        <div class="controls">
          <label>
            {t('asOf')}{' '}
            <input type="date" value={asOf} onChange={(event) => changeAsOf((event.target as HTMLInputElement).value)} data-testid="as-of" />
          </label>
          {townships.length > 1 ? (
            <label>
              {t('township')}{' '}
              <select value={township ?? ''} onChange={(event) => changeTownship((event.target as HTMLSelectElement).value)}>
                {townships.map((item) => (
                  <option key={item.id} value={item.id}>
                    {name(item.name, item.nameEn)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <button type="button" class="secondary" lang={lang === 'zh' ? 'en' : 'zh-CN'} aria-label={t('switchLanguageLabel')} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
            {t('switchLanguage')}
          </button>
          {token ? (
            <span class="who">
              {t('signedInAs')}：{state.subject} ({state.roles.join(', ')}){' '}
              <button type="button" class="secondary" onClick={() => changeToken(null)}>
                {t('signOut')}
              </button>
            </span>
          ) : null}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {page === 'signin' ? <SignInPage config={config} error={signInError} onToken={(next) => { changeToken(next); location.hash = href('ask'); }} /> : null}
        {page === 'ask' ? <AskPage initial={route.params.get('q') ?? ''} /> : null}
        {page === 'audit' ? <AuditPage /> : null}
        {page === 'stations' ? reaches(state.roles, 'discipline') ? <StationsPage /> : <Restricted /> : null}
        {page === 'changes' ? <ChangesPage /> : null}
        {page === 'admin' ? reaches(state.roles, 'admin') ? <AdminPage /> : <Restricted /> : null}
        {['office', 'post', 'person', 'village', 'duty'].includes(page) && route.id ? <EntityPage kind={page as 'office'} id={route.id} /> : null}
      </main>
    </AppContext.Provider>
  );
}

render(<App />, document.getElementById('app')!);
