// Building elements without parsing markup: every value from the API goes in as a text node or an attribute, so
// nothing it holds can become HTML or script.

const SVG = 'http://www.w3.org/2000/svg';

/** An HTML element with attributes (on… functions become listeners; false and null are left out) and children. */
export function el(tag, attributes = {}, ...children) {
  return fill(document.createElement(tag), attributes, children);
}

/** An SVG element, as el. */
export function svg(tag, attributes = {}, ...children) {
  return fill(document.createElementNS(SVG, tag), attributes, children);
}

/** Empties node and appends children (strings become text nodes). */
export function show(node, ...children) {
  node.replaceChildren();
  append(node, children);
}

/** A link target only for http, https and mailto URLs: a javascript: or data: URL from a page is shown as text. */
export function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A term and its value for a <dl>; null when the value is empty, so callers can list only what is known. */
export function fact(term, value) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  return [el('dt', {}, term), el('dd', {}, Array.isArray(value) ? value.join('; ') : value)];
}

/** Cuts text for a label, with an ellipsis. */
export function shorten(text, length) {
  const value = String(text ?? '');
  return value.length <= length ? value : value.slice(0, length - 1) + '…';
}

function fill(node, attributes, children) {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}
