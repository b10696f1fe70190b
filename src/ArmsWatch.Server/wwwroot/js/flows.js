import { el, replace, svg } from './dom.js';
import { FILTERS, get, pageParameters } from './api.js';
import { header, ready, showError } from './layout.js';
import { filterForm } from './filterForm.js';
import { stateText } from './states.js';

// Flows: suppliers on the left, recipients on the right, a band per pair as wide as its claims; and claims per year.
// Both charts take the whole width of the page and are drawn again when it changes.

const params = pageParameters();
header();
filterForm(document.getElementById('filters'), params, values => {
  const query = new URLSearchParams(Object.entries(values).filter(([, value]) => value));
  location.search = query.toString();
});
const flowsBox = document.getElementById('flows');
const yearsBox = document.getElementById('years');
let summary = null;
load();

async function load() {
  try {
    [summary] = await Promise.all([get('/api/flows', Object.fromEntries(FILTERS.map(name => [name, params.get(name)]))), ready]);
    draw();
    let pending = 0;
    addEventListener('resize', () => {
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(draw);
    });
  } catch (error) {
    showError(flowsBox, error);
  }
}

function draw() {
  replace(flowsBox, summary.flows.length ? flowChart(summary.flows, innerWidth(flowsBox)) : el('p', {}, 'No claim with both parties known.'));
  replace(yearsBox, summary.years.length ? yearChart(summary.years, innerWidth(yearsBox)) : el('p', {}, 'No dated claim.'));
}

/** The drawing width a chart box offers: its width less its padding, never below a readable minimum. */
function innerWidth(box) {
  const style = getComputedStyle(box);
  return Math.max(480, Math.floor(box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)));
}

function flowChart(flows, width) {
  const suppliers = totals(flows, 'supplier');
  const recipients = totals(flows, 'recipient');
  const label = entry => `${stateText(entry.name)} · ${entry.claims}`;
  const rowHeight = 28;
  const height = Math.max(suppliers.length, recipients.length) * rowHeight + 20;
  // Room for the longest label on each side (about 7 pixels a character at 12 px), at most a third of the width.
  const margin = list => Math.min(width / 3, 16 + 7 * Math.max(...list.map(entry => label(entry).length)));
  const [left, right] = [margin(suppliers), width - margin(recipients)];
  const max = Math.max(...flows.map(f => f.claims));
  const y = (list, name) => 20 + list.findIndex(entry => entry.name === name) * rowHeight;
  const middle = (left + right) / 2;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': 'claims from each supplier to each recipient' });
  for (const flow of flows) {
    const [y1, y2] = [y(suppliers, flow.supplier), y(recipients, flow.recipient)];
    chart.append(svg('path', {
      d: `M ${left} ${y1} C ${middle} ${y1}, ${middle} ${y2}, ${right} ${y2}`,
      class: 'flow', 'stroke-width': 2 + 14 * flow.claims / max,
    }, svg('title', {}, `${stateText(flow.supplier)} → ${stateText(flow.recipient)}: ${flow.claims} claims, ${flow.deliveries} deliveries`)));
  }
  suppliers.forEach(s => chart.append(svg('a', { href: `index.html?supplier=${encodeURIComponent(s.name)}` },
    svg('text', { x: left - 8, y: y(suppliers, s.name) + 4, 'text-anchor': 'end', class: 'party' }, label(s)))));
  recipients.forEach(r => chart.append(svg('a', { href: `index.html?recipient=${encodeURIComponent(r.name)}` },
    svg('text', { x: right + 8, y: y(recipients, r.name) + 4, class: 'party' }, label(r)))));
  return chart;
}

function totals(flows, side) {
  const sums = new Map();
  for (const flow of flows) sums.set(flow[side], (sums.get(flow[side]) ?? 0) + flow.claims);
  return [...sums].map(([name, claims]) => ({ name, claims })).sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}

function yearChart(years, width) {
  const [first, last] = [years[0].year, years.at(-1).year];
  const span = last - first + 1;
  const max = Math.max(...years.map(y => y.claims));
  const [height, bottom] = [200, 20];
  const step = width / span;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': 'claims per year' });
  const barWidth = Math.max(2, Math.min(60, step - 4));
  for (const { year, claims } of years) {
    const centre = (year - first) * step + step / 2;
    const h = (height - bottom - 14) * claims / max;
    chart.append(svg('a', { href: `index.html?from_year=${year}&to_year=${year}` },
      svg('rect', { x: centre - barWidth / 2, y: height - bottom - h, width: barWidth, height: h, class: 'bar' }, svg('title', {}, `${year}: ${claims} claims`)),
      svg('text', { x: centre, y: height - bottom - h - 3, 'text-anchor': 'middle', class: 'count' }, String(claims))));
  }
  const labelEvery = Math.ceil(span / Math.max(1, Math.floor(width / 60)));
  for (let year = first; year <= last; year += labelEvery)
    chart.append(svg('text', { x: (year - first) * step + step / 2, y: height - 5, 'text-anchor': 'middle' }, String(year)));
  return chart;
}
