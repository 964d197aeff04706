// Small DOM builders for the authoring page. Everything is made with createElement and text nodes
// (never innerHTML), so the page runs under a strict CSP and no dataset text can become markup.

/** An element with attributes (false/undefined skipped, true as ''), properties and children. */
export function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined || value === null) continue;
    if (name.startsWith('.')) el[name.slice(1)] = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  el.append(...children.flat().filter((c) => c !== undefined && c !== null && c !== false));
  return el;
}

let serial = 0;
/** A fresh element id for label/description wiring (ids are never shown). */
export const uid = (prefix) => `${prefix}-${++serial}`;

/**
 * A labelled control with room for validation messages. `key` is the form field's key (from
 * fieldKey), so the page can find it again to show an issue next to it and to restore focus.
 */
export function field({ key, label, control, issues = [], hint }) {
  const id = control.id || uid('f');
  control.id = id;
  control.dataset.focus = control.dataset.focus || key;
  const described = [];
  const hintEl = hint ? h('p', { class: 'field-hint', id: `${id}-hint` }, hint) : undefined;
  if (hintEl) described.push(hintEl.id);
  const issueEls = issues.map((text, i) => h('p', { class: 'field-issue', id: `${id}-issue-${i}` }, text));
  described.push(...issueEls.map((e) => e.id));
  if (described.length) control.setAttribute('aria-describedby', described.join(' '));
  if (issues.length) control.setAttribute('aria-invalid', 'true');
  return h(
    'div',
    { class: issues.length ? 'field field--invalid' : 'field', 'data-field': key },
    h('label', { for: id }, label),
    control,
    hintEl,
    ...issueEls,
  );
}

/** A text input committing on change (Enter or leaving the field). */
export function input(value, onCommit, attributes = {}) {
  const el = h('input', { type: 'text', ...attributes });
  el.value = value ?? '';
  el.addEventListener('change', () => onCommit(el.value));
  return el;
}

export function textarea(value, onCommit, attributes = {}) {
  const el = h('textarea', { rows: 3, ...attributes });
  el.value = value ?? '';
  el.addEventListener('change', () => onCommit(el.value, el));
  return el;
}

export function select(options, value, onChange, attributes = {}) {
  const el = h('select', attributes, ...options.map(([v, label]) => h('option', { value: v }, label)));
  el.value = value;
  el.addEventListener('change', () => onChange(el.value));
  return el;
}

export function button(label, onClick, attributes = {}) {
  const el = h('button', { type: 'button', class: 'button', ...attributes }, label);
  el.addEventListener('click', onClick);
  return el;
}
