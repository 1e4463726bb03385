// Conflicts: applicants × reviewers under the NSF or NIH policy (POST /api/conflicts), every flag with its rule, window
// and evidence; and reviewers recommended for a topic without the conflicted ones (POST /api/reviewers).

import { postJson } from './api.js';
import { el, show } from './dom.js';
import { into, onSubmit, personLink } from './feedback.js';
import { t } from './i18n.js';
import { entries, resolve } from './persons.js';

let lastReport = null;
let lastReviewers = null;

export function init() {
  onSubmit('conflicts-form', check);
  onSubmit('reviewers-form', recommend);
}

export function redraw() {
  if (lastReport) drawReport(lastReport);
  if (lastReviewers) drawReviewers(lastReviewers);
}

function common() {
  const f = document.getElementById('conflicts-form').elements;
  return { policy: f.policy.value, date: f.date.value === '' ? null : f.date.value };
}

async function applicants(notes) {
  const f = document.getElementById('conflicts-form').elements;
  const found = await resolve(entries(f.applicants.value));
  notes.push(...found.notes);
  return found.ids;
}

function check() {
  const f = document.getElementById('conflicts-form').elements;
  const resolved = document.getElementById('conflicts-resolved');
  into(document.getElementById('conflicts-results'), async () => {
    const notes = [];
    const ids = await applicants(notes);
    const reviewers = await resolve(entries(f.reviewers.value));
    show(resolved, el('ul', {}, notes, reviewers.notes));
    return postJson('/api/conflicts', { applicants: ids, reviewers: reviewers.ids, ...common() });
  }, (report) => {
    lastReport = report;
    drawReport(report);
  });
}

function recommend() {
  const f = document.getElementById('reviewers-form').elements;
  into(document.getElementById('reviewers-results'), async () => {
    const notes = [];
    const ids = await applicants(notes);
    show(document.getElementById('conflicts-resolved'), el('ul', {}, notes));
    return postJson('/api/reviewers', { topic: f.topic.value.trim(), applicants: ids, k: Number(f.k.value || 10), ...common() });
  }, (result) => {
    lastReviewers = result;
    drawReviewers(result);
  });
}

const COLUMNS = ['conflicts.applicant', 'conflicts.reviewer', 'conflicts.verdict', 'conflicts.relation', 'conflicts.rule', 'conflicts.window', 'conflicts.evidence'];

function drawReport(report) {
  const rows = report.pairs.flatMap((pair) => {
    const people = [
      el('td', {}, personLink(pair.applicant, pair.applicantName ?? pair.applicant)),
      el('td', {}, personLink(pair.reviewer, pair.reviewerName ?? pair.reviewer)),
    ];
    const verdict = el('td', { class: `verdict ${pair.verdict}` }, t(`verdict.${pair.verdict}`));
    if (pair.flags.length === 0) {
      return [el('tr', { 'data-verdict': pair.verdict }, people, verdict, el('td', {}), el('td', {}), el('td', {}),
        el('td', {}, (pair.unknownBecause ?? []).join('; ')))];
    }
    return pair.flags.map((flag, i) => el('tr', { 'data-verdict': pair.verdict, 'data-relation': flag.relation },
      i === 0 ? people : [el('td', {}), el('td', {})],
      i === 0 ? verdict : el('td', {}),
      el('td', {}, flag.relation, flag.severity !== 'conflict' ? ` (${flag.severity})` : ''),
      el('td', {}, flag.rule),
      el('td', {}, windowText(flag.window)),
      el('td', {}, evidence(flag.evidence), flag.waiver ? el('p', { class: 'muted' }, `waived: ${flag.waiver.approver}, ${flag.waiver.reason}`) : null)));
  });
  show(document.getElementById('conflicts-results'),
    el('p', { class: 'muted' }, `${report.policy.toUpperCase()} · ${report.referenceDate} · ${t('conflicts.checked', { checked: report.checked })}`),
    el('table', { class: 'conflicts' },
      el('thead', {}, el('tr', {}, COLUMNS.map((key) => el('th', { scope: 'col' }, t(key))))),
      el('tbody', {}, rows)));
}

function windowText(window) {
  if (!window) return '';
  return window.start
    ? t('conflicts.windowText', { months: window.months, start: window.start, reference: window.reference })
    : t('conflicts.forLife', { reference: window.reference });
}

function evidence(list) {
  if (!list || list.length === 0) return null;
  return el('ul', { class: 'evidence' }, list.map((e) => el('li', {}, e.subject ?? e.reference,
    el('span', { class: 'muted' }, ` (${[e.kind, e.reference, e.when].filter(Boolean).join(', ')})`))));
}

function drawReviewers(result) {
  const recommended = result.recommended ?? [];
  const excluded = result.excluded ?? [];
  show(document.getElementById('reviewers-results'),
    result.disclosure ? el('p', { class: 'muted' }, result.disclosure) : null,
    recommended.length === 0 ? el('p', {}, t('reviewers.none')) : el('ol', { class: 'reviewers' }, recommended.map((r) =>
      el('li', { 'data-person': r.personId },
        personLink(r.personId, r.name), el('span', { class: 'muted' }, ` ${[r.institution, r.country].filter(Boolean).join(', ')} · ${r.score}`),
        el('ul', { class: 'works' }, (r.topWorks ?? []).map((w) => el('li', {}, w.title, el('span', { class: 'muted' }, ` (${w.year ?? '?'})`)))),
        (r.flags ?? []).length === 0 ? null : el('ul', { class: 'flags' }, r.flags.map((f) => el('li', {}, `${f.relation} (${f.severity}): ${f.rule}`)))))),
    excluded.length === 0 ? null : el('details', {}, el('summary', {}, `${t('reviewers.excluded')} (${excluded.length})`),
      el('ul', {}, excluded.map((e) => el('li', {}, personLink(e.personId, e.name), `: ${e.reason}`)))));
}
