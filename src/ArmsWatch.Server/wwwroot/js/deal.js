import { el, replace } from './dom.js';
import { get, pageParameters } from './api.js';
import { header, showError } from './layout.js';
import { isNegative, money, parties } from './vocabulary.js';

// A deal: its stages on a timeline, each with the sentence and article it comes from; figures that disagree side by side.

header();
const main = document.getElementById('deal');
load();

async function load() {
  try {
    const id = pageParameters().get('id');
    if (!id) throw new Error('no deal id in the address (deal.html?id=...)');
    render(await get(`/api/deals/${encodeURIComponent(id)}`));
  } catch (error) {
    showError(main, error);
  }
}

function render(deal) {
  const designation = deal.timeline.find(m => m.system)?.system ?? deal.timeline[0]?.item ?? deal.id;
  document.title = `ArmsWatch · ${designation} ${parties(deal.key)}`;
  replace(main,
    el('h1', {}, `${designation}: ${parties(deal.key)}`),
    el('p', { className: 'meta' }, `status: ${deal.stage} (${deal.certainty}) · ${deal.first_year ?? '?'}–${deal.last_year ?? '?'} · ${deal.timeline.length} mentions`),
    el('p', { className: 'rule' }, deal.merge_rule),
    el('h2', {}, 'Figures'),
    el('div', { className: 'figures' }, figures('Value (USD)', deal.values_usd, money), figures('Quantity', deal.quantities, String)),
    el('h2', {}, 'Timeline'),
    el('ol', { className: 'timeline' }, deal.timeline.map(mention)));
}

/** Every reported figure with who reported it; distinct figures in their own columns so a disagreement shows at once. */
function figures(label, reported, format) {
  const byValue = Map.groupBy(reported, figure => String(figure.value));
  const conflict = byValue.size > 1;
  return el('section', { className: `figure${conflict ? ' conflict' : ''}` },
    el('h3', {}, label, conflict ? el('span', { className: 'badge' }, 'sources disagree') : null),
    reported.length === 0 ? el('p', { className: 'meta' }, 'none stated') :
      el('div', { className: 'side-by-side' }, [...byValue.values()].map(group => el('div', { className: 'column' },
        el('strong', {}, format(group[0].value)),
        el('ul', {}, group.map(figure => el('li', { title: figure.evidence }, `${figure.source ?? 'unattributed'}, ${figure.doc}`)))))));
}

function mention(m) {
  return el('li', { className: `stage-${m.stage}${isNegative(m) ? ' negative' : ''}` },
    el('div', { className: 'when' }, String(m.year ?? '?'), el('small', {}, m.year_basis)),
    el('div', { className: 'what' },
      el('strong', {}, `${m.stage} · ${m.certainty}`), ` ${m.item}`, m.quantity ? ` × ${m.quantity}` : '', m.value_usd ? ` · ${money(m.value_usd)}` : '',
      el('blockquote', {}, m.evidence),
      el('p', { className: 'meta' }, m.source ? `${m.source} · ` : '', el('a', { href: `article.html?id=${m.document_id}#claim-${m.claim_id}` }, m.doc),
        m.published ? ` (${m.published})` : '', m.url ? [' · ', el('a', { href: m.url, rel: 'noopener noreferrer' }, 'source')] : null)));
}
