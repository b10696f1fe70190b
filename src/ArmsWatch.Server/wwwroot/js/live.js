import { el, replace } from './dom.js';
import { header } from './layout.js';
import { claimSummary } from './claimCard.js';
import * as watchlist from './watchlist.js';

// Live: the server's event stream of new claims; arrivals matching the watchlist are marked and, when allowed, notified.

header();
const arrivals = document.getElementById('arrivals');
const status = document.getElementById('status');
let rules = watchlist.load();

renderWatchForm();
renderRules();
setUpNotifications();
connect();

// The stream starts after the newest claim stored when it connects; a reconnection resumes from the last event's id.
function connect() {
  const source = new EventSource('/api/stream');
  source.addEventListener('open', () => setStatus('live', 'connected'));
  source.addEventListener('error', () => setStatus('reconnecting…', 'down'));
  source.addEventListener('claim', event => arrive(JSON.parse(event.data)));
}

function setStatus(text, state) {
  status.textContent = text;
  status.dataset.state = state;
}

function arrive(stored) {
  const hits = watchlist.matches(rules, stored.claim);
  const time = new Date().toLocaleTimeString();
  arrivals.prepend(el('li', { className: hits.length ? 'arrival watched' : 'arrival', dataset: { claim: String(stored.id) } },
    el('span', { className: 'time' }, time),
    hits.length ? el('span', { className: 'badge' }, hits.map(rule => `${rule.field}=${rule.value}`).join(', ')) : null,
    el('a', { href: `article.html?id=${stored.document_id}#claim-${stored.id}` }, claimSummary(stored)),
    el('blockquote', {}, stored.claim.evidence)));
  if (hits.length && 'Notification' in window && Notification.permission === 'granted')
    new Notification('ArmsWatch: watched claim', { body: claimSummary(stored), tag: `claim-${stored.id}` });
}

function renderWatchForm() {
  const form = document.getElementById('watch-form');
  const field = el('select', { name: 'field' }, watchlist.FIELDS.map(name => el('option', { value: name }, name)));
  const value = el('input', { name: 'value', placeholder: 'RUS, air-defence, S-400…', required: true });
  form.replaceChildren(el('label', {}, el('span', {}, 'field'), field), el('label', {}, el('span', {}, 'value'), value), el('button', { type: 'submit' }, 'Watch'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    rules = [...rules, { field: field.value, value: value.value.trim() }];
    watchlist.save(rules);
    value.value = '';
    renderRules();
  });
}

function renderRules() {
  replace(document.getElementById('watches'), rules.length === 0 ? el('li', { className: 'meta' }, 'Nothing watched yet.') :
    rules.map((rule, index) => el('li', {}, `${rule.field} = ${rule.value} `, el('button', { type: 'button', on: { click: () => {
      rules = rules.filter((_, i) => i !== index);
      watchlist.save(rules);
      renderRules();
    } } }, 'remove'))));
}

function setUpNotifications() {
  const button = document.getElementById('notify');
  if (!('Notification' in window) || Notification.permission !== 'default') {
    button.hidden = true;
    return;
  }
  button.addEventListener('click', async () => {
    await Notification.requestPermission();
    button.hidden = Notification.permission !== 'default';
  });
}
