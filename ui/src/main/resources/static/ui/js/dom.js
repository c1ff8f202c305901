// Small DOM helpers: elements are built from data with textContent, never from HTML strings.

export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2), value);
    else if (key === 'class') element.className = value;
    else if (value === true) element.setAttribute(key, '');
    else element.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

let counter = 0;

/** A labelled form control: the label's for points at the control's id. */
export function field(labelText, control, help) {
  if (!control.id) control.id = `veld-${++counter}`;
  const parts = [h('label', { for: control.id }, labelText), control];
  if (help) {
    const helpId = `${control.id}-hulp`;
    control.setAttribute('aria-describedby', helpId);
    parts.push(h('p', { class: 'hulp', id: helpId }, help));
  }
  return h('div', {}, parts);
}

export function select(id, options, value) {
  return h('select', { id, name: id }, options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
}

export function errorBox(error) {
  return h('div', { class: 'fout', role: 'alert' }, error.message || String(error));
}

export function dateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return d.toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
}

export function table(headers, rows, attrs = {}) {
  return h('div', { class: 'tabelvak' }, h('table', attrs,
    h('thead', {}, h('tr', {}, headers.map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows)));
}

export function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export const WERKWIJZEN = [['ROUTINE', 'Routine (lijn)'], ['PROJECT', 'Projectmatig werken'],
  ['PROGRAMMA', 'Programmasturing'], ['PROCESREGIE', 'Procesregie'], ['IMPROVISATIE', 'Improvisatie']];

export const ROLNAMEN = {
  BESTUURLIJK_OPDRACHTGEVER: 'Bestuurlijk opdrachtgever',
  AMBTELIJK_OPDRACHTGEVER: 'Ambtelijk opdrachtgever',
  STURINGSPROFESSIONAL: 'Sturingsprofessional',
  LIJNMANAGER: 'Lijnmanager',
};

export function rolNaam(rol) {
  return ROLNAMEN[rol] || rol;
}

/** Replaces the element's children, skipping empty parts (null, undefined, false) and flattening lists. */
export function fill(element, ...children) {
  element.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
}
