import { el } from './dom.js';

/** The kinds of span the knowledge and cue stages add, in the legend's order, with what each stands for. */
export const spanKinds = [
  ['state', 'state'],
  ['organisation', 'organisation'],
  ['person', 'person'],
  ['group', 'armed group'],
  ['outlet', 'news outlet'],
  ['body', 'international body'],
  ['weapon', 'equipment'],
  ['stage-cue', 'stage cue'],
  ['certainty-cue', 'certainty cue'],
  ['negation-cue', 'negation cue'],
  ['money', 'sum of money'],
  ['quantity', 'quantity'],
  ['date', 'date'],
];

/** What a span says, for its tooltip: its kind and the attributes it carries. */
function describe(span) {
  const attributes = ['name', 'label', 'state', 'role', 'family', 'category', 'maker', 'origin', 'amount', 'currency', 'value_usd', 'count', 'year']
    .filter(key => span[key] !== null && span[key] !== undefined)
    .map(key => `${key}: ${span[key]}`);
  return [span.kind, ...attributes].join('\n');
}

/**
 * The article's text as text nodes, with every recognised span marked by its kind (the innermost where spans nest:
 * "Russian" inside "Russian Defence Minister Sergei Shoigu"); the tooltip lists every span covering a piece.
 */
export function recognisedText(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const span of spans) for (const offset of [span.start, span.end]) cuts.add(Math.max(0, Math.min(text.length, offset)));
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const piece = text.slice(start, end);
    const covering = spans.filter(s => s.start <= start && end <= s.end && s.end > s.start);
    if (covering.length === 0) {
      nodes.push(piece);
      continue;
    }
    const innermost = covering.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    nodes.push(el('span', { className: `span span-${innermost.kind}`, title: covering.map(describe).join('\n\n') }, piece));
  }
  return nodes;
}

/** The legend: a swatch and a word for each kind of span. */
export function spanLegend() {
  return el('ul', { className: 'legend' }, spanKinds.map(([kind, label]) =>
    el('li', {}, el('span', { className: `span span-${kind}` }, label))));
}
