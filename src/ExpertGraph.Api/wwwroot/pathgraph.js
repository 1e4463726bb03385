// A path of collaborations drawn as SVG: persons in hop order left to right, each hop's line labelled with its shared
// works (title and year; the full title in the label's tooltip and in the list below the drawing).

import { shorten, svg } from './dom.js';
import { t } from './i18n.js';

const GAP = 330;
const MARGIN = 120;
const RADIUS = 16;
const NODE_Y = 50;
const LINE = 15;

export function drawPath(path) {
  const steps = path.steps ?? [];
  const persons = steps.length === 0 ? [] : [steps[0].from, ...steps.map((s) => s.to)];
  const lines = Math.max(1, ...steps.map((s) => (s.works ?? []).length + (s.sharedWorks > (s.works ?? []).length ? 1 : 0)));
  const width = MARGIN * 2 + GAP * Math.max(persons.length - 1, 0);
  const height = NODE_Y + 60 + lines * LINE;
  const x = (i) => MARGIN + i * GAP;
  const title = t('paths.svgTitle', { from: persons[0]?.name ?? '', to: persons.at(-1)?.name ?? '' });
  return svg('svg', { class: 'path-graph', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': title },
    svg('title', {}, title),
    steps.map((step, i) => hop(step, x(i), x(i + 1))),
    persons.map((person, i) => node(person, x(i), i)));
}

function hop(step, from, to) {
  const works = step.works ?? [];
  const middle = (from + to) / 2;
  const more = step.sharedWorks - works.length;
  return svg('g', { class: 'hop', 'data-from': step.from.personId, 'data-to': step.to.personId },
    svg('line', { x1: from + RADIUS, y1: NODE_Y, x2: to - RADIUS, y2: NODE_Y }),
    svg('text', { class: 'hop-label', x: middle, y: NODE_Y - 8, 'text-anchor': 'middle' }, `${step.sharedWorks} · ${step.kinds}`),
    works.map((work, i) => svg('text', { class: 'work', x: middle, y: NODE_Y + 42 + i * LINE, 'text-anchor': 'middle', 'data-work': work.id },
      svg('title', {}, `${work.title} (${work.year ?? '?'})`),
      `${shorten(work.title, 44)} (${work.year ?? '?'})`)),
    more > 0 ? svg('text', { class: 'work more', x: middle, y: NODE_Y + 42 + works.length * LINE, 'text-anchor': 'middle' }, t('paths.more', { n: more })) : null);
}

function node(person, x, index) {
  return svg('a', { href: `#/person/${encodeURIComponent(person.personId)}`, class: 'node', 'data-person': person.personId, 'data-index': index },
    svg('title', {}, [person.name, person.institution, person.country].filter(Boolean).join(', ')),
    svg('circle', { cx: x, cy: NODE_Y, r: RADIUS }),
    svg('text', { x, y: NODE_Y + 5, 'text-anchor': 'middle', class: 'node-index' }, String(index)),
    svg('text', { x, y: NODE_Y + 26, 'text-anchor': 'middle', class: 'node-name' }, `${shorten(person.name, 30)} · ${person.personId}`));
}
