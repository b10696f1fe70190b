import { el } from './dom.js';

const PAGES = [['index.html', 'Register'], ['flows.html', 'Flows'], ['live.html', 'Live']];

/** The header every page shares: the product's name and the pages, the current one marked. */
export function header() {
  const current = location.pathname.split('/').pop() || 'index.html';
  const nav = el('nav', {}, PAGES.map(([href, label]) =>
    el('a', { href, className: href === current ? 'current' : '' }, label)));
  document.body.prepend(el('header', {}, el('a', { href: 'index.html', className: 'brand' }, 'ArmsWatch'), nav));
}

/** Shows an error where the page's content would be. */
export function showError(container, error) {
  container.replaceChildren(el('p', { className: 'error' }, String(error.message ?? error)));
}
