import { useState } from 'preact/hooks';
import { useApp } from '../app-context';
import { AppClientConfig, developmentToken, startOidcSignIn } from '../auth/sign-in';
import { Loading } from '../components/common';

/** Development: pick a role (only while the service uses its development secret). Production: OIDC. */
export function SignInPage({ config, error, onToken }: { config: AppClientConfig | null; error: string | null; onToken: (token: string) => void }) {
  const { t, e } = useApp();
  const [role, setRole] = useState('staff');
  const [subject, setSubject] = useState('');
  const [pasted, setPasted] = useState('');
  const [failure, setFailure] = useState<string | null>(error);
  if (!config) return <Loading />;
  const devSignIn = async (event: Event) => {
    event.preventDefault();
    try {
      onToken(await developmentToken(role, subject.trim()));
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <div class="signin">
      <h1>{t('signInTitle')}</h1>
      {failure ? (
        <p class="error" role="alert">
          {t('signInFailed')}: {failure}
        </p>
      ) : null}
      {config.oidc ? (
        <p>
          <button type="button" onClick={() => void startOidcSignIn(config.oidc!).catch((err: Error) => setFailure(err.message))}>
            {t('oidcSignIn')}
          </button>
        </p>
      ) : null}
      {config.devSignIn ? (
        <form class="card form" onSubmit={devSignIn}>
          <h2>{t('devSignIn')}</h2>
          <div class="field">
            <label for="dev-role">{t('devSignInRole')}</label>
            <select id="dev-role" value={role} onChange={(event) => setRole((event.target as HTMLSelectElement).value)}>
              {config.roles.map((item) => (
                <option key={item} value={item}>
                  {e(item)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="dev-subject">{t('devSignInName')}</label>
            <input id="dev-subject" value={subject} placeholder={`dev-${role}`} onInput={(event) => setSubject((event.target as HTMLInputElement).value)} />
          </div>
          <button type="submit">{t('devSignInButton')}</button>
        </form>
      ) : null}
      {!config.oidc && !config.devSignIn ? <p>{t('noSignIn')}</p> : null}
      <form
        class="card form"
        onSubmit={(event) => {
          event.preventDefault();
          if (pasted.trim()) onToken(pasted.trim());
        }}
      >
        <div class="field">
          <label for="paste-token">{t('pasteToken')}</label>
          <input id="paste-token" type="password" autoComplete="off" value={pasted} onInput={(event) => setPasted((event.target as HTMLInputElement).value)} />
        </div>
        <button type="submit" class="secondary">
          {t('useToken')}
        </button>
      </form>
    </div>
  );
}
