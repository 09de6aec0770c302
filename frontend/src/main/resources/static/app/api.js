// The one place that talks to the server: fetch with the session cookie, CSRF header on unsafe
// methods, and the API's {"error","message","findings"} turned into a readable Chinese message.
const { message } = window.antd;

const FALLBACK = {
  0: '无法连接服务器，请检查网络后重试',
  400: '提交的内容格式有误',
  401: '登录已失效，请重新登录',
  403: '没有权限执行此操作',
  404: '未找到该记录，或您无权查看',
  409: '数据已被他人修改，或该任务已被处理',
  413: '内容过大，无法提交',
  422: '存在未解决的错误，无法继续',
  429: '尝试次数过多，请稍后再试',
  500: '服务器内部错误，请稍后重试',
};

export class ApiError extends Error {
  constructor(status, body) {
    const msg = (body && body.message) || FALLBACK[status] || FALLBACK[status >= 500 ? 500 : 400];
    super(msg);
    this.status = status;
    this.code = body && body.error;
    this.findings = (body && Array.isArray(body.findings)) ? body.findings : [];
    this.body = body;
  }
}

/** Over HTTPS the server names its cookies with the __Host- prefix (Secure, path /, this host only). */
const CSRF_COOKIES = ['__Host-XSRF-TOKEN', 'XSRF-TOKEN'];
const csrfToken = () => CSRF_COOKIES.map(readCookie).find((t) => t) || null;

function readCookie(name) {
  const hit = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith(`${name}=`));
  return hit ? decodeURIComponent(hit.slice(name.length + 1)) : null;
}

const listeners = { unauthorized: [], passwordChangeRequired: [] };
/** Called with no arguments whenever a request (other than login/me) comes back 401. */
export function onUnauthorized(fn) { listeners.unauthorized.push(fn); }
/** Called when the server refuses a request until the user has changed a reset password. */
export function onPasswordChangeRequired(fn) { listeners.passwordChangeRequired.push(fn); }

function buildUrl(path, query) {
  if (!query) return path;
  const params = new URLSearchParams();
  Object.entries(query).forEach(([k, v]) => {
    if (v !== null && v !== undefined && v !== '') params.append(k, v);
  });
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

async function ensureCsrfCookie() {
  if (!csrfToken()) {
    // every response sets the cookie when the client has none
    await fetch('/api/auth/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } }).catch(() => {});
  }
}

async function send(method, path, { body, query, signal } = {}) {
  const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(method);
  const headers = { Accept: 'application/json' };
  let payload;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) { headers['Content-Type'] = 'application/json'; payload = JSON.stringify(body); }
  if (unsafe) {
    await ensureCsrfCookie();
    const token = csrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  return fetch(buildUrl(path, query), { method, headers, body: payload, credentials: 'same-origin', signal });
}

async function parse(res) {
  if (res.status === 204) return null;
  const type = res.headers.get('Content-Type') || '';
  if (type.includes('json')) return res.json().catch(() => null);
  const text = await res.text().catch(() => '');
  return text ? { message: null, raw: text } : null;
}

/**
 * request('POST', '/api/forms', {body}) → parsed JSON. Throws ApiError. Unless `silent`, the error
 * is also shown with message.error. A CSRF rejection is retried once with a fresh token.
 */
export async function request(method, path, opts = {}) {
  let res;
  try {
    res = await send(method, path, opts);
    if (res.status === 403 && method !== 'GET') {
      const body = await res.clone().json().catch(() => null);
      if (body && body.error === 'CSRF') {
        document.cookie = 'XSRF-TOKEN=; Max-Age=0; path=/';
        document.cookie = '__Host-XSRF-TOKEN=; Max-Age=0; path=/; Secure';
        res = await send(method, path, opts);
      }
    }
  } catch (e) {
    if (e && e.name === 'AbortError') throw e;
    const err = new ApiError(0, null);
    if (!opts.silent) message.error(err.message);
    throw err;
  }
  const data = await parse(res);
  if (res.ok) return data;
  const err = new ApiError(res.status, data && data.raw ? null : data);
  if (res.status === 401 && !path.startsWith('/api/auth/')) listeners.unauthorized.forEach((fn) => fn());
  if (err.code === 'PASSWORD_CHANGE_REQUIRED') {
    listeners.passwordChangeRequired.forEach((fn) => fn()); // the password dialog says it; no extra toast
    throw err;
  }
  if (!opts.silent) showError(err);
  throw err;
}

/** Shows an ApiError (or any error) as an ant message, listing up to three blocking findings. */
export function showError(err) {
  if (!err) return;
  if (err.name === 'AbortError') return;
  let text = err.message || '操作失败';
  const errors = (err.findings || []).filter((f) => f.severity === 'ERROR'); // any error: not only an ApiError
  if (errors.length) {
    text += `：${errors.slice(0, 3).map((f) => f.message).join('；')}${errors.length > 3 ? ` 等${errors.length}项` : ''}`;
  }
  message.error(text, 5);
}

export const api = {
  get: (path, query, opts) => request('GET', path, { ...opts, query }),
  post: (path, body, opts) => request('POST', path, { ...opts, body }),
  put: (path, body, opts) => request('PUT', path, { ...opts, body }),
  del: (path, opts) => request('DELETE', path, opts),
};

/**
 * Downloads a file (export, template) through fetch, so an API error is shown as a message instead
 * of a raw JSON page. The file name comes from Content-Disposition, else `fallbackName`.
 */
export async function download(path, query, fallbackName = '下载') {
  const hide = message.loading('正在生成文件…', 0);
  try {
    const res = await send('GET', path, { query });
    if (!res.ok) {
      const body = await parse(res);
      showError(new ApiError(res.status, body && body.raw ? null : body));
      return;
    }
    const blob = await res.blob();
    const cd = res.headers.get('Content-Disposition') || '';
    const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
    const plain = /filename="?([^";]+)"?/i.exec(cd);
    const name = star ? decodeURIComponent(star[1]) : (plain ? plain[1] : fallbackName);
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (e) {
    showError(new ApiError(0, null));
  } finally {
    hide();
  }
}

/** Uploads one file as multipart field `file`. */
export function upload(path, file, opts) {
  const body = new FormData();
  body.append('file', file);
  return request('POST', path, { ...opts, body });
}

/** Page numbers: the UI counts from 1, Spring pages count from 0. */
export const toApiPage = (uiPage) => Math.max(0, (uiPage || 1) - 1);
