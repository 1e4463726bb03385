// A person's profile (GET /api/persons/{id}) as the nine dimensions of the portrait. Each dimension shows only what the
// sources ingested hold; one they say nothing of says so. E-mail addresses come only when the key's role sees them.

import { getJson, segment } from './api.js';
import { el, fact, safeUrl, show, svg } from './dom.js';
import { into, personLink, stageLabel } from './feedback.js';
import { t } from './i18n.js';
import { addToShortlist, downloadReport } from './shortlists.js';
import { reachPerson } from './paths.js';

let last = null;

export function redraw() {
  if (last) draw(last);
}

export function open(personId) {
  const body = document.getElementById('profile-body');
  into(body, () => getJson(`/api/persons/${segment(personId)}`, { works: '10', coauthors: '10' }), (profile) => {
    last = profile;
    draw(profile);
  });
}

const DIMENSIONS = [
  ['basic', basic],
  ['potential', potential],
  ['reputation', reputation],
  ['innovation', innovation],
  ['technology', technology],
  ['resources', resources],
  ['collaboration', collaboration],
  ['students', () => null],
  ['recruitability', recruitability],
];

function draw(p) {
  show(document.getElementById('profile-body'),
    el('header', { class: 'profile-head' },
      el('h3', { id: 'profile-name' }, p.name),
      el('span', { class: 'muted' }, p.personId),
      p.career?.stage ? el('span', { class: 'badge stage' }, stageLabel(p.career.stage)) : null,
      el('div', { class: 'row' },
        el('button', { type: 'button', onclick: () => addToShortlist(p.personId, p.name) }, t('common.addToShortlist')),
        el('button', { type: 'button', onclick: () => downloadReport(p.personId, 'html') }, t('profile.reportHtml')),
        el('button', { type: 'button', onclick: () => downloadReport(p.personId, 'pdf') }, t('profile.reportPdf')),
        el('button', { type: 'button', onclick: () => reachPerson(p.personId) }, t('profile.pathTo')))),
    el('div', { class: 'dimensions' }, DIMENSIONS.map(([name, build]) => dimension(name, build(p)))));
}

function dimension(name, content) {
  const title = `dim-${name}`;
  const empty = content === null || (Array.isArray(content) && content.flat(Infinity).every((c) => c === null));
  return el('section', { class: 'dimension', 'data-dimension': name, 'data-empty': empty ? 'true' : 'false', 'aria-labelledby': title },
    el('h4', { id: title }, t(`dim.${name}`)),
    empty ? el('p', { class: 'no-data' }, t('common.noData')) : content);
}

function facts(...pairs) {
  const items = pairs.filter((pair) => pair !== null);
  return items.length === 0 ? null : el('dl', {}, items);
}

function works(title, list) {
  if (!list || list.length === 0) return null;
  return [el('h5', {}, title), el('ul', { class: 'works' }, list.map((w) =>
    el('li', {}, w.title ?? w.key, el('span', { class: 'muted' }, ` (${[w.year, w.venue, w.citations ? t('field.cited', { n: w.citations }) : null].filter(Boolean).join(', ')})`))))];
}

function basic(p) {
  const others = (p.nameVariants ?? []).filter((n) => n !== p.name);
  return [
    facts(fact(t('field.id'), p.personId), fact(t('field.otherNames'), others), fact(t('field.orcid'), p.orcid),
      fact(t('field.institution'), p.career?.institution ?? p.institution), fact(t('field.country'), p.career?.country ?? p.country)),
    (p.profilePages ?? []).map(profilePage),
    (p.affiliations ?? []).length === 0 ? null : [el('h5', {}, t('field.affiliations')), el('ul', {}, p.affiliations.map((a) =>
      el('li', {}, `${a.institution}${a.country ? ` (${a.country})` : ''}: ${a.firstYear ?? '?'}–${a.lastYear ?? '?'}, ${t('common.works', { n: a.works })}`)))],
  ];
}

function profilePage(page) {
  const links = (page.links ?? []).map((link) => {
    const url = safeUrl(link.url);
    return el('li', {}, url ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, link.label || link.url) : `${link.label} ${link.url}`);
  });
  return el('div', { class: 'profile-page' },
    el('h5', {}, t('field.profilePage', { score: page.match?.score ?? '' })),
    facts(fact(t('field.position'), page.position), fact(t('field.department'), page.department), fact(t('field.institution'), page.institution),
      fact(t('field.interests'), page.interests), fact(t('field.emails'), page.emails)),
    page.emails === null ? el('p', { class: 'muted emails-hidden' }, t('field.emailsHidden')) : null,
    links.length === 0 ? null : el('ul', { class: 'links', 'aria-label': t('field.links') }, links));
}

