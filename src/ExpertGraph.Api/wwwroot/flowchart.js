// Each country's arrivals and departures drawn as SVG: one row per country (in the API's order, highest net first),
// departures as a bar to the left of the axis, arrivals to the right, the figures and net beside. A diverging bar per
// country reads at a glance who gains and who loses, and stays legible with many countries, where a country-to-country
// diagram would not; the table below it gives every pair.

import { svg } from './dom.js';
import { t } from './i18n.js';

const ROW = 24;
const BAR = 16;
const LABEL = 56;
const HALF = 220;
const FIGURES = 220;
const TOP = 28;

export function drawFlowChart(balances) {
  const most = Math.max(1, ...balances.flatMap((b) => [b.arrivals, b.departures]));
  const scale = HALF / most;
  const axis = LABEL + HALF;
  const width = LABEL + HALF * 2 + FIGURES;
  const height = TOP + ROW * balances.length + 8;
  const title = t('flows.chartTitle');
  return svg('svg', { class: 'flow-chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': title },
    svg('title', {}, title),
    svg('text', { x: axis - 8, y: 16, 'text-anchor': 'end', class: 'departures' }, `← ${t('flows.departures')}`),
    svg('text', { x: axis + 8, y: 16, class: 'arrivals' }, `${t('flows.arrivals')} →`),
    balances.map((b, i) => row(b, TOP + i * ROW, axis, scale)),
    svg('line', { class: 'axis', x1: axis, y1: TOP - 4, x2: axis, y2: height - 4 }));
}

function row(balance, y, axis, scale) {
  const net = balance.net > 0 ? `+${balance.net}` : String(balance.net);
  const text = t('flows.bar', { country: balance.country, arrivals: balance.arrivals, departures: balance.departures, net });
  return svg('g', {
    class: 'country', 'data-country': balance.country, 'data-arrivals': balance.arrivals, 'data-departures': balance.departures, 'data-net': balance.net,
  },
  svg('title', {}, text),
  svg('text', { x: LABEL - 8, y: y + BAR - 4, 'text-anchor': 'end' }, balance.country),
  svg('rect', { class: 'departures', x: axis - balance.departures * scale, y, width: balance.departures * scale, height: BAR }),
  svg('rect', { class: 'arrivals', x: axis, y, width: balance.arrivals * scale, height: BAR }),
  svg('text', { class: 'figures', x: axis + HALF + 8, y: y + BAR - 4 }, `+${balance.arrivals} / −${balance.departures} = ${net}`));
}
