import { el, replace, svg } from './dom.js';
import { FILTERS, get, pageParameters } from './api.js';
import { header, showError } from './layout.js';
import { filterForm } from './filterForm.js';

// Flows: suppliers on the left, recipients on the right, a band per pair as wide as its claims; and claims per year.

const params = pageParameters();
header();
filterForm(document.getElementById('filters'), params, values => {
  const query = new URLSearchParams(Object.entries(values).filter(([, value]) => value));
  location.search = query.toString();
});
load();

async function load() {
  const flowsBox = document.getElementById('flows');
  try {
    const summary = await get('/api/flows', Object.fromEntries(FILTERS.map(name => [name, params.get(name)])));
    replace(flowsBox, summary.flows.length ? flowChart(summary.flows) : el('p', {}, 'No claim with both parties known.'));
    replace(document.getElementById('years'), summary.years.length ? yearChart(summary.years) : el('p', {}, 'No dated claim.'));
  } catch (error) {
    showError(flowsBox, error);
  }
}

function flowChart(flows) {
  const suppliers = totals(flows, 'supplier');
  const recipients = totals(flows, 'recipient');
  const rowHeight = 28;
  const height = Math.max(suppliers.length, recipients.length) * rowHeight + 20;
  const width = 640;
  const [left, right] = [110, width - 110];
  const max = Math.max(...flows.map(f => f.claims));
  const y = (list, name) => 20 + list.findIndex(entry => entry.name === name) * rowHeight;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': 'claims from each supplier to each recipient' });
  for (const flow of flows) {
    const [y1, y2] = [y(suppliers, flow.supplier), y(recipients, flow.recipient)];
    chart.append(svg('path', {
      d: `M ${left} ${y1} C ${width / 2} ${y1}, ${width / 2} ${y2}, ${right} ${y2}`,
      class: 'flow', 'stroke-width': 2 + 14 * flow.claims / max,
    }, svg('title', {}, `${flow.supplier} → ${flow.recipient}: ${flow.claims} claims, ${flow.deliveries} deliveries`)));
  }
  suppliers.forEach(s => chart.append(svg('a', { href: `index.html?supplier=${encodeURIComponent(s.name)}` },
    svg('text', { x: left - 8, y: y(suppliers, s.name) + 4, 'text-anchor': 'end' }, `${s.name} (${s.claims})`))));
  recipients.forEach(r => chart.append(svg('a', { href: `index.html?recipient=${encodeURIComponent(r.name)}` },
    svg('text', { x: right + 8, y: y(recipients, r.name) + 4 }, `${r.name} (${r.claims})`))));
  return chart;
}

function totals(flows, side) {
  const sums = new Map();
  for (const flow of flows) sums.set(flow[side], (sums.get(flow[side]) ?? 0) + flow.claims);
  return [...sums].map(([name, claims]) => ({ name, claims })).sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}

function yearChart(years) {
  const [first, last] = [years[0].year, years.at(-1).year];
  const span = last - first + 1;
  const max = Math.max(...years.map(y => y.claims));
  const [width, height, bottom] = [640, 180, 20];
  const step = width / span;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': 'claims per year' });
  for (const { year, claims } of years) {
    const x = (year - first) * step;
    const h = (height - bottom - 14) * claims / max;
    chart.append(svg('a', { href: `index.html?from_year=${year}&to_year=${year}` },
      svg('rect', { x: x + 2, y: height - bottom - h, width: Math.max(2, step - 4), height: h, class: 'bar' }, svg('title', {}, `${year}: ${claims} claims`)),
      svg('text', { x: x + step / 2, y: height - bottom - h - 3, 'text-anchor': 'middle', class: 'count' }, String(claims))));
  }
  const labelEvery = Math.ceil(span / 12);
  for (let year = first; year <= last; year += labelEvery)
    chart.append(svg('text', { x: (year - first) * step + step / 2, y: height - 5, 'text-anchor': 'middle' }, String(year)));
  return chart;
}
