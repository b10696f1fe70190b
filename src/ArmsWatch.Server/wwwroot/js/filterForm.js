import { el } from './dom.js';
import { FILTERS } from './api.js';
import { CATEGORIES, CERTAINTIES, STAGES } from './vocabulary.js';

const CHOICES = { category: CATEGORIES, stage: STAGES, certainty: CERTAINTIES };
const LABELS = { from_year: 'from', to_year: 'to', text: 'words in evidence' };

/** Fills a form with the API's filters, set from the page's URL; submitting calls back with the chosen values. */
export function filterForm(form, params, onSubmit) {
  const fields = FILTERS.map(name => {
    const value = params.get(name) ?? '';
    const input = CHOICES[name]
      ? el('select', { name }, el('option', { value: '' }, 'any'), CHOICES[name].map(choice => el('option', { value: choice, selected: choice === value }, choice)))
      : el('input', { name, value, type: name.endsWith('year') ? 'number' : 'text', placeholder: placeholder(name), size: name === 'text' ? 18 : name.endsWith('year') || name === 'system' ? 6 : 12 });
    return el('label', {}, el('span', {}, LABELS[name] ?? name), input);
  });
  form.replaceChildren(...fields, el('button', { type: 'submit' }, 'Filter'), el('a', { href: location.pathname, className: 'reset' }, 'reset'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const values = {};
    for (const name of FILTERS) values[name] = form.elements[name].value.trim();
    onSubmit(values);
  });
}

function placeholder(name) {
  return { supplier: 'Russia or RUS', recipient: 'Iran or IRN', system: 'S-300', text: 'S-300 deliver' }[name] ?? '';
}
