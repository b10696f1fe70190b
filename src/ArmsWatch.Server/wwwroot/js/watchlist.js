// The watchlist: field = value rules kept in this browser (localStorage); an arriving claim matching any rule is flagged.

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

/** The rules a claim matches (case-insensitive). */
export function matches(rules, claim) {
  return rules.filter(rule => String(claim[rule.field] ?? '').toLowerCase() === rule.value.toLowerCase());
}
