// Who is logged in: {username, displayName, roles, org:{id,name,level}}.
import { api } from './api.js';
import { roleLabel } from './meta.js';

const { reactive } = Vue;

export const session = reactive({ user: null, loaded: false });

export async function loadMe() {
  try {
    session.user = await api.get('/api/auth/me', null, { silent: true });
  } catch (e) {
    session.user = null;
  }
  session.loaded = true;
  return session.user;
}

/** The password step; resolves to the user, or to {mfaRequired: true} when the code step follows. */
export async function login(username, password) {
  const answer = await api.post('/api/auth/login', { username, password }, { silent: true });
  if (answer && answer.mfaRequired) return answer;
  session.user = answer;
  session.loaded = true;
  return session.user;
}

/** The second step: the authenticator's code or a recovery code. */
export async function loginCode(code) {
  session.user = await api.post('/api/auth/mfa', { code }, { silent: true });
  session.loaded = true;
  return session.user;
}

export async function logout() {
  try { await api.post('/api/auth/logout', undefined, { silent: true }); } catch (e) { /* already gone */ }
  session.user = null;
}

export const hasRole = (...roles) => !!session.user && (session.user.roles || []).some((r) => roles.includes(r));
export const isFiler = () => hasRole('FILER');
export const canSeeDashboard = () => hasRole('PREFECTURE_REVIEWER', 'PREFECTURE_LEADER', 'SYSTEM_ADMIN');
/** The prefecture's reviewers keep its 指标库. */
export const curatesLibrary = () => hasRole('PREFECTURE_REVIEWER');
/** A part of the administration the server says the user's roles open (ORGS, USERS, AUDIT, …). */
export const hasArea = (area) => !!session.user && (session.user.adminAreas || []).includes(area);
/** The security and audit administrators work in the administration only: no forms, no inbox. */
export const worksOnForms = () => hasRole('FILER', 'UNIT_HEAD', 'PREFECTURE_REVIEWER', 'PREFECTURE_LEADER', 'SYSTEM_ADMIN');
export const rolesText = () => (session.user ? (session.user.roles || []).map(roleLabel).join('、') : '');
export const orgName = () => (session.user && session.user.org ? session.user.org.name : '');
