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
    render(await get(`/api/deals/${encodeURIComponent(id)}`, { page: pageParameters().get('page') }));
  } catch (error) {
    showError(main, error);
  }
}

function render({ deal, timeline, documents }) {
  const designation = deal.designation ?? deal.id;
  const byId = new Map(documents.map(d => [d.id, d]));
  const titleOf = new Map(documents.filter(d => d.title).map(d => [d.doc, d.title]));
  document.title = `ArmsWatch · ${designation} ${parties(deal.key)}`;
  replace(main,
    el('h1', {}, `${designation}: ${parties(deal.key)}`),
    el('p', { className: 'meta' }, `status: ${deal.stage} (${deal.certainty})${deal.resumed ? ', resumed after a cancellation' : ''} · ${deal.first_year ?? '?'}–${deal.last_year ?? '?'} · ${deal.mentions} mentions in ${deal.documents} articles`),
    el('p', { className: 'rule' }, deal.merge_rule),
    el('h2', {}, 'Figures'),
    el('div', { className: 'figures' }, figures('Value (USD)', deal.values_usd, money, titleOf), figures('Quantity', deal.quantities, String, titleOf)),
    el('h2', {}, 'History'),
    el('p', { className: 'meta' }, deal.history.map(step => `${step.year ?? '?'} ${step.stage} (${step.certainty})`).join(' → ')),
    el('h2', {}, 'Timeline'),
    el('ol', { className: 'timeline', start: String((timeline.page - 1) * timeline.page_size + 1) }, timeline.items.map(m => mention(m, byId.get(m.document_id)))),
    pager(timeline));
}

/** Every reported figure with its stage and who reported it; distinct figures side by side, a disagreement marked. */
function figures(label, reported, format, titleOf) {
  const byValue = Map.groupBy(reported, figure => `${figure.value} ${figure.basis} ${figure.year ?? ''}`);
  const conflict = reported.some(figure => figure.conflict);
  return el('section', { className: `figure${conflict ? ' conflict' : ''}` },
    el('h3', {}, label, conflict ? el('span', { className: 'badge' }, 'sources disagree') : null),
    reported.length === 0 ? el('p', { className: 'meta' }, 'none stated') :
      el('div', { className: 'side-by-side' }, [...byValue.values()].map(group => el('div', { className: 'column' },
        el('strong', {}, format(group[0].value)), ` ${group[0].basis}${group[0].year ? ` ${group[0].year}` : ''}`,
        el('ul', {}, group.map(figure => el('li', { title: figure.evidence }, `${figure.source ?? 'unattributed'}, ${titleOf.get(figure.doc) ?? figure.doc}${figure.mentions > 1 ? ` (${figure.mentions} mentions)` : ''}`)))))));
}

function mention(m, doc) {
  return el('li', { className: `stage-${m.stage}${isNegative(m) ? ' negative' : ''}` },
    el('div', { className: 'when' }, String(m.year ?? '?'), el('small', {}, m.year_basis)),
    el('div', { className: 'what' },
      el('strong', {}, `${m.stage} · ${m.certainty}`), ` ${m.item}`, m.quantity ? ` × ${m.quantity}` : '', m.value_usd ? ` · ${money(m.value_usd)}` : '',
      el('blockquote', {}, m.evidence),
      el('p', { className: 'meta' }, m.source ? `${m.source} · ` : '', el('a', { href: `article.html?id=${m.document_id}#claim-${m.claim_id}` }, doc?.title ?? m.doc),
        m.published ? ` (${m.published})` : '', doc?.url ? [' · ', el('a', { href: doc.url, rel: 'noopener noreferrer' }, 'source')] : null)));
}

function pager(timeline) {
  const pages = Math.max(1, Math.ceil(timeline.total / timeline.page_size));
  if (pages === 1) return null;
  const link = (page, label) => el('button', { type: 'button', disabled: page < 1 || page > pages,
    on: { click: () => { const query = pageParameters(); query.set('page', String(page)); location.search = query.toString(); } } }, label);
  return el('p', { className: 'pager' }, link(timeline.page - 1, '‹ earlier'), ` mentions page ${timeline.page} of ${pages} `, link(timeline.page + 1, 'later ›'));
}
