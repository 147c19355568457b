import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { Lang, LabelKey, translate, enumLabel, pick } from './i18n';

/** What a role may reach: the service decides; the app only hides links a role cannot use. */
export type Role = 'viewer' | 'staff' | 'discipline' | 'admin';
const ORDER: Role[] = ['viewer', 'staff', 'discipline', 'admin'];

export function reaches(roles: readonly string[], needed: Role): boolean {
  return roles.some((role) => ORDER.indexOf(role as Role) >= ORDER.indexOf(needed));
}

export interface AppState {
  lang: Lang;
  asOf: string;
  township: string | null;
  token: string | null;
  roles: string[];
  subject: string | null;
}

export interface AppContextValue extends AppState {
  t: (key: LabelKey) => string;
  e: (value: string) => string;
  name: (name: string | null | undefined, nameEn: string | null | undefined) => string;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside <AppContext.Provider>');
  return value;
}

export function contextValue(state: AppState): AppContextValue {
  return {
    ...state,
    t: (key) => translate(state.lang, key),
    e: (value) => enumLabel(state.lang, value),
    name: (name, nameEn) => pick(state.lang, name, nameEn),
  };
}
