// The dashboard's only way to the server: the same JSON API a script would use.

/** GET a JSON endpoint with query parameters (empty values left out); throws with the server's problem detail. */
export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(name, value);
  const response = await fetch(query.size ? `${path}?${query}` : path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.detail ?? body?.title ?? `${response.status} ${response.statusText}`);
  return body;
}

/** The filters the API takes, as the query parameters of this page's URL. */
export const FILTERS = ['supplier', 'recipient', 'system', 'category', 'stage', 'certainty', 'from_year', 'to_year', 'text'];

export function pageParameters() {
  return new URLSearchParams(location.search);
}
