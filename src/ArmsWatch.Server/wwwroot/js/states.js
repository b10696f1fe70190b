import { el } from './dom.js';
import { get } from './api.js';

// State codes with their names (GET /api/states, loaded once per page): "Russia (RUS)" in text, the name with the code beside it on screen.

const states = new Map();

/** Loads the names; a page that cannot get them still shows the codes. */
export async function loadStates() {
  try {
    for (const state of await get('/api/states')) states.set(state.code, state);
  } catch {
    // Codes alone still read.
  }
}

export function stateName(code) {
  return states.get(code)?.name ?? null;
}

/** "Russia (RUS)"; a party that is no state code as it is; "?" when unknown. */
export function stateText(code) {
  if (!code) return '?';
  const name = stateName(code);
  return name ? `${name} (${code})` : code;
}

/** The name with the code beside it, muted; a former state's code explained on hover. */
export function stateNode(code) {
  const state = states.get(code);
  if (!state) return el('span', { className: 'party' }, code ?? '?');
  return el('span', { className: 'party', title: state.former ? `${code}: ${state.name}, a former state (its code is not in today's ISO 3166-1 list)` : `${state.name} (${code})` },
    state.name, ' ', el('small', { className: 'code' }, code));
}
