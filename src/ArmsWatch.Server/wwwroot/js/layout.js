import { el } from './dom.js';
import { get } from './api.js';
import { loadStates } from './states.js';

const PAGES = [['index.html', 'Register'], ['flows.html', 'Flows'], ['live.html', 'Live']];

/** Resolves once what every page labels things with is loaded: the state names. */
export const ready = loadStates();

/** The header every page shares: the product's name and version, and the pages, the current one marked. */
export function header() {
  const current = location.pathname.split('/').pop() || 'index.html';
  const nav = el('nav', {}, PAGES.map(([href, label]) =>
    el('a', { href, className: href === current ? 'current' : '' }, label)));
  const version = el('span', { className: 'version' });
  document.body.prepend(el('header', {}, el('a', { href: 'index.html', className: 'brand' }, 'ArmsWatch'), version, nav));
  get('/api/about').then(about => { version.textContent = about.version; version.title = `${about.name} ${about.version}`; }).catch(() => {});
}

/** Shows an error where the page's content would be. */
export function showError(container, error) {
  container.replaceChildren(el('p', { className: 'error' }, String(error.message ?? error)));
}
