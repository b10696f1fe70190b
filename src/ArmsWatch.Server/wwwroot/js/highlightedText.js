import { el } from './dom.js';
import { claimSummary } from './claimCard.js';

/**
 * The article's text as text nodes, with every claim's evidence sentence and item marked by their character offsets.
 * Claims may share a sentence or overlap, so the text is cut at every offset and each piece is marked by the claims covering it.
 */
export function highlightedText(text, claims) {
  const cuts = new Set([0, text.length]);
  for (const stored of claims) {
    const c = stored.claim;
    for (const offset of [c.sentence_start, c.sentence_end, c.item_start, c.item_end]) cuts.add(Math.max(0, Math.min(text.length, offset)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const anchored = new Set();
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const piece = text.slice(start, end);
    const inSentence = claims.filter(s => s.claim.sentence_start <= start && end <= s.claim.sentence_end);
    const inItem = claims.filter(s => s.claim.item_start <= start && end <= s.claim.item_end && s.claim.item_end > s.claim.item_start);
    if (inSentence.length === 0 && inItem.length === 0) {
      nodes.push(piece);
      continue;
    }
    const covering = inItem.length > 0 ? inItem : inSentence;
    const first = inItem.find(s => !anchored.has(s.id));
    if (first) anchored.add(first.id);
    nodes.push(el('mark', {
      className: inItem.length > 0 ? 'item' : 'evidence',
      id: first ? `claim-${first.id}` : undefined,
      title: covering.map(claimSummary).join('\n'),
      dataset: { claims: covering.map(s => s.id).join(' ') },
    }, piece));
  }
  return nodes;
}
