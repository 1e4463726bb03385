// Search: the topic with the scout filters, facets that filter when clicked, and each hit with why it was found.

import { getJson } from './api.js';
import { el, show } from './dom.js';
import { into, onSubmit, personLink, stageLabel } from './feedback.js';
import { t } from './i18n.js';
import { addToShortlist } from './shortlists.js';

const form = () => document.getElementById('search-form');
let last = null;

export function init() {
  onSubmit('search-form', run);
}

export function redraw() {
  if (last) draw(last);
}

function parameters() {
  const data = new FormData(form());
  const query = new URLSearchParams({ explain: 'true' });
  for (const [name, value] of data) {
    const text = String(value).trim();
    if (text !== '') query.append(name, text);
  }
  return query;
}

function run() {
  const results = document.getElementById('search-results');
  into(results, () => getJson('/api/search', parameters()), (answer) => {
    last = answer;
    draw(answer);
  });
}

function draw(answer) {
  drawFacets(answer.facets);
  const results = document.getElementById('search-results');
  const experts = answer.experts ?? [];
  show(results,
    el('p', { class: 'summary' }, t('search.summary', { experts: answer.facets?.experts ?? experts.length, works: answer.matchedWorks })),
    expansion(answer.expansion),
    experts.length === 0 ? el('p', {}, t('search.noHits')) : el('ol', { class: 'hits' }, experts.map(hit)));
}

function expansion(value) {
  const concepts = value?.concepts ?? [];
  if (concepts.length === 0) return null;
  return el('p', { class: 'expansion' }, `${t('search.expansion')}: `,
    concepts.map((c, i) => [i > 0 ? ', ' : '', `${c.labelZh ?? ''} ${c.labelEn ?? c.id}`.trim()]));
}

function hit(expert) {
  const career = expert.career;
  const reasons = [...(expert.reasons ?? [])].sort((a, b) => b.contribution - a.contribution);
  const contributing = reasons.filter((r) => r.contribution > 0);
  return el('li', { class: 'hit', 'data-person': expert.personId },
    el('div', { class: 'hit-head' },
      el('span', { class: 'rank' }, `${expert.rank}.`),
      el('h3', {}, personLink(expert.personId, expert.name)),
      career?.stage ? el('span', { class: 'badge stage' }, stageLabel(career.stage)) : null,
      el('span', { class: 'where' }, [expert.institution, expert.country].filter(Boolean).join(', ')),
      el('button', { type: 'button', class: 'add', onclick: () => addToShortlist(expert.personId, expert.name) }, t('common.addToShortlist'))),
    el('div', { class: 'why' },
      el('h4', {}, t('search.why')),
      el('p', {}, t('search.whyMatched', { n: expert.matchedWorks, score: expert.score })),
      el('ul', { class: 'reasons' }, contributing.map(reason)),
      expert.tie ? el('p', {}, `${t('search.tie')}: ${expert.tie}`) : null,
      reasons.length > contributing.length
        ? el('details', {}, el('summary', {}, t('search.allSignals')), el('ul', { class: 'reasons' }, reasons.map(reason)))
        : null),
    (expert.topWorks ?? []).length === 0 ? null : el('div', { class: 'top-works' },
      el('h4', {}, t('search.topWorks')),
      el('ul', {}, expert.topWorks.map((w) => el('li', {}, w.title ?? w.id, el('span', { class: 'muted' }, ` (${[w.year, w.kind].filter(Boolean).join(', ')})`))))));
}

function reason(r) {
  return el('li', {}, el('span', { class: 'feature' }, r.feature), `: ${r.value}`,
    el('span', { class: 'contribution' }, r.contribution > 0 ? ` +${r.contribution}` : ''));
}

const FACETS = [
  ['countries', 'search.facet.countries', 'country'],
  ['institutions', 'search.facet.institutions', 'institution'],
  ['stages', 'search.facet.stages', 'stage'],
  ['kinds', 'search.facet.kinds', 'kind'],
];

function drawFacets(facets) {
  const aside = document.getElementById('search-facets');
  aside.hidden = !facets;
  if (!facets) return;
  show(document.getElementById('search-facet-groups'), FACETS.map(([name, title, filter]) => {
    const counts = facets[name] ?? [];
    if (counts.length === 0) return null;
    return el('div', { class: 'facet', 'data-facet': name },
      el('h4', {}, t(title)),
      el('ul', {}, counts.map((c) => {
        const label = filter === 'stage' ? stageLabel(c.value) : c.label;
        return el('li', {}, el('button', {
          type: 'button', class: 'link', 'aria-label': t('search.facet.filter', { label }), onclick: () => applyFacet(filter, c.value),
        }, label, el('span', { class: 'count' }, ` ${c.count}`)));
      })));
  }));
}

/** A facet sets its filter in the form (a stage alone), and the search runs again. */
function applyFacet(filter, value) {
  const f = form();
  if (filter === 'stage') {
    for (const box of f.querySelectorAll('input[name="stage"]')) box.checked = box.value === value;
  } else {
    f.elements[filter].value = value;
  }
  run();
}
