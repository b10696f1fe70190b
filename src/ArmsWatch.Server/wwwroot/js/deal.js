import { el, replace } from './dom.js';
import { get, pageParameters } from './api.js';
import { header, ready, showError } from './layout.js';
import { isNegative, money, parties } from './vocabulary.js';

// A deal: its stages on a timeline, each with the sentence and article it comes from; figures that disagree side by side.

header();
const main = document.getElementById('deal');
load();

async function load() {
  try {
    const id = pageParameters().get('id');
    if (!id) throw new Error('no deal id in the address (deal.html?id=...)');
    await ready;
    const deal = await get(`/api/deals/${encodeURIComponent(id)}`);
    render(deal, await titles(deal));
  } catch (error) {
    showError(main, error);
  }
}

/** The titles of the deal's articles by their doc name (the documents listing under the deal's key gives them in one request). */
async function titles(deal) {
  const key = deal.key;
  const filter = { supplier: key.supplier, recipient: key.recipient, [key.by_system ? 'system' : 'category']: key.family, page_size: 500 };
  try {
    const listing = await get('/api/documents', filter);
    return new Map(listing.items.filter(d => d.title).map(d => [d.doc, d.title]));
  } catch {
    return new Map();
  }
}

function render(deal, titleOf) {
  const designation = deal.timeline.find(m => m.system)?.system ?? deal.timeline[0]?.item ?? deal.id;
  document.title = `ArmsWatch · ${designation} ${parties(deal.key)}`;
  replace(main,
    el('h1', {}, `${designation}: ${parties(deal.key)}`),
    el('p', { className: 'meta' }, `status: ${deal.stage} (${deal.certainty}) · ${deal.first_year ?? '?'}–${deal.last_year ?? '?'} · ${deal.timeline.length} mentions`),
    el('p', { className: 'rule' }, deal.merge_rule),
    el('h2', {}, 'Figures'),
    el('div', { className: 'figures' }, figures('Value (USD)', deal.values_usd, money, titleOf), figures('Quantity', deal.quantities, String, titleOf)),
    el('h2', {}, 'Timeline'),
    el('ol', { className: 'timeline' }, deal.timeline.map(m => mention(m, titleOf))));
}

/** Every reported figure with who reported it; distinct figures in their own columns so a disagreement shows at once. */
function figures(label, reported, format, titleOf) {
  const byValue = Map.groupBy(reported, figure => String(figure.value));
  const conflict = byValue.size > 1;
  return el('section', { className: `figure${conflict ? ' conflict' : ''}` },
    el('h3', {}, label, conflict ? el('span', { className: 'badge' }, 'sources disagree') : null),
    reported.length === 0 ? el('p', { className: 'meta' }, 'none stated') :
      el('div', { className: 'side-by-side' }, [...byValue.values()].map(group => el('div', { className: 'column' },
        el('strong', {}, format(group[0].value)),
        el('ul', {}, group.map(figure => el('li', { title: figure.evidence }, `${figure.source ?? 'unattributed'}, ${titleOf.get(figure.doc) ?? figure.doc}`)))))));
}

function mention(m, titleOf) {
  return el('li', { className: `stage-${m.stage}${isNegative(m) ? ' negative' : ''}` },
    el('div', { className: 'when' }, String(m.year ?? '?'), el('small', {}, m.year_basis)),
    el('div', { className: 'what' },
      el('strong', {}, `${m.stage} · ${m.certainty}`), ` ${m.item}`, m.quantity ? ` × ${m.quantity}` : '', m.value_usd ? ` · ${money(m.value_usd)}` : '',
      el('blockquote', {}, m.evidence),
      el('p', { className: 'meta' }, m.source ? `${m.source} · ` : '', el('a', { href: `article.html?id=${m.document_id}#claim-${m.claim_id}` }, titleOf.get(m.doc) ?? m.doc),
        m.published ? ` (${m.published})` : '', m.url ? [' · ', el('a', { href: m.url, rel: 'noopener noreferrer' }, 'source')] : null)));
}
