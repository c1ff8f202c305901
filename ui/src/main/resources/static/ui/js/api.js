// The REST API as the pages call it: Basic credentials from the sign-in page, problem details as Dutch messages.

const KEY = 'opgave-engine.aanmelding';

export function credentials() {
  return sessionStorage.getItem(KEY);
}

export function remember(user, password) {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  sessionStorage.setItem(KEY, btoa(String.fromCharCode(...bytes)));
}

export function forget() {
  sessionStorage.removeItem(KEY);
}

/** A refusal of the API: status, the problem details and one Dutch sentence for the page. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(describe(status, problem));
    this.status = status;
    this.problem = problem || {};
  }
}

function describe(status, problem) {
  if (!problem) {
    return `De server antwoordde met status ${status}.`;
  }
  let text = problem.detail || problem.title || `De server antwoordde met status ${status}.`;
  const extra = [];
  if (problem.veld) extra.push(`veld: ${problem.veld}`);
  if (problem.parameter) extra.push(`parameter: ${problem.parameter}`);
  if (problem.vereisteRol) extra.push(`vereiste rol: ${problem.vereisteRol}`);
  if (Array.isArray(problem.vereisteRollen)) extra.push(`vereiste rol: ${problem.vereisteRollen.join(' of ')}`);
  if (extra.length) text += ` (${extra.join('; ')})`;
  return text;
}

async function call(method, path, { body, accept = 'application/json', form } = {}) {
  const headers = { 'X-Requested-With': 'XMLHttpRequest', Accept: accept };
  const auth = credentials();
  if (auth) headers.Authorization = `Basic ${auth}`;
  let payload;
  if (form) {
    payload = form;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'omit' });
  } catch (e) {
    throw new ApiError(0, { detail: 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.' });
  }
  if (!response.ok) {
    let problem = null;
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) {
      try { problem = await response.json(); } catch (e) { problem = null; }
    }
    throw new ApiError(response.status, problem);
  }
  return response;
}

export async function get(path) {
  const response = await call('GET', path);
  return response.json();
}

export async function getText(path, accept) {
  const response = await call('GET', path, { accept });
  return response.text();
}

/**
 * Downloads a file, reporting progress as it arrives: onProgress(received, total) with total null when the server
 * does not announce the size. Resolves to the blob and the file name of Content-Disposition.
 */
export async function getBlob(path, accept, onProgress) {
  const response = await call('GET', path, { accept });
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename="?([^";]+)"?/.exec(disposition);
  const length = Number(response.headers.get('Content-Length')) || null;
  if (!onProgress || !response.body || !response.body.getReader) {
    return { blob: await response.blob(), filename: match ? match[1] : null };
  }
  const reader = response.body.getReader();
  const chunks = [];
  let received = 0;
  onProgress(0, length);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress(received, length);
  }
  const type = response.headers.get('Content-Type') || accept;
  return { blob: new Blob(chunks, { type }), filename: match ? match[1] : null };
}

export async function send(method, path, body) {
  const response = await call(method, path, { body });
  const text = await response.text();
  return text ? JSON.parse(text) : {};
}

export async function upload(path, field, file) {
  const form = new FormData();
  form.append(field, file, file.name);
  const response = await call('POST', path, { form });
  return response.json();
}
