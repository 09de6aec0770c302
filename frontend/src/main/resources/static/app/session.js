// Who is logged in: {username, displayName, roles, org:{id,name,level}}.
import { api } from './api.js';
import { roleLabel } from './format.js';

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

export async function login(username, password) {
  session.user = await api.post('/api/auth/login', { username, password }, { silent: true });
  session.loaded = true;
  return session.user;
}

export async function logout() {
  try { await api.post('/api/auth/logout', undefined, { silent: true }); } catch (e) { /* already gone */ }
  session.user = null;
}

export const hasRole = (...roles) => !!session.user && (session.user.roles || []).some((r) => roles.includes(r));
export const isFiler = () => hasRole('FILER');
export const canSeeDashboard = () => hasRole('PREFECTURE_REVIEWER', 'PREFECTURE_LEADER', 'ADMIN');
export const rolesText = () => (session.user ? (session.user.roles || []).map(roleLabel).join('、') : '');
export const orgName = () => (session.user && session.user.org ? session.user.org.name : '');
