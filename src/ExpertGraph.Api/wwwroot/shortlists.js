// Shortlists (analyst role): named lists of persons, added from a search hit or a profile, exported as CSV or XLSX,
// each person's one-person report as HTML or PDF. Routes: GET/POST /api/shortlists, GET /api/shortlists/{name},
// POST /api/shortlists/{name}/entries, DELETE /api/shortlists/{name}/entries/{id}, GET /api/shortlists/{name}/export,
// GET /api/persons/{id}/report.

import { deleteResource, download, getJson, postJson, segment } from './api.js';
import { el, show } from './dom.js';
import { failure, into, notify, onSubmit, personLink } from './feedback.js';
import { t } from './i18n.js';

const CURRENT = 'expertgraph.shortlist';
let lists = [];
let last = null;

const current = () => sessionStorage.getItem(CURRENT);

export function init() {
  onSubmit('shortlist-create', async (created) => {
    const data = new FormData(created);
    const name = String(data.get('name')).trim();
    const note = String(data.get('note')).trim();
    try {
      await postJson('/api/shortlists', { name, note: note === '' ? null : note });
      sessionStorage.setItem(CURRENT, name);
      created.reset();
      notify(t('shortlists.created', { list: name }));
      await shown();
    } catch (error) {
      show(document.getElementById('shortlist-body'), failure(error));
    }
  });
  document.getElementById('shortlist-current').addEventListener('change', (event) => {
    if (event.target.value === '') sessionStorage.removeItem(CURRENT);
    else sessionStorage.setItem(CURRENT, event.target.value);
    drawList();
  });
  document.getElementById('shortlist-refresh').addEventListener('click', () => shown());
  document.getElementById('shortlist-export-csv').addEventListener('click', () => exportList('csv'));
  document.getElementById('shortlist-export-xlsx').addEventListener('click', () => exportList('xlsx'));
}

/** The view is shown: the lists again (another tab or the CLI may have changed them), then the current one. */
export async function shown() {
  try {
    const answer = await getJson('/api/shortlists');
    lists = Array.isArray(answer) ? answer : answer?.shortlists ?? [];
  } catch (error) {
    lists = [];
    show(document.getElementById('shortlist-body'), failure(error));
    drawChoice();
    return;
  }
  drawChoice();
  await drawList();
}

export function redraw() {
  drawChoice();
  if (last) drawEntries(last);
}

/** Adds a person to the current shortlist, from a search hit or a profile. */
export async function addToShortlist(personId, name) {
  const list = current();
  if (!list) {
    notify(t('shortlists.noneChosen'));
    return;
  }
  try {
    await postJson(`/api/shortlists/${segment(list)}/entries`, { persons: [personId] });
    notify(t('shortlists.added', { person: name ?? personId, list }));
  } catch (error) {
    notify(failure(error).textContent);
  }
}

/** Downloads a person's one-person report (一人一册). */
export async function downloadReport(personId, format) {
  try {
    const file = await download(`/api/persons/${segment(personId)}/report?format=${format}`, `${personId}.${format}`);
    notify(t('shortlists.downloaded', { file }));
  } catch (error) {
    notify(failure(error).textContent);
  }
}

async function exportList(format) {
  const list = current();
  if (!list) {
    notify(t('shortlists.noneChosen'));
    return;
  }
  try {
    const file = await download(`/api/shortlists/${segment(list)}/export?format=${format}`, `${list}.${format}`);
    notify(t('shortlists.downloaded', { file }));
  } catch (error) {
    notify(failure(error).textContent);
  }
}

function drawChoice() {
  const select = document.getElementById('shortlist-current');
  const chosen = current();
  show(select, el('option', { value: '' }, t('shortlists.choose')), lists.map((list) => {
    const size = list.size ?? list.count ?? list.entries?.length;
    const label = size === undefined ? list.name : `${list.name} (${t('shortlists.size', { n: size })})`;
    return el('option', { value: list.name, selected: list.name === chosen }, label);
  }));
}

async function drawList() {
  const body = document.getElementById('shortlist-body');
  const list = current();
  last = null;
  if (!list) {
    body.replaceChildren();
    return;
  }
  await into(body, () => getJson(`/api/shortlists/${segment(list)}`), (answer) => {
    last = answer;
    drawEntries(answer);
  });
}

function drawEntries(list) {
  const body = document.getElementById('shortlist-body');
  const entries = list.entries ?? list.persons ?? [];
  if (entries.length === 0) {
    show(body, list.note ? el('p', {}, list.note) : null, el('p', {}, t('shortlists.empty')));
    return;
  }
  show(body,
    list.note ? el('p', {}, list.note) : null,
    el('table', { class: 'entries' },
      el('thead', {}, el('tr', {}, ['shortlists.rank', 'shortlists.person', 'field.institution', 'shortlists.note', 'shortlists.actions']
        .map((key) => el('th', { scope: 'col' }, t(key))))),
      el('tbody', {}, entries.map((entry, index) => {
        const id = entry.personId ?? entry.person ?? entry.id;
        return el('tr', { 'data-person': id },
          el('td', {}, entry.rank ?? entry.position ?? index + 1),
          el('td', {}, personLink(id, entry.name ?? id)),
          el('td', {}, [entry.institution, entry.country].filter(Boolean).join(', ')),
          el('td', {}, entry.note ?? ''),
          el('td', { class: 'actions' },
            el('button', { type: 'button', onclick: () => downloadReport(id, 'html') }, t('profile.reportHtml')),
            el('button', { type: 'button', onclick: () => downloadReport(id, 'pdf') }, t('profile.reportPdf')),
            el('button', { type: 'button', onclick: () => remove(list.name ?? current(), id) }, t('shortlists.remove'))));
      }))));
}

async function remove(list, personId) {
  try {
    await deleteResource(`/api/shortlists/${segment(list)}/entries/${segment(personId)}`);
    await drawList();
  } catch (error) {
    notify(failure(error).textContent);
  }
}
