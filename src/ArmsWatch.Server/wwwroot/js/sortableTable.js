import { el } from './dom.js';

/**
 * A table whose columns sort on a click (the loaded page's rows, in the browser).
 * columns: [{ label, value: row => sortable value, cell: row => node or text }].
 */
export function sortableTable(columns, rows, rowClass = () => '') {
  let order = { index: -1, direction: 1 };
  const body = el('tbody');
  const render = () => {
    const sorted = order.index < 0 ? rows : [...rows].sort((a, b) => order.direction * compare(columns[order.index].value(a), columns[order.index].value(b)));
    body.replaceChildren(...sorted.map(row => el('tr', { className: rowClass(row) }, columns.map(column => el('td', {}, column.cell(row))))));
  };
  const headings = columns.map((column, index) => el('th', {},
    el('button', { type: 'button', className: 'sort', on: { click: () => {
      order = { index, direction: order.index === index ? -order.direction : 1 };
      headings.forEach((heading, i) => heading.dataset.sort = i === index ? (order.direction > 0 ? 'asc' : 'desc') : '');
      render();
    } } }, column.label)));
  render();
  return el('table', { className: 'listing' }, el('thead', {}, el('tr', {}, headings)), body);
}

function compare(a, b) {
  if (a === b) return 0;
  if (a === null || a === undefined || a === '') return 1;
  if (b === null || b === undefined || b === '') return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}