function potential(p) {
  const c = p.career;
  const years = p.worksByYear ?? [];
  if (!c && years.length === 0) return null;
  const reference = p.statistics?.referenceYear;
  const sum = (from, to) => years.filter((y) => y.year > from && y.year <= to).reduce((n, y) => n + y.total, 0);
  return [
    facts(c ? fact(t('field.stage'), stageLabel(c.stage)) : null, c ? fact(t('field.careerAge'), c.careerAge) : null,
      c ? fact(t('field.approximateAge'), c.approximateAge ? `≈ ${c.approximateAge}` : null) : null,
      c ? fact(t('field.percentile'), c.fieldPercentile !== undefined ? `${Math.round(c.fieldPercentile * 1000) / 10} %` : null) : null,
      c ? fact(t('field.field'), conceptLabel(p, c.field)) : null,
      reference ? fact(t('field.trend'), `${sum(reference - 5, reference)} / ${sum(reference - 10, reference - 5)}`) : null),
    years.length === 0 ? null : [el('h5', {}, t('field.worksByYear')), trend(years)],
  ];
}

/** Works by year as a small bar chart (SVG, drawn here), with the numbers as its text alternative. */
function trend(years) {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const max = Math.max(...sorted.map((y) => y.total), 1);
  const width = Math.max(sorted.length * 34, 120);
  const description = sorted.map((y) => `${y.year}: ${y.total}`).join(', ');
  return svg('svg', { viewBox: `0 0 ${width} 90`, width, height: 90, role: 'img', 'aria-label': `${t('field.worksByYear')}: ${description}`, class: 'trend' },
    sorted.map((y, i) => {
      const height = Math.round((y.total / max) * 60);
      return [
        svg('rect', { x: i * 34 + 4, y: 70 - height, width: 26, height }, svg('title', {}, `${y.year}: ${y.total}`)),
        svg('text', { x: i * 34 + 17, y: 84, 'text-anchor': 'middle' }, String(y.year).slice(2)),
      ];
    }));
}

/** A concept id (the career's field) by its labels when the profile's disciplines or subfields name it. */
function conceptLabel(p, id) {
  const concept = [...(p.disciplines?.concepts ?? []), ...(p.subfields?.concepts ?? [])].find((c) => c.id === id);
  return concept ? `${concept.labelZh ?? ''} ${concept.labelEn ?? ''}`.trim() : id;
}

function reputation(p) {
  const s = p.statistics ?? {};
  const cited = (p.mostCitedWorks ?? []).filter((w) => w.citations > 0);
  if (!s.citations && !s.hIndex && cited.length === 0) return null;
  return [facts(fact(t('field.citations'), s.citations), fact(t('field.hIndex'), s.hIndex)), works(t('field.mostCited'), cited)];
}

function concepts(title, level) {
  const list = level?.concepts ?? [];
  if (list.length === 0) return null;
  return [el('h5', {}, title), el('ul', { class: 'concepts' }, list.map((c) =>
    el('li', {}, `${c.labelZh ?? ''} ${c.labelEn ?? c.id}`.trim(), el('span', { class: 'muted' }, ` ${Math.round(c.share * 1000) / 10} %`))))];
}

function innovation(p) {
  const disciplines = concepts(t('field.disciplines'), p.disciplines);
  const subfields = concepts(t('field.subfields'), p.subfields);
  if (!disciplines && !subfields) return null;
  const s = p.statistics ?? {};
  return [facts(fact(t('field.worksByKind'), `${s.papers ?? 0} / ${s.patents ?? 0} / ${s.projects ?? 0}`)), disciplines, subfields];
}

function technology(p) {
  const count = p.statistics?.patents ?? 0;
  if (count === 0) return null;
  return [facts(fact(t('field.patents'), count)), works(t('field.recentPatents'), (p.recentWorks ?? []).filter((w) => w.kind === 'patent'))];
}

function resources(p) {
  const count = p.statistics?.projects ?? 0;
  if (count === 0) return null;
  return [facts(fact(t('field.projects'), count)), works(t('field.recentProjects'), (p.recentWorks ?? []).filter((w) => w.kind === 'project'))];
}

function collaboration(p) {
  const count = p.statistics?.coauthors ?? 0;
  if (count === 0) return null;
  return [facts(fact(t('field.coauthors'), count)), el('ul', { class: 'coauthors' }, (p.coauthors ?? []).map((c) =>
    el('li', {}, personLink(c.personId, c.name), el('span', { class: 'muted' }, ` ${c.personId} · ${t('field.sharedWorks', { n: c.sharedWorks, from: c.firstYear ?? '?', to: c.lastYear ?? '?' })}`))))];
}

function recruitability(p) {
  const c = p.career;
  const institutions = new Set((p.affiliations ?? []).map((a) => a.institution));
  return [facts(
    fact(t('field.institution'), c?.institution ?? p.institution), fact(t('field.country'), c?.country ?? p.country),
    fact(t('field.latestWork'), p.statistics?.lastYear), fact(t('field.institutionsWorkedAt'), [...institutions]),
    c ? fact(t('field.stage'), stageLabel(c.stage)) : null, c ? fact(t('field.careerAge'), c.careerAge) : null,
    p.resolution ? fact(t('field.confidence'), p.resolution.confidence) : null)];
}
