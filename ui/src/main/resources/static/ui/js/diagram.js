// BPMN diagrams in the page with bpmn-js (bundled at build time from the npm registry: window.BpmnJS).

const ZEEBE = 'http://camunda.org/schema/zeebe/1.0';

/** Renders the XML into the container; resolves to the viewer, or rejects with bpmn-js's reason. */
export async function render(container, xml) {
  container.innerHTML = '';
  if (!window.BpmnJS) {
    throw new Error('De diagramweergave (bpmn-js) is niet geladen.');
  }
  const viewer = new window.BpmnJS({ container });
  await viewer.importXML(xml);
  viewer.get('canvas').zoom('fit-viewport', 'auto');
  container.dataset.geladen = 'ja';
  return viewer;
}

export function mark(viewer, elementIds, className) {
  const registry = viewer.get('elementRegistry');
  const canvas = viewer.get('canvas');
  const marked = [];
  for (const id of elementIds) {
    if (registry.get(id)) {
      canvas.addMarker(id, className);
      marked.push(id);
    }
  }
  return marked;
}

/** Puts a red label with the reason next to the element (when the diagram has it); true when it was shown. */
export function showError(viewer, elementId, reason) {
  const registry = viewer.get('elementRegistry');
  if (!registry.get(elementId)) return false;
  viewer.get('canvas').addMarker(elementId, 'model-fout');
  const label = document.createElement('div');
  label.className = 'foutlabel';
  label.textContent = reason;
  label.title = reason;
  label.dataset.element = elementId;
  viewer.get('overlays').add(elementId, { position: { bottom: -4, left: 0 }, html: label });
  return true;
}

/** The lifecycle elements of a Camunda 8 model, read from the zeebe task headers: phases and gates with their ids. */
export function lifecycleElements(xml) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const fasen = [];
  const gates = [];
  for (const header of doc.getElementsByTagNameNS(ZEEBE, 'header')) {
    const key = header.getAttribute('key');
    const value = header.getAttribute('value');
    const element = header.closest('[id]');
    if (!element) continue;
    if (key === 'fase') {
      const naam = element.querySelector('[key="faseNaam"]');
      fasen.push({ fase: value, naam: naam ? naam.getAttribute('value') : value, elementId: element.getAttribute('id') });
    } else if (key === 'gate') {
      gates.push({ gate: value, elementId: element.getAttribute('id') });
    }
  }
  return { fasen, gates };
}

/** Every flow element of a model by id, with its type and name (for a diff between versions). */
export function flowElements(xml) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const result = new Map();
  for (const element of doc.getElementsByTagName('*')) {
    const id = element.getAttribute('id');
    const ns = element.namespaceURI || '';
    if (!id || !ns.includes('BPMN/20100524/MODEL') || element.localName === 'definitions') continue;
    result.set(id, { type: element.localName, naam: element.getAttribute('name') || '' });
  }
  return result;
}

/** Elements added, removed and changed (type or name) from the old to the new version. */
export function diff(oldXml, newXml) {
  const before = flowElements(oldXml);
  const after = flowElements(newXml);
  const toegevoegd = [];
  const verwijderd = [];
  const gewijzigd = [];
  for (const [id, e] of after) {
    const old = before.get(id);
    if (!old) toegevoegd.push({ id, ...e });
    else if (old.type !== e.type || old.naam !== e.naam) gewijzigd.push({ id, ...e, was: old });
  }
  for (const [id, e] of before) {
    if (!after.has(id)) verwijderd.push({ id, ...e });
  }
  return { toegevoegd, verwijderd, gewijzigd };
}
