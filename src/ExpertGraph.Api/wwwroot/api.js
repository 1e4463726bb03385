// Calls to the ExpertGraph API with the key kept in sessionStorage (this tab only; gone when it closes), sent as
// X-Api-Key. Errors are ProblemDetails: their detail is what the user sees.

import { el } from './dom.js';

const KEY = 'expertgraph.apiKey';

export const apiKey = {
  get: () => sessionStorage.getItem(KEY),
  set: (key) => sessionStorage.setItem(KEY, key.trim()),
  clear: () => sessionStorage.removeItem(KEY),
};

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

let unauthorized = () => {};

/** What to do when the server refuses the key (401): the page asks for another. */
export function whenUnauthorized(handler) {
  unauthorized = handler;
}

export async function getJson(path, parameters) {
  const query = parameters ? `?${new URLSearchParams(parameters)}` : '';
  return (await send('GET', path + query)).json();
}

export async function postJson(path, body) {
  const response = await send('POST', path, body);
  const text = await response.text();
  return text.length === 0 ? null : JSON.parse(text);
}

export async function deleteResource(path) {
  await send('DELETE', path);
}

/** Fetches a file with the key and hands it to the browser as a download named as the server says (else fallbackName). */
export async function download(path, fallbackName) {
  const response = await send('GET', path);
  const blob = await response.blob();
  const name = fileName(response.headers.get('Content-Disposition')) ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}

/** A segment of a path (a shortlist's name may hold any character). */
export function segment(text) {
  return encodeURIComponent(text);
}

async function send(method, path, body) {
  const headers = { 'X-Api-Key': apiKey.get() ?? '' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store', credentials: 'omit',
  });
  if (response.ok) return response;
  let detail = response.statusText;
  try {
    const problem = await response.json();
    detail = problem.detail || problem.title || detail;
  } catch {
    // Not ProblemDetails (a proxy's page): the status text says enough.
  }
  if (response.status === 401) unauthorized();
  throw new ApiError(response.status, detail);
}

function fileName(disposition) {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1]);
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : null;
}
