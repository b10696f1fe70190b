// Building the page from untrusted data: every string goes in as a text node or an attribute value, never as markup.

const SVG = 'http://www.w3.org/2000/svg';

/** An element with properties (className, title, href, id, type, value, on: {event: handler}) and children (strings become text). */
export function el(tag, props = {}, ...children) {
  return build(document.createElement(tag), props, children);
}

/** An SVG element; attributes are set with setAttribute (never a style attribute: the CSP forbids inline styles). */
export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return append(node, children);
}

function build(node, props, children) {
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (name === 'innerHTML' || name === 'outerHTML') throw new Error(`${name} would parse data as markup`);
    if (name === 'on') for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    else if (name === 'href') node.setAttribute('href', safeHref(value));
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name in node) node[name] = value;
    else node.setAttribute(name, String(value));
  }
  return append(node, children);
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Links only to this site or to web addresses: a stored URL of javascript: or data: becomes a dead link. */
export function safeHref(value) {
  const text = String(value);
  if (text.startsWith('/') || text.startsWith('?') || text.startsWith('#') || /^[a-z]+\.html(\?|#|$)/.test(text)) return text;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  } catch {
    return '#';
  }
}

/** Empties a container and fills it with the given children. */
export function replace(container, ...children) {
  container.replaceChildren();
  return append(container, children);
}
