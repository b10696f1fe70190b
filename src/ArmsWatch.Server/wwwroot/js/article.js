import { el, replace } from './dom.js';
import { get, pageParameters } from './api.js';
import { header, ready, showError } from './layout.js';
import { claimCard } from './claimCard.js';
import { highlightedText } from './highlightedText.js';
import { recognisedText, spanLegend } from './recognisedText.js';

// An article: its text with every claim's evidence and item marked; the claims' fields on hover and in the aside. A
// switch shows instead what the pipeline recognised in the text (states, organisations, people, equipment, cues).

header();
const article = document.getElementById('article');
const aside = document.getElementById('claims');
load();

async function load() {
  try {
    const id = pageParameters().get('id');
    if (!/^\d+$/.test(id ?? '')) throw new Error('no article id in the address (article.html?id=N)');
    const [detail] = await Promise.all([get(`/api/documents/${id}`), ready]);
    render(detail);
  } catch (error) {
    showError(article, error);
  }
}

function render(detail) {
  const doc = detail.document;
  document.title = `ArmsWatch · ${doc.title ?? doc.doc}`;
  replace(article,
    el('h1', {}, doc.title ?? doc.doc),
    el('p', { className: 'meta' }, [doc.published && `published ${doc.published}`, `${detail.claims.length} claims`, `${detail.sentences.length} sentences`]
      .filter(Boolean).join(' · '), doc.url ? [' · ', el('a', { href: doc.url, rel: 'noopener noreferrer' }, 'source')] : null),
    el('p', { className: 'view-switch' },
      el('button', { type: 'button', id: 'show-claims', className: 'active', on: { click: () => show('claims') } }, 'Claims'),
      el('button', { type: 'button', id: 'show-spans', on: { click: () => show('spans') } }, `Recognised (${(detail.spans ?? []).length})`)),
    el('div', { className: 'text', id: 'claims-view' }, highlightedText(detail.text, detail.claims)),
    el('div', { className: 'text', id: 'spans-view', hidden: true }, spanLegend(), recognisedText(detail.text, detail.spans ?? [])));
  replace(aside, el('h2', {}, 'Claims'), detail.claims.length === 0 ? el('p', {}, 'No claim was found in this article.') :
    detail.claims.map(stored => claimCard(stored, { on: {
      mouseenter: () => mark(stored.id, true),
      mouseleave: () => mark(stored.id, false),
      click: () => document.getElementById(`claim-${stored.id}`)?.scrollIntoView({ block: 'center' }),
    } })));
  if (location.hash) document.querySelector(location.hash.replace(/[^#\w-]/g, ''))?.scrollIntoView({ block: 'center' });
}

/** Shows the claims or the recognised spans over the text. */
function show(view) {
  document.getElementById('claims-view').hidden = view !== 'claims';
  document.getElementById('spans-view').hidden = view !== 'spans';
  document.getElementById('show-claims').classList.toggle('active', view === 'claims');
  document.getElementById('show-spans').classList.toggle('active', view === 'spans');
}

function mark(id, on) {
  for (const node of article.querySelectorAll('mark')) {
    if (node.dataset.claims.split(' ').includes(String(id))) node.classList.toggle('active', on);
  }
}
