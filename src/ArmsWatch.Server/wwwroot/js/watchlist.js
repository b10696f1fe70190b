// The watchlist: field = value rules kept in this browser (localStorage); an arriving claim matching any rule is flagged.

import { stateName } from './states.js';

const KEY = 'armswatch.watchlist';
export const FIELDS = ['supplier', 'recipient', 'system', 'category', 'stage', 'certainty'];

export function load() {
  try {
    const rules = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(rules) ? rules.filter(rule => FIELDS.includes(rule?.field) && typeof rule.value === 'string') : [];
  } catch {
    return [];
  }
}

export function save(rules) {
  localStorage.setItem(KEY, JSON.stringify(rules));
}

/** The rules a claim matches (case-insensitive; a party by its code or its name: RUS or Russia). */
export function matches(rules, claim) {
  return rules.filter(rule => [claim[rule.field], stateName(claim[rule.field])]
    .some(value => value !== null && value !== undefined && String(value).toLowerCase() === rule.value.toLowerCase()));
}
