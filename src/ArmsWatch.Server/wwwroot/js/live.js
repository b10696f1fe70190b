import { el, replace } from './dom.js';
import { get } from './api.js';
import { header, ready, showError } from './layout.js';
import { claimSummary } from './claimCard.js';
import * as watchlist from './watchlist.js';

// Live: the newest claims in the register at once, then the server's event stream of new ones on top; arrivals
// matching the watchlist are marked and, when allowed, notified.

const LATEST = 20;

header();
const arrivals = document.getElementById('arrivals');
const status = document.getElementById('status');
const note = document.getElementById('arrivals-note');
let rules = watchlist.load();

renderWatchForm();
renderRules();
setUpNotifications();
start();

async function start() {
  await ready;
  let latest = [];
  try {
    latest = await latestClaims();
  } catch (error) {
    showError(arrivals, error);
  }
  for (const stored of latest) arrive(stored, false);
  note.textContent = latest.length ? `the newest ${latest.length} in the register, new ones on top as they are stored` : '';
  if (latest.length === 0) arrivals.append(el('li', { className: 'meta empty' }, 'The register holds no claim yet: feed it as shown above, and claims appear here.'));
  // The stream starts after the newest claim shown, so nothing stored meanwhile is missed or shown twice.
  connect(latest.at(-1)?.id ?? 0);
}

/** The newest claims, oldest first: the last page of the register's claims (and the one before when it is short). */
async function latestClaims() {
  const first = await get('/api/claims', { page_size: LATEST });
  const pages = Math.ceil(first.total / LATEST);
  if (pages <= 1) return first.items;
  const last = await get('/api/claims', { page_size: LATEST, page: pages });
  const before = last.items.length < LATEST ? (await get('/api/claims', { page_size: LATEST, page: pages - 1 })).items : [];
  return [...before, ...last.items].slice(-LATEST);
}

// A reconnection resumes from the last event's id (the browser sends it), so it misses nothing either.
function connect(after) {
  const source = new EventSource(`/api/stream?after=${encodeURIComponent(after)}`);
  source.addEventListener('open', () => setStatus('live', 'connected'));
  source.addEventListener('error', () => setStatus('reconnecting…', 'down'));
  source.addEventListener('claim', event => arrive(JSON.parse(event.data), true));
}

function setStatus(text, state) {
  status.textContent = text;
  status.dataset.state = state;
}

/** Puts a claim on top; a new one (not one of those shown on arrival) is animated and, when watched, notified. */
function arrive(stored, isNew) {
  arrivals.querySelector('.empty')?.remove();
  const hits = watchlist.matches(rules, stored.claim);
  const time = isNew ? new Date().toLocaleTimeString() : 'stored earlier';
  arrivals.prepend(el('li', { className: ['arrival', isNew ? 'new' : 'earlier', hits.length ? 'watched' : ''].join(' ').trim(), dataset: { claim: String(stored.id) } },
    el('span', { className: 'time' }, time),
    hits.length ? el('span', { className: 'badge' }, hits.map(rule => `${rule.field}=${rule.value}`).join(', ')) : null,
    el('a', { href: `article.html?id=${stored.document_id}#claim-${stored.id}` }, claimSummary(stored)),
    stored.title ? el('span', { className: 'meta' }, ` · ${stored.title}`) : null,
    el('blockquote', {}, stored.claim.evidence)));
  if (isNew && hits.length && 'Notification' in window && Notification.permission === 'granted')
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
