import { el } from './dom.js';
import { isNegative, money, parties } from './vocabulary.js';

/** A claim's fields as a definition list: what the hover text and the aside show. */
export function claimCard(stored, extra = {}) {
  const c = stored.claim;
  const rows = [
    ['parties', parties(c)], ['item', c.item], ['system', c.system], ['category', c.category], ['kind', c.kind],
    ['stage', c.stage], ['certainty', c.certainty], ['quantity', c.quantity], ['value', money(c.value_usd)],
    ['year', c.year], ['source', c.source],
  ].filter(([, value]) => value !== null && value !== undefined && value !== '');
  return el('div', { className: `claim-card${isNegative(c) ? ' negative' : ''}`, dataset: { claim: String(stored.id) }, ...extra },
    el('dl', {}, rows.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, String(value))])));
}

/** The same fields as one line of plain text, for a title attribute. */
export function claimSummary(stored) {
  const c = stored.claim;
  return [parties(c), c.item, c.system && `(${c.system})`, `${c.stage}, ${c.certainty}`, c.quantity && `× ${c.quantity}`,
    money(c.value_usd), c.year, c.source && `source: ${c.source}`].filter(Boolean).join(' · ');
}
