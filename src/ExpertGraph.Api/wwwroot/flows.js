// Flows: moves between countries and institutions (GET /api/flows) as a chart of arrivals and departures and as
// tables, and the field's rising persons (GET /api/trends) with the held-out figures of the models that predict them.

import { getJson } from './api.js';
import { el, show } from './dom.js';
import { into, onSubmit, personLink } from './feedback.js';
import { drawFlowChart } from './flowchart.js';
import { t } from './i18n.js';

const form = () => document.getElementById('flows-form');
let lastFlows = null;
let lastTrends = null;

export function init() {
  onSubmit('flows-form', run);
}

export function redraw() {
  if (lastFlows) drawFlows(lastFlows);
  if (lastTrends) drawTrends(lastTrends);
  else show(document.getElementById('rising-results'), el('p', { class: 'muted' }, t('rising.chooseField')));
}

function run() {
  const f = form().elements;
  const field = f.field.value.trim();
  const country = f.country.value.trim();
  const query = new URLSearchParams({ period: f.period.value || '5' });
  if (field) query.set('field', field);
  if (country) query.set('country', country);
  into(document.getElementById('flows-results'), () => getJson('/api/flows', query), (answer) => {
    lastFlows = answer;
    drawFlows(answer);
  });

  const rising = document.getElementById('rising-results');
  lastTrends = null;
  if (!field) {
    show(rising, el('p', { class: 'muted' }, t('rising.chooseField')));
    return;
  }
  const trends = new URLSearchParams({ field });
  if (country) trends.set('country', country);
  into(rising, () => getJson('/api/trends', trends), (answer) => {
    lastTrends = answer;
    drawTrends(answer);
    offerFields(answer.momentum ?? []);
  });
}

function drawFlows(answer) {
  const balances = answer.balances ?? [];
  show(document.getElementById('flows-results'),
    el('p', { class: 'summary' }, t('flows.summary', {
      persons: answer.persons, withAffiliations: answer.personsWithAffiliations, moves: answer.moves, movers: answer.movers,
    })),
    answer.moves === 0 ? el('p', {}, t('flows.none')) : [
      el('figure', { class: 'flows' },
        el('figcaption', {}, t('flows.chartTitle')),
        el('div', { class: 'scroll' }, drawFlowChart(balances)),
        el('p', { class: 'muted' }, t('flows.chartNote'))),
      el('h4', {}, t('flows.byPeriod')),
      table('flows-periods', ['flows.period.col', 'flows.from', 'flows.to', 'flows.moves', 'flows.persons'], (answer.countries ?? []).map((c) =>
        el('tr', { 'data-period': c.periodStart, 'data-from': c.from, 'data-to': c.to },
          el('td', {}, `${c.periodStart}–${c.periodEnd}`), el('td', {}, c.from), el('td', {}, c.to), el('td', {}, c.moves), el('td', {}, c.persons)))),
      el('h4', {}, t('flows.institutions')),
      table('flows-institutions', ['flows.from', 'flows.to', 'flows.moves', 'flows.years'], (answer.institutions ?? []).map((i) =>
        el('tr', {},
          el('td', {}, `${i.from} (${i.fromCountry})`), el('td', {}, `${i.to} (${i.toCountry})`), el('td', {}, i.moves),
          el('td', {}, i.firstYear === i.lastYear ? i.firstYear : `${i.firstYear}–${i.lastYear}`)))),
    ]);
}

function drawTrends(answer) {
  const evaluation = (answer.evaluation ?? []).map((e) => el('li', { 'data-target': e.target }, e.skipped
    ? t('rising.skipped', { target: e.target, why: e.skipped })
    : t('rising.evaluation', {
      target: e.target, r2: figure(e.rSquared), r2none: figure(e.rSquaredNoGrowth), growthR2: figure(e.growthRSquared),
      heldOut: e.heldOutPersons, width: figure(e.intervalWidth), coverage: percent(e.intervalCoverage),
    })));
  const asked = (answer.momentum ?? []).filter((m) => m.asked);
  const rising = answer.rising ?? [];
  show(document.getElementById('rising-results'),
    el('p', { class: 'summary' }, t('rising.summary', { persons: answer.persons, year: answer.year, until: answer.year + answer.horizon })),
    el('ul', { class: 'evaluation' }, evaluation),
    asked.map((m) => el('p', { class: 'muted', 'data-field': m.field }, `${m.label ?? m.field} — ${t('rising.momentum', { momentum: figure(m.momentum) })}`)),
    rising.length === 0 ? el('p', {}, t('rising.none')) : el('ol', { class: 'rising' }, rising.map((r) =>
      el('li', { 'data-person': r.personId, 'data-target': r.target },
        personLink(r.personId, r.name), ' ',
        el('span', { class: 'muted' }, [r.institution, r.country].filter(Boolean).join(', ')),
        el('div', {}, t('rising.item', {
          basis: r.basis, current: r.current, predicted: figure(r.predicted), low: figure(r.low), high: figure(r.high), percentile: Math.round(r.peerPercentile * 100),
        })),
        el('div', { class: 'muted drivers' }, (r.drivers ?? []).map((d) => `${d.feature} ${figure(d.value)} (${d.contribution >= 0 ? '+' : ''}${figure(d.contribution)})`).join(', '))))));
}

/** The fields of the last answer's momentum, offered as choices of the field box. */
function offerFields(momentum) {
  show(document.getElementById('flows-fields'), momentum.map((m) => el('option', { value: m.label ?? m.field })));
}

function table(name, headings, rows) {
  return el('table', { class: name },
    el('thead', {}, el('tr', {}, headings.map((h) => el('th', {}, t(h))))),
    el('tbody', {}, rows));
}

function figure(value) {
  return value === null || value === undefined ? '—' : String(Math.round(value * 100) / 100);
}

function percent(value) {
  return value === null || value === undefined ? '—' : `${Math.round(value * 100)}%`;
}
