// What every view shows the same way: the status line, errors, loading, links to a profile, career stages.

import { el } from './dom.js';
import { t } from './i18n.js';

export function notify(text) {
  document.getElementById('status').textContent = text;
}

/** An error as a paragraph: the API's ProblemDetails detail with the status, else the message. */
export function failure(error) {
  const text = error && error.status ? t('common.error', { status: error.status, detail: error.message }) : String(error?.message ?? error);
  return el('p', { class: 'error', role: 'alert' }, text);
}

export function loading() {
  return el('p', { class: 'loading' }, t('common.loading'));
}

export function personLink(id, name) {
  return el('a', { href: `#/person/${encodeURIComponent(id)}`, 'data-person': id }, name ?? id);
}

export function stageLabel(stage) {
  return stage ? t(`stage.${stage}`) : null;
}

/** Runs a request for a view: shows loading in target, then what draw makes of the answer, or the error. */
export async function into(target, request, draw) {
  target.replaceChildren(loading());
  try {
    const answer = await request();
    target.replaceChildren();
    draw(answer);
  } catch (error) {
    target.replaceChildren(failure(error));
  }
}

/** Runs handler when the form is submitted, instead of the browser's own submission. */
export function onSubmit(formId, handler) {
  document.getElementById(formId).addEventListener('submit', (event) => {
    event.preventDefault();
    handler(event.target);
  });
}
