import { el, replace } from './dom.js';
import { FILTERS, get, pageParameters } from './api.js';
import { header, ready, showError } from './layout.js';
import { filterForm } from './filterForm.js';
import { sortableTable } from './sortableTable.js';
import { isNegative, money } from './vocabulary.js';
import { stateNode, stateText } from './states.js';

// The register: claims or deals matching the filters in the URL, a page at a time, sortable by any column.

const PAGE_SIZE = 100;
const params = pageParameters();
const view = params.get('view') === 'deals' ? 'deals' : 'claims';
const results = document.getElementById('results');

header();
filterForm(document.getElementById('filters'), params, values => go({ ...values, view, page: '' }));
for (const tab of ['claims', 'deals']) {
  const button = document.getElementById(`tab-${tab}`);
  button.classList.toggle('current', tab === view);
  button.addEventListener('click', () => go({ ...current(), view: tab, page: '' }));
}
load();

function current() {
  return Object.fromEntries(FILTERS.map(name => [name, params.get(name) ?? '']));
}

function go(values) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) query.set(name, value);
  location.search = query.toString();
}

async function load() {
  const page = Number(params.get('page') ?? 1);
  try {
    await ready;
    const listing = await get(`/api/${view}`, { ...current(), page, page_size: PAGE_SIZE });
    const titles = view === 'claims' ? await titlesOf() : new Map();
    replace(results, view === 'claims' ? claimsTable(listing.items.map(c => ({ ...c, title: titles.get(c.document_id) }))) : dealsTable(listing.items));
    document.getElementById('summary').textContent = `${listing.total} ${view}`;
    pager(listing);
  } catch (error) {
    showError(results, error);
  }
}

/** The titles of the documents the filters match, by id: claims carry their document's id, not its title. */
async function titlesOf() {
  try {
    const documents = await get('/api/documents', { ...current(), page_size: 500 });
    return new Map(documents.items.filter(d => d.title).map(d => [d.id, d.title]));
  } catch {
    return new Map();
  }
}

function claimsTable(claims) {
  return sortableTable([
    { label: 'year', value: c => c.claim.year ?? yearOf(c.published), cell: c => String(c.claim.year ?? yearOf(c.published) ?? '') },
    { label: 'supplier', value: c => stateText(c.claim.supplier), cell: c => stateNode(c.claim.supplier) },
    { label: 'recipient', value: c => stateText(c.claim.recipient), cell: c => stateNode(c.claim.recipient) },
    { label: 'item', value: c => c.claim.item, cell: c => c.claim.item },
    { label: 'system', value: c => c.claim.system, cell: c => c.claim.system ?? '' },
    { label: 'category', value: c => c.claim.category, cell: c => c.claim.category },
    { label: 'stage', value: c => c.claim.stage, cell: c => c.claim.stage },
    { label: 'certainty', value: c => c.claim.certainty, cell: c => c.claim.certainty },
    { label: 'qty', value: c => c.claim.quantity, cell: c => c.claim.quantity ?? '' },
    { label: 'value', value: c => c.claim.value_usd, cell: c => money(c.claim.value_usd) },
    { label: 'source', value: c => c.claim.source, cell: c => c.claim.source ?? '' },
    { label: 'article', value: c => c.title ?? c.doc, cell: c => el('a', { href: `article.html?id=${c.document_id}#claim-${c.id}`, title: c.claim.evidence }, c.title ?? c.doc) },
  ], claims, c => isNegative(c.claim) ? 'negative' : '');
}

function dealsTable(deals) {
  return sortableTable([
    { label: 'deal', value: d => d.id, cell: d => el('a', { href: `deal.html?id=${encodeURIComponent(d.id)}` }, designation(d)) },
    { label: 'supplier', value: d => stateText(d.key.supplier), cell: d => stateNode(d.key.supplier) },
    { label: 'recipient', value: d => stateText(d.key.recipient), cell: d => stateNode(d.key.recipient) },
    { label: 'years', value: d => d.first_year, cell: d => d.first_year === d.last_year ? String(d.first_year ?? '') : `${d.first_year ?? '?'}–${d.last_year ?? '?'}` },
    { label: 'status', value: d => d.stage, cell: d => `${d.stage} (${d.certainty})${d.resumed ? ', resumed' : ''}` },
    { label: 'mentions', value: d => d.mentions, cell: d => String(d.mentions) },
    { label: 'values', value: d => d.values_usd[0]?.value, cell: d => figures(d.values_usd, money) },
    { label: 'quantities', value: d => d.quantities[0]?.value, cell: d => figures(d.quantities, String) },
  ], deals, d => d.values_conflict || d.quantities_conflict ? 'conflict' : '');
}

function designation(deal) {
  return deal.designation ?? deal.id;
}

/** Each distinct figure with the stage it was reported at ("180 contract | 10 delivery"). */
function figures(reported, format) {
  return [...new Set(reported.map(f => `${format(f.value)} ${f.basis}`))].join(' | ');
}

function yearOf(published) {
  return published ? Number(published.slice(0, 4)) : null;
}

function pager(listing) {
  const pages = Math.max(1, Math.ceil(listing.total / listing.page_size));
  const link = (page, label) => el('button', { type: 'button', disabled: page < 1 || page > pages || page === listing.page,
    on: { click: () => go({ ...current(), view, page: String(page) }) } }, label);
  replace(document.getElementById('pager'), link(listing.page - 1, '‹ previous'), ` page ${listing.page} of ${pages} `, link(listing.page + 1, 'next ›'));
}
