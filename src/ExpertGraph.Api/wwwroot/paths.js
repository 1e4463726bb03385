// Paths: from one or more of our people to a target (GET /api/paths), each path drawn and every hop listed with its
// evidence.

import { getJson } from './api.js';
import { el, show } from './dom.js';
import { into, onSubmit, personLink } from './feedback.js';
import { t } from './i18n.js';
import { drawPath } from './pathgraph.js';
import { entries, resolve } from './persons.js';

const form = () => document.getElementById('paths-form');
let last = null;

export function init() {
  onSubmit('paths-form', run);
}

export function redraw() {
  if (last) draw(last);
}

/** From a profile: the target filled in, the form shown. */
export function reachPerson(personId) {
  form().elements.to.value = personId;
  location.hash = '#/paths';
  form().elements.from.focus();
}

function run() {
  const f = form().elements;
  const notes = document.getElementById('paths-resolved');
  notes.replaceChildren();
  into(document.getElementById('paths-results'), async () => {
    const from = await resolve(entries(f.from.value));
    const to = await resolve([f.to.value.trim()]);
    show(notes, el('ul', {}, from.notes, to.notes));
    const query = new URLSearchParams({ from: from.ids.join(','), to: to.ids[0], maxHops: f.maxHops.value || '6', k: f.k.value || '1' });
    if (f.strongest.checked) query.set('strongest', 'true');
    return getJson('/api/paths', query);
  }, (answer) => {
    last = answer;
    draw(answer);
  });
}

function draw(answer) {
  const paths = answer.paths ?? [];
  show(document.getElementById('paths-results'), paths.length === 0 ? el('p', {}, t('paths.none')) : paths.map((path, i) =>
    el('figure', { class: 'path', 'data-hops': path.hops },
      el('figcaption', {}, t('paths.path', { n: i + 1, hops: path.hops, strength: path.strength })),
      el('div', { class: 'scroll' }, drawPath(path)),
      el('ol', { class: 'hops' }, (path.steps ?? []).map(hop)))));
}

/** A hop as text: who to whom, and its evidence in full (the drawing shortens titles). */
function hop(step) {
  const works = (step.works ?? []).map((w) => el('li', {}, w.title, el('span', { class: 'muted' }, ` (${w.year ?? '?'}, ${w.kind})`)));
  const institutions = (step.institutions ?? []).map((inst) => el('li', {}, inst.name));
  return el('li', {},
    personLink(step.from.personId, step.from.name), ' → ', personLink(step.to.personId, step.to.name),
    el('span', { class: 'muted' }, ` ${t('paths.hopWorks', { n: step.sharedWorks, kinds: step.kinds })}`),
    el('ul', { class: 'evidence' }, works, institutions));
}
