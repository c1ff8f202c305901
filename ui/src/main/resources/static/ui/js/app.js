// The web interface: a sign-in page, then one page per task, routed on the URL's hash.
import * as api from './api.js';
import * as diagram from './diagram.js';
import { h, fill, field, select, errorBox, dateTime, table, download, WERKWIJZEN, rolNaam } from './dom.js';

const main = document.getElementById('inhoud');
let user = null;
let keepFlash = false;

function flash(text) {
  keepFlash = Boolean(text);
  const box = document.getElementById('melding');
  box.textContent = text;
  box.hidden = !text;
}

function show(title, ...content) {
  document.title = `${title} · Opgave Engine`;
  fill(main, h('h1', {}, title), ...content.filter((c) => c !== null && c !== undefined && c !== false));
  window.scrollTo(0, 0);
  main.focus({ preventScroll: true });
}

function hasRole(role) {
  return user && user.rollen.includes(role);
}

async function until(check, { tries = 40, interval = 250 } = {}) {
  for (let i = 0; i < tries; i += 1) {
    const result = await check();
    if (result) return result;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  return null;
}

/** The opgave's detail; a just-registered opgave may take a moment to reach the read model, so a 404 is retried. */
async function loadOpgave(id) {
  let last;
  const found = await until(async () => {
    try {
      return await api.get(`/v1/opgaven/${encodeURIComponent(id)}`);
    } catch (e) {
      if (e.status !== 404) throw e;
      last = e;
      return null;
    }
  }, { tries: 40, interval: 250 });
  if (!found) throw last;
  return found;
}

// ---------- sign-in ----------

function signInPage(message) {
  document.getElementById('menu').hidden = true;
  document.getElementById('gebruiker').hidden = true;
  const naam = h('input', { id: 'aanmelden-naam', name: 'gebruikersnaam', autocomplete: 'username', required: true });
  const wachtwoord = h('input', { id: 'aanmelden-wachtwoord', name: 'wachtwoord', type: 'password', autocomplete: 'current-password', required: true });
  const status = h('div', { 'aria-live': 'assertive' }, message ? errorBox({ message }) : null);
  const form = h('form', { class: 'aanmelden', id: 'aanmelden' },
    h('p', {}, 'Meld je aan met je gebruikersnaam en wachtwoord.'),
    field('Gebruikersnaam', naam), field('Wachtwoord', wachtwoord),
    h('div', { class: 'acties' }, h('button', { type: 'submit' }, 'Aanmelden')), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    api.remember(naam.value.trim(), wachtwoord.value);
    try {
      await loadUser();
      route();
    } catch (e) {
      api.forget();
      fill(status, errorBox({ message: e.status === 401
        ? 'Aanmelden mislukt: gebruikersnaam of wachtwoord klopt niet.' : e.message }));
      naam.focus();
    }
  });
  show('Aanmelden', form);
  naam.focus();
}

async function loadUser() {
  user = await api.get('/v1/gebruiker');
  document.getElementById('gebruiker-naam').textContent =
    `${user.naam}${user.rollen.length ? ` (${user.rollen.join(', ').toLowerCase()})` : ''}`;
  for (const item of document.querySelectorAll('#menu [data-rol]')) item.hidden = !user.rollen.includes(item.dataset.rol);
  document.getElementById('menu').hidden = false;
  document.getElementById('gebruiker').hidden = false;
}

document.getElementById('afmelden').addEventListener('click', () => {
  api.forget();
  user = null;
  location.hash = '#/portfolio';
  signInPage();
});

// ---------- portfolio ----------

const GROEPERINGEN = [['', 'Niet groeperen'], ['werkwijze', 'Werkwijze'], ['fase', 'Fase'], ['thema', 'Thema'],
  ['gebied', 'Gebied'], ['status', 'Status']];

function achterstallig(regel) {
  return (regel.achterstalligeGates || 0) + (regel.achterstalligeRapportages || 0) > 0;
}

function achterstalligLabel(regel) {
  if (!achterstallig(regel)) return null;
  const parts = [];
  if (regel.achterstalligeGates) parts.push(`${regel.achterstalligeGates} gate(s) te laat`);
  if (regel.achterstalligeRapportages) parts.push(`${regel.achterstalligeRapportages} rapportage(s) te laat`);
  return h('span', { class: 'label achterstallig' }, `Achterstallig: ${parts.join(', ')}`);
}

function groupValue(regel, groupBy) {
  if (groupBy === 'fase') return regel.fase ? regel.fase.naam : '(geen fase)';
  return regel[groupBy] || '(leeg)';
}

async function portfolioPage(params) {
  const filters = h('form', { class: 'filters', id: 'portfolio-filters', role: 'search' },
    field('Zoeken op titel', h('input', { id: 'zoek', type: 'search', value: params.get('zoek') || '' })),
    field('Werkwijze', select('werkwijze', [['', 'Alle'], ...WERKWIJZEN], params.get('werkwijze') || '')),
    field('Status', select('status', [['', 'Alle'], ['GEREGISTREERD', 'Geregistreerd'], ['LOPEND', 'Lopend'],
      ['AFGEROND', 'Afgerond'], ['GESTOPT', 'Gestopt'], ['OMGEZET', 'Omgezet']], params.get('status') || '')),
    field('Thema', h('input', { id: 'thema', value: params.get('thema') || '' })),
    field('Gebied', h('input', { id: 'gebied', value: params.get('gebied') || '' })),
    field('Groeperen op', select('groeperen', GROEPERINGEN, params.get('groeperen') || '')),
    field('Weergave', select('weergave', [['tabel', 'Tabel'], ['bord', 'Bord']], params.get('weergave') || 'tabel')),
    h('div', {}, h('button', { type: 'submit', id: 'filter-toepassen' }, 'Toepassen')));
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const id of ['zoek', 'werkwijze', 'status', 'thema', 'gebied', 'groeperen', 'weergave']) {
      const value = filters.querySelector(`#${id}`).value.trim();
      if (value) next.set(id, value);
    }
    location.hash = `#/portfolio?${next}`;
  });
  const result = h('div', { id: 'portfolio-resultaat', 'aria-live': 'polite' }, h('p', {}, 'Opgaven worden geladen…'));
  show('Portfolio', filters, result);

  const query = new URLSearchParams({ paginaGrootte: '100' });
  for (const key of ['werkwijze', 'status', 'thema', 'gebied']) if (params.get(key)) query.set(key, params.get(key));
  try {
    const page = await api.get(`/v1/opgaven?${query}`);
    const search = (params.get('zoek') || '').toLowerCase();
    const regels = (page.opgaven || page.items || page.resultaten || []).filter((r) => !search || r.titel.toLowerCase().includes(search));
    const groupBy = params.get('groeperen') || '';
    const overdue = regels.filter(achterstallig).length;
    const summary = h('p', { id: 'portfolio-aantal' }, `${regels.length} opgave(n) getoond`,
      page.pagina && page.pagina.totaalAantal > regels.length && !search ? ` van ${page.pagina.totaalAantal}` : '',
      overdue ? `, waarvan ${overdue} achterstallig` : '', '.');
    const groups = new Map();
    for (const regel of regels) {
      const key = groupBy ? groupValue(regel, groupBy) : 'Alle opgaven';
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(regel);
    }
    const parts = [summary];
    if (!regels.length) parts.push(h('p', {}, 'Geen opgaven gevonden met deze filters.'));
    if ((params.get('weergave') || 'tabel') === 'bord') {
      parts.push(h('div', { class: 'bord' }, [...groups].map(([key, list]) => h('section', { class: 'kolom', 'aria-label': key },
        h('h2', {}, `${key} (${list.length})`),
        list.map((r) => h('div', { class: `kaart${achterstallig(r) ? ' achterstallig' : ''}`, 'data-opgave': r.id },
          h('a', { href: `#/opgave/${r.id}` }, r.titel), h('div', {}, `${r.werkwijze || 'geen werkwijze'} · ${r.fase ? r.fase.naam : r.status}`),
          achterstalligLabel(r)))))));
    } else {
      for (const [key, list] of groups) {
        if (groupBy) parts.push(h('h2', {}, `${key} (${list.length})`));
        parts.push(table(['Titel', 'Werkwijze', 'Fase', 'Open gate', 'Status', 'Thema', 'Gebied', 'Signalen'],
          list.map((r) => h('tr', { class: achterstallig(r) ? 'achterstallig' : '', 'data-opgave': r.id },
            h('td', {}, h('a', { href: `#/opgave/${r.id}` }, r.titel)), h('td', {}, r.werkwijze || '—'),
            h('td', {}, r.fase ? r.fase.naam : '—'),
            h('td', {}, r.openGate ? `${r.openGate.naam} (${rolNaam(r.openGate.beslisser)})` : '—',
              r.openGate && r.openGate.uiterlijkOp ? h('div', { class: 'hulp' }, `uiterlijk ${dateTime(r.openGate.uiterlijkOp)}`) : null),
            h('td', {}, r.status), h('td', {}, r.thema || ''), h('td', {}, r.gebied || ''),
            h('td', {}, achterstalligLabel(r) || ''))), { id: groupBy ? null : 'portfolio-tabel' }));
      }
    }
    fill(result, ...parts);
  } catch (e) {
    fill(result, errorBox(e));
  }
}

// ---------- opgave ----------

const SOORTEN = {
  INTAKE: 'Intake', ROL_TOEGEWEZEN: 'Rol toegewezen', ROL_BEEINDIGD: 'Rol beëindigd', WERKWIJZE_GEKOZEN: 'Werkwijze gekozen',
  GATE_GEPLAND: 'Gate gepland', GATE_BESLOTEN: 'Gatebesluit', PROCES_GEMIGREERD: 'Naar andere modelversie gemigreerd',
  MANDAAT_GEDELEGEERD: 'Mandaat gedelegeerd', MANDAAT_INGETROKKEN: 'Mandaat ingetrokken', OPGAVE_AFGESLOTEN: 'Opgave afgesloten',
};

/** The mandates of the gate's role that hold now: delegated, not revoked, within their period, giver still in the role. */
function activeMandates(events, rol, holders) {
  const now = Date.now();
  const revoked = new Set(events.filter((e) => e.type.endsWith('MandaatRevokedEvent')).map((e) => e.payload.mandaatId));
  return events.filter((e) => e.type.endsWith('MandaatDelegatedEvent')).map((e) => e.payload)
    .filter((m) => m.rol === rol && !revoked.has(m.mandaatId) && holders.includes(m.mandaatgever)
      && (!m.geldigVan || Date.parse(m.geldigVan) <= now) && (!m.geldigTot || Date.parse(m.geldigTot) > now));
}

function mayDecide(detail, events) {
  const gate = detail.openGate;
  if (!gate) return { may: false, reason: 'Er staat geen gate open: er is nu niets te besluiten.' };
  if (hasRole('CONTROLLER')) {
    return { may: false, reason: `${user.naam} heeft de rol CONTROLLER en mag daarom niets wijzigen: een controller leest, exporteert en verifieert alleen.` };
  }
  const holders = ((detail.rollen && detail.rollen.huidig) || []).filter((r) => r.rol === gate.beslisser);
  if (holders.some((r) => r.persoon === user.naam)) return { may: true };
  const mandate = activeMandates(events, gate.beslisser, holders.map((r) => r.persoon)).find((m) => m.gemachtigde === user.naam);
  if (mandate) return { may: true, namens: mandate.mandaatgever };
  const who = holders.length ? holders.map((r) => r.persoon).join(', ') : 'niemand';
  return {
    may: false,
    reason: `Alleen de ${rolNaam(gate.beslisser).toLowerCase()} (nu: ${who}) of wie daarvan een geldig mandaat heeft, `
      + `besluit over deze gate. ${user.naam} heeft die rol niet in deze opgave.`,
  };
}

function gateForm(detail, events, reload) {
  const gate = detail.openGate;
  const verdict = mayDecide(detail, events);
  const container = h('section', { id: 'gatebesluit', class: 'blok', 'aria-labelledby': 'gatebesluit-kop' },
    h('h2', { id: 'gatebesluit-kop' }, gate ? `Besluit: ${gate.gateNaam || gate.gateId}` : 'Besluit'));
  if (!gate) {
    container.append(h('p', {}, verdict.reason));
    return container;
  }
  container.append(...[h('p', {}, `Beslisser: ${rolNaam(gate.beslisser)}. Vereist document: ${gate.vereistDocument || 'geen'}. `,
    gate.geopendOp ? `Open sinds ${dateTime(gate.geopendOp)}. ` : '',
    gate.uiterlijkOp ? `Uiterlijk besluiten op ${dateTime(gate.uiterlijkOp)}. ` : '',
    hasRole('PROJECTBUREAU') ? h('a', { href: '#/planning' }, 'Termijn wijzigen op de planning') : null),
  gate.uiterlijkOp && Date.parse(gate.uiterlijkOp) < Date.now()
    ? h('p', {}, h('span', { class: 'label achterstallig' }, 'Achterstallig: de termijn van deze gate is verstreken')) : null]
    .filter(Boolean));
  if (!verdict.may) container.append(h('p', { class: 'reden', id: 'gatebesluit-reden' }, verdict.reason));
  if (verdict.namens) container.append(h('p', {}, `Je besluit met een mandaat namens ${verdict.namens}; beide namen worden vastgelegd.`));
  const documents = (detail.documenten || []).filter((d) => !gate.vereistDocument || d.naam === gate.vereistDocument);
  const status = h('div', { 'aria-live': 'assertive', id: 'gatebesluit-status' });
  const fieldset = h('fieldset', { disabled: !verdict.may },
    h('legend', {}, 'Uitkomst'),
    (gate.uitkomsten || []).map((u, i) => h('label', { class: 'keuze' },
      h('input', { type: 'radio', name: 'uitkomst', value: u, required: true, id: `uitkomst-${u}`, checked: i === 0 ? false : null }), u)),
    field('Onderbouwing', h('textarea', { id: 'onderbouwing', rows: 4, required: true }),
      'Waarom dit besluit? Het komt in de verantwoording.'),
    field('Document', select('besluit-document', [['', documents.length ? 'Kies het document' : 'Nog geen document toegevoegd'],
      ...documents.map((d) => [d.documentId, `${d.naam} versie ${d.versie}`])], documents.length ? documents[documents.length - 1].documentId : ''),
    gate.vereistDocument ? `Vereist: ${gate.vereistDocument}. Voeg het hieronder toe als het ontbreekt.` : null),
    h('div', { class: 'acties' }, h('button', { type: 'submit', id: 'besluit-nemen' }, 'Besluit vastleggen')));
  const form = h('form', { id: 'gatebesluit-formulier' }, fieldset, status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = form.querySelector('input[name=uitkomst]:checked');
    const body = { gate: gate.gateId, uitkomst: chosen ? chosen.value : '', onderbouwing: form.querySelector('#onderbouwing').value };
    const documentId = form.querySelector('#besluit-document').value;
    if (documentId) body.documentId = documentId;
    fill(status, h('p', {}, h('progress', { 'aria-label': 'Besluit wordt verwerkt' }), ' Besluit wordt verwerkt…'));
    try {
      await api.send('POST', `/v1/opgaven/${detail.id}/besluiten`, body);
      await until(async () => {
        const next = await api.get(`/v1/opgaven/${detail.id}`);
        return (next.besluiten || []).length > (detail.besluiten || []).length;
      }, { tries: 120, interval: 250 });
      flash(`Besluit ${body.uitkomst} over ${gate.gateNaam || gate.gateId} is vastgelegd.`);
      reload();
    } catch (e) {
      fill(status, errorBox(e));
    }
  });
  container.append(form);
  return container;
}

function documentForm(detail, reload) {
  const naam = h('input', { id: 'document-naam', required: true, value: detail.openGate ? detail.openGate.vereistDocument || '' : '' });
  const versie = h('input', { id: 'document-versie', required: true, value: '1.0' });
  const referentie = h('input', { id: 'document-referentie', required: true, placeholder: 'dms://…' });
  const hash = h('input', { id: 'document-hash', required: true, pattern: '[0-9a-fA-F]{64}' });
  const file = h('input', { id: 'document-bestand', type: 'file' });
  file.addEventListener('change', async () => {
    if (!file.files.length || !window.crypto || !crypto.subtle) return;
    const digest = await crypto.subtle.digest('SHA-256', await file.files[0].arrayBuffer());
    hash.value = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    if (!referentie.value) referentie.value = `bestand://${file.files[0].name}`;
  });
  const status = h('div', { 'aria-live': 'assertive' });
  const form = h('form', { id: 'document-formulier' },
    field('Naam', naam), field('Versie', versie), field('Referentie in het DMS', referentie),
    field('Bestand (berekent de SHA-256)', file),
    field('SHA-256 van de inhoud', hash, '64 hexadecimale tekens; wordt ingevuld als je een bestand kiest.'),
    h('div', { class: 'acties' }, h('button', { type: 'submit', class: 'secundair' }, 'Document toevoegen')), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api.send('POST', `/v1/opgaven/${detail.id}/documenten`, {
        naam: naam.value.trim(), versie: versie.value.trim(), contentHash: hash.value.trim(), referentie: referentie.value.trim(),
      });
      await until(async () => ((await api.get(`/v1/opgaven/${detail.id}`)).documenten || []).length > (detail.documenten || []).length);
      flash(`Document ${naam.value} is toegevoegd.`);
      reload();
    } catch (e) {
      fill(status, errorBox(e));
    }
  });
  return h('details', {}, h('summary', {}, 'Document toevoegen'), form);
}

async function opgavePage(id) {
  let detail;
  try {
    detail = await loadOpgave(id);
  } catch (e) {
    show('Opgave', errorBox(e));
    return;
  }
  const reload = () => opgavePage(id);
  let events = [];
  try {
    events = (await api.get(`/v1/opgaven/${encodeURIComponent(id)}/gebeurtenissen`)).gebeurtenissen || [];
  } catch (e) {
    events = [];
  }
  const diagramBox = h('div', { class: 'diagram', id: 'diagram', role: 'img', 'aria-label': 'Procesmodel van de opgave' });
  const phaseList = h('ul', { id: 'fasen' });
  const triangle = ['BESTUURLIJK_OPDRACHTGEVER', 'AMBTELIJK_OPDRACHTGEVER', 'STURINGSPROFESSIONAL'].map((rol) => {
    const holder = ((detail.rollen && detail.rollen.huidig) || []).find((r) => r.rol === rol);
    return h('tr', {}, h('th', { scope: 'row' }, rolNaam(rol)), h('td', {}, holder ? holder.persoon : 'niet toegewezen'),
      h('td', {}, holder && holder.toegewezen ? holder.toegewezen.reden || '' : ''));
  });
  const besluiten = (detail.besluiten || []).slice().reverse();
  show(detail.titel,
    h('p', { id: 'opgave-samenvatting' }, `Status: ${detail.status}. Werkwijze: ${detail.werkwijze && detail.werkwijze.gekozen ? detail.werkwijze.gekozen : 'nog niet gekozen'}. `,
      detail.fase ? `Fase: ${detail.fase.naam}${detail.fase.herhaling ? ` (herhaling ${detail.fase.herhaling})` : ''}. ` : '',
      detail.procesmodel && detail.procesmodel.bpmnProcessId ? `Procesmodel: ${detail.procesmodel.bpmnProcessId} versie ${detail.procesmodel.versie}.` : ''),
    detail.omschrijving ? h('p', {}, detail.omschrijving) : null,
    !detail.werkwijze || !detail.werkwijze.gekozen ? h('p', {}, h('a', { href: `#/intake/${detail.id}`, class: 'knop' }, 'Naar de intake')) : null,
    h('section', { 'aria-labelledby': 'diagram-kop' }, h('h2', { id: 'diagram-kop' }, 'Procesmodel'),
      h('ul', { class: 'legenda' }, h('li', {}, h('span', { class: 'l-afgerond' }), 'Afgeronde fase'),
        h('li', {}, h('span', { class: 'l-actief' }), 'Actieve fase'), h('li', {}, h('span', { class: 'l-gate' }), 'Open gate')),
      diagramBox, phaseList),
    h('div', { class: 'raster' },
      h('section', { class: 'blok', 'aria-labelledby': 'driehoek-kop' }, h('h2', { id: 'driehoek-kop' }, 'Sturingsdriehoek'),
        h('table', { id: 'sturingsdriehoek' }, h('tbody', {}, triangle))),
      gateForm(detail, events, reload)),
    h('section', { 'aria-labelledby': 'tijdlijn-kop' }, h('h2', { id: 'tijdlijn-kop' }, 'Tijdlijn van besluiten'),
      besluiten.length ? h('ol', { class: 'tijdlijn', id: 'tijdlijn' }, besluiten.map((b) => h('li', {},
        h('time', { datetime: b.tijdstip }, dateTime(b.tijdstip)),
        h('strong', {}, `${SOORTEN[b.soort] || b.soort}: `), `${b.onderwerp && b.onderwerp !== b.uitkomst ? `${rolNaam(b.onderwerp)} → ` : ''}${b.uitkomst || ''}`,
        ` — door ${b.door} (${rolNaam(b.inRol)})`,
        b.reden ? h('div', {}, `Onderbouwing: ${b.reden}`) : null,
        b.document ? h('div', {}, `Document: ${b.document.naam} versie ${b.document.versie}`) : null)))
        : h('p', {}, 'Nog geen besluiten.')),
    h('section', { 'aria-labelledby': 'documenten-kop' }, h('h2', { id: 'documenten-kop' }, 'Documenten'),
      (detail.documenten || []).length ? table(['Naam', 'Versie', 'Toegevoegd', 'Door', 'SHA-256', 'Referentie'],
        detail.documenten.map((d) => h('tr', {}, h('td', {}, d.naam), h('td', {}, d.versie), h('td', {}, dateTime(d.toegevoegdOp)),
          h('td', {}, d.toegevoegd ? d.toegevoegd.door : ''), h('td', {}, h('code', {}, (d.contentHash || '').slice(0, 12) + '…')),
          h('td', {}, d.referentie))), { id: 'documenten' }) : h('p', {}, 'Nog geen documenten.'),
      hasRole('CONTROLLER') ? null : documentForm(detail, reload)),
    h('p', {}, h('a', { href: `#/controller?opgave=${detail.id}` }, 'Verantwoording en audittrail van deze opgave')));
  await drawLifecycle(detail, events, diagramBox, phaseList);
}

async function drawLifecycle(detail, list, box, phaseList) {
  const model = detail.procesmodel;
  if (!model || !model.processDefinitionKey) {
    fill(box, h('p', { class: 'hulp' }, 'Nog geen procesmodel: kies eerst de werkwijze.'));
    return;
  }
  try {
    const xml = await api.getText(`/v1/procesmodellen/${model.processDefinitionKey}/bpmn`, 'application/xml');
    const viewer = await diagram.render(box, xml);
    const { fasen, gates } = diagram.lifecycleElements(xml);
    const started = new Set(list.filter((e) => e.type && e.type.endsWith('FaseStartedEvent'))
      .map((e) => e.payload && (e.payload.fase || e.payload.faseId)).filter(Boolean));
    const active = detail.fase ? detail.fase.id : null;
    const finished = detail.status === 'AFGEROND' || detail.status === 'GESTOPT';
    const completed = fasen.filter((f) => started.has(f.fase) && (f.fase !== active || finished));
    diagram.mark(viewer, completed.map((f) => f.elementId), 'fase-afgerond');
    if (active && !finished) diagram.mark(viewer, fasen.filter((f) => f.fase === active).map((f) => f.elementId), 'fase-actief');
    if (detail.openGate) diagram.mark(viewer, gates.filter((g) => g.gate === detail.openGate.gateId).map((g) => g.elementId), 'gate-open');
    const seen = new Set();
    fill(phaseList, ...fasen.filter((f) => !seen.has(f.fase) && seen.add(f.fase)).map((f) => {
      let state = 'nog niet gestart';
      if (f.fase === active && !finished) state = 'actief';
      else if (completed.some((c) => c.fase === f.fase)) state = 'afgerond';
      return h('li', { 'data-fase': f.fase, 'data-toestand': state }, `${f.naam}: ${state}`,
        detail.openGate && detail.openGate.fase === f.fase ? ` — gate "${detail.openGate.gateNaam}" staat open` : '');
    }));
  } catch (e) {
    fill(box, errorBox(e));
  }
}

// ---------- register and intake ----------

/** The municipality's list of areas (wijk/buurt) as choices: an opgave may only name an area on it. */
async function gebiedKeuzes() {
  const gebieden = (await api.get('/v1/gebieden')).gebieden || [];
  return gebieden.map((g) => [g.code, g.naam && g.naam !== g.code ? `${g.naam} (${g.code})` : g.code]);
}

async function registerPage() {
  let keuzes;
  try {
    keuzes = await gebiedKeuzes();
  } catch (e) {
    show('Nieuwe opgave registreren', errorBox(e));
    return;
  }
  const gebied = select('nieuw-gebied', [['', 'Geen gebied (gemeentebreed)'], ...keuzes], '');
  const form = h('form', { id: 'registreren' },
    field('Titel', h('input', { id: 'titel', required: true })),
    field('Omschrijving', h('textarea', { id: 'omschrijving', rows: 3, required: true })),
    field('Thema', h('input', { id: 'nieuw-thema', required: true })),
    field('Gebied', gebied, keuzes.length
      ? 'Kies een wijk of buurt van de lijst van de gemeente, of geen gebied voor een gemeentebrede opgave.'
      : 'Er staan nog geen gebieden op de lijst van de gemeente; de beheerder legt ze vast (POST /v1/gebieden).'),
    field('Initiatiefnemer', h('input', { id: 'initiatiefnemer', required: true })),
    h('div', { class: 'acties' }, h('button', { type: 'submit', id: 'registreren-knop' }, 'Registreren')));
  const status = h('div', { 'aria-live': 'assertive' });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const answer = await api.send('POST', '/v1/opgaven', {
        titel: form.querySelector('#titel').value, omschrijving: form.querySelector('#omschrijving').value,
        thema: form.querySelector('#nieuw-thema').value, gebied: gebied.value || null,
        initiatiefnemer: form.querySelector('#initiatiefnemer').value,
      });
      flash('De opgave is geregistreerd. Doe nu de intake.');
      location.hash = `#/intake/${answer.opgaveId}`;
    } catch (e) {
      fill(status, errorBox(e));
    }
  });
  const content = [form, status];
  if (!hasRole('PROJECTBUREAU')) {
    content.unshift(h('p', { class: 'reden' }, `Registreren doet het projectbureau; ${user.naam} heeft de rol PROJECTBUREAU niet.`));
  }
  show('Nieuwe opgave registreren', ...content);
}

const ADVIES_UITLEG = {
  ZOEKPROCES: 'Zoekproces: veel is nog onduidelijk; de weg ontstaat onderweg.',
  MAAKPROCES: 'Maakproces: idee, netwerk en besluitvorming zijn helder genoeg om een resultaat te plannen.',
  INSPANNINGSVERPLICHTING: 'Inspanningsverplichting: de gemeente belooft een inspanning, geen vast resultaat.',
  RESULTAATSVERPLICHTING: 'Resultaatsverplichting: de gemeente belooft een resultaat.',
};

function radios(name, legend, options, value) {
  return h('fieldset', {}, h('legend', {}, legend), options.map(([v, text]) => h('label', { class: 'keuze' },
    h('input', { type: 'radio', name, value: v, id: `${name}-${v}`, checked: v === value, required: true }), text)));
}

async function intakePage(id) {
  let detail;
  try {
    detail = await loadOpgave(id);
  } catch (e) {
    show('Intake', errorBox(e));
    return;
  }
  const a = (detail.intake && detail.intake.antwoorden) || {};
  const adviesBox = h('section', { id: 'advies', 'aria-live': 'polite' });
  const form = h('form', { id: 'voorscheider' },
    radios('idee', 'Idee: is het initiatief bekend?', [['BEKEND', 'Bekend (concreet, beproefd, voorspelbaar)'], ['ONBEKEND', 'Onbekend']], a.idee),
    radios('netwerk', 'Netwerk: zijn de spelers voorspelbaar?', [['VOORSPELBAAR', 'Voorspelbaar'], ['ONVOORSPELBAAR', 'Onvoorspelbaar']], a.netwerk),
    radios('besluitvorming', 'Besluitvorming: gericht vanuit één punt?', [['GERICHT', 'Gericht'], ['ONGERICHT', 'Ongericht']], a.besluitvorming),
    field('Voorspelbaarheid van het pad (1 = laag, 5 = hoog)', h('input', { id: 'voorspelbaarheidPad', type: 'number', min: 1, max: 5, value: a.voorspelbaarheidPad || 3, required: true })),
    field('Tastbaarheid van de uitkomst (1 = laag, 5 = hoog)', h('input', { id: 'tastbaarheidUitkomst', type: 'number', min: 1, max: 5, value: a.tastbaarheidUitkomst || 3, required: true })),
    h('label', { class: 'keuze' }, h('input', { type: 'checkbox', id: 'tijdsdruk', checked: !!a.tijdsdruk }), 'Er is acute tijdsdruk'),
    h('div', { class: 'acties' }, h('button', { type: 'submit', id: 'advies-vragen' }, 'Advies vragen')));
  const status = h('div', { 'aria-live': 'assertive' });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (name) => { const c = form.querySelector(`input[name=${name}]:checked`); return c ? c.value : null; };
    try {
      const answer = await api.send('PUT', `/v1/opgaven/${detail.id}/intake`, {
        idee: value('idee'), netwerk: value('netwerk'), besluitvorming: value('besluitvorming'),
        voorspelbaarheidPad: Number(form.querySelector('#voorspelbaarheidPad').value),
        tastbaarheidUitkomst: Number(form.querySelector('#tastbaarheidUitkomst').value),
        tijdsdruk: form.querySelector('#tijdsdruk').checked,
      });
      fill(status);
      showAdvice(answer.advies);
    } catch (e) {
      fill(status, errorBox(e));
    }
  });

  function showAdvice(advies) {
    const werkwijze = select('werkwijze-keuze', WERKWIJZEN, advies.werkwijze);
    const reden = h('textarea', { id: 'werkwijze-reden', rows: 3 });
    const redenVeld = field('Reden om af te wijken van het advies', reden, 'Verplicht als je een andere werkwijze kiest dan geadviseerd.');
    redenVeld.hidden = true;
    werkwijze.addEventListener('change', () => {
      redenVeld.hidden = werkwijze.value === advies.werkwijze;
      reden.required = !redenVeld.hidden;
    });
    const keuzeStatus = h('div', { 'aria-live': 'assertive', id: 'werkwijze-status' });
    const keuze = h('form', { id: 'werkwijze-formulier' }, field('Werkwijze', werkwijze), redenVeld,
      h('div', { class: 'acties' }, h('button', { type: 'submit', id: 'werkwijze-kiezen' }, 'Werkwijze vastleggen')), keuzeStatus);
    keuze.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = { werkwijze: werkwijze.value };
      if (reden.value.trim()) body.reden = reden.value.trim();
      try {
        await api.send('PUT', `/v1/opgaven/${detail.id}/werkwijze`, body);
        flash(`Werkwijze ${werkwijze.value} is vastgelegd.`);
        location.hash = `#/opgave/${detail.id}`;
      } catch (e) {
        fill(keuzeStatus, errorBox(e));
      }
    });
    fill(adviesBox, h('h2', {}, 'Advies van de voorscheider'),
      h('dl', {},
        h('dt', {}, 'Procestype'), h('dd', { id: 'advies-procestype' }, ADVIES_UITLEG[advies.procestype] || advies.procestype),
        h('dt', {}, 'Verplichting'), h('dd', { id: 'advies-verplichting' }, ADVIES_UITLEG[advies.verplichting] || advies.verplichting),
        h('dt', {}, 'Complexiteit'), h('dd', {}, advies.complexiteit),
        h('dt', {}, 'Geadviseerde werkwijze'), h('dd', { id: 'advies-werkwijze' }, advies.werkwijze)),
      (advies.toelichting || []).length ? h('ul', { id: 'advies-toelichting' }, advies.toelichting.map((t) => h('li', {}, t))) : null,
      rolesForm(detail), keuze);
  }

  show(`Intake: ${detail.titel}`, h('p', {}, 'Beantwoord de drie vragen van de voorscheider en de twee van het complexiteitsmodel.'),
    form, status, adviesBox);
  if (detail.intake && detail.intake.advies) showAdvice(detail.intake.advies);
}

function rolesForm(detail) {
  const current = h('ul', { id: 'rollen-huidig' }, ((detail.rollen && detail.rollen.huidig) || []).map((r) => h('li', {}, `${rolNaam(r.rol)}: ${r.persoon}`)));
  const rol = select('rol', [['BESTUURLIJK_OPDRACHTGEVER', 'Bestuurlijk opdrachtgever'], ['AMBTELIJK_OPDRACHTGEVER', 'Ambtelijk opdrachtgever'],
    ['STURINGSPROFESSIONAL', 'Sturingsprofessional'], ['LIJNMANAGER', 'Lijnmanager']], 'BESTUURLIJK_OPDRACHTGEVER');
  const persoon = h('input', { id: 'rol-persoon', required: true });
  const reden = h('input', { id: 'rol-reden', required: true, value: 'Benoemd door het college' });
  const status = h('div', { 'aria-live': 'assertive' });
  const form = h('form', { id: 'rol-formulier' }, field('Rol', rol), field('Persoon (gebruikersnaam)', persoon), field('Reden', reden),
    h('div', { class: 'acties' }, h('button', { type: 'submit', class: 'secundair', id: 'rol-toekennen' }, 'Rol toekennen')), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api.send('POST', `/v1/opgaven/${detail.id}/rollen`, { rol: rol.value, persoon: persoon.value.trim(), reden: reden.value.trim() });
      current.append(h('li', {}, `${rolNaam(rol.value)}: ${persoon.value.trim()}`));
      fill(status, h('p', {}, `${persoon.value.trim()} is ${rolNaam(rol.value).toLowerCase()}.`));
      persoon.value = '';
    } catch (e) {
      fill(status, errorBox(e));
    }
  });
  return h('section', {}, h('h2', {}, 'Sturingsdriehoek'), current, form);
}

// ---------- controller ----------

async function controllerPage(params) {
  const verify = h('section', { 'aria-labelledby': 'integriteit-kop' }, h('h2', { id: 'integriteit-kop' }, 'Integriteit van het eventlog'));
  const verifyResult = h('div', { id: 'verificatie', 'aria-live': 'polite' });
  if (hasRole('CONTROLLER') || hasRole('BEHEERDER')) {
    const button = h('button', { type: 'button', id: 'verifieren' }, 'Hash-keten controleren');
    button.addEventListener('click', async () => {
      fill(verifyResult, h('p', {}, h('progress', { 'aria-label': 'Controle loopt' }), ' Alle events worden opnieuw gehasht…'));
      try {
        const r = await api.get('/v1/integriteit/verificatie');
        const ok = r.intact !== undefined ? r.intact : r.heel !== undefined ? r.heel : !r.eersteFout;
        fill(verifyResult, h('p', { class: ok ? 'label goed' : 'fout', 'data-intact': String(ok) },
          r.samenvatting || r.melding || r.detail || (ok ? 'De hash-keten klopt.' : 'De hash-keten is verbroken.')),
        h('details', {}, h('summary', {}, 'Volledig resultaat'), h('pre', {}, JSON.stringify(r, null, 2))));
      } catch (e) {
        fill(verifyResult, errorBox(e));
      }
    });
    verify.append(h('p', {}, 'Herberekent elke hash-keten en noemt het eerste gebroken event.'), button, verifyResult);
  } else {
    verify.append(h('p', { class: 'reden' }, 'Alleen een controller of beheerder controleert de hash-keten.'));
  }

  const pc = h('section', { 'aria-labelledby': 'pc-kop' }, h('h2', { id: 'pc-kop' }, 'P&C-rapportage'));
  try {
    const momenten = await api.get('/v1/pc-momenten');
    const list = momenten.momenten || momenten.pcMomenten || (Array.isArray(momenten) ? momenten : []);
    if (!list.length) {
      pc.append(h('p', {}, 'Er zijn nog geen P&C-momenten gepland.'));
    } else {
      const moment = select('pc-moment', list.map((m) => [m.momentId, `${m.naam} (${m.peildatum || m.jaar})`]), list[0].momentId);
      const out = h('div', { id: 'pc-resultaat', 'aria-live': 'polite' });
      const load = async () => {
        try {
          const r = await api.get(`/v1/pc-momenten/${encodeURIComponent(moment.value)}/rapportages?paginaGrootte=100`);
          const rows = r.rapportages || r.regels || [];
          fill(out, rows.length ? table(['Opgave', 'Rapportage', 'Begroot', 'Besteed', 'Prognose', 'Status'], rows.map((x) => h('tr', {},
            h('td', {}, x.titel), h('td', {}, x.rapportage), h('td', {}, x.begroot ?? ''), h('td', {}, x.besteed ?? ''), h('td', {}, x.prognose ?? ''),
            h('td', {}, x.status || '')))) : h('p', {}, 'Geen opgaven voor dit moment.'));
        } catch (e) {
          fill(out, errorBox(e));
        }
      };
      moment.addEventListener('change', load);
      const csv = h('button', { type: 'button', class: 'secundair', id: 'pc-csv' }, 'Exporteren als CSV');
      const csvStatus = h('div', { 'aria-live': 'polite', id: 'pc-csv-status' });
      csv.addEventListener('click', () => downloadWithProgress(csv, csvStatus, 'CSV',
        `/v1/pc-momenten/${encodeURIComponent(moment.value)}/rapportages`, 'text/csv', `pc-rapportage-${moment.value}.csv`));
      pc.append(field('P&C-moment', moment), h('div', { class: 'acties' }, csv), csvStatus, out);
      load();
    }
  } catch (e) {
    pc.append(errorBox(e));
  }

  const audit = h('section', { 'aria-labelledby': 'audit-kop' }, h('h2', { id: 'audit-kop' }, 'Verantwoording en audittrail per opgave'));
  try {
    const page = await api.get('/v1/opgaven?paginaGrootte=100');
    const opgaven = page.opgaven || [];
    const chosen = params.get('opgave') || (opgaven[0] && opgaven[0].id) || '';
    const opgave = select('audit-opgave', opgaven.map((o) => [o.id, o.titel]), chosen);
    const peil = h('input', { id: 'peilmoment', type: 'datetime-local', step: 1 });
    const out = h('div', { id: 'audit-resultaat', 'aria-live': 'polite' });
    const asOf = h('div', { id: 'toestand', 'aria-live': 'polite' });
    const exportStatus = h('div', { 'aria-live': 'polite', id: 'export-status' });
    const showAsOf = async () => {
      if (!peil.value) { fill(asOf); return; }
      try {
        const moment = new Date(peil.value).toISOString();
        const t = await api.get(`/v1/opgaven/${opgave.value}/toestand?peilmoment=${encodeURIComponent(moment)}`);
        fill(asOf, h('h3', {}, `Toestand op ${dateTime(moment)}`), h('p', { id: 'toestand-samenvatting' },
          `Status: ${t.status}. Werkwijze: ${t.werkwijze || '—'}. Fase: ${t.fase ? t.fase.naam || t.fase.id || t.fase : '—'}. `,
          `Open gate: ${t.openGate ? t.openGate.gateNaam || t.openGate.gateId : 'geen'}. Besluiten: ${(t.besluiten || []).length}.`));
      } catch (e) {
        fill(asOf, errorBox(e));
      }
    };
    const load = async () => {
      if (!opgave.value) { fill(out, h('p', {}, 'Nog geen opgaven.')); return; }
      try {
        const [v, events] = await Promise.all([api.get(`/v1/opgaven/${opgave.value}/verantwoording`), api.get(`/v1/opgaven/${opgave.value}/gebeurtenissen`)]);
        const list = Array.isArray(events) ? events : events.gebeurtenissen || [];
        fill(out, 
          h('h3', {}, 'Besluiten en afwijkingen'),
          (v.besluiten || []).length ? table(['Wanneer', 'Wat', 'Uitkomst', 'Wie', 'Rol', 'Waarom', 'Afwijking'], v.besluiten.map((b) => h('tr', {},
            h('td', {}, dateTime(b.tijdstip)), h('td', {}, b.onderwerp || b.soort), h('td', {}, b.uitkomst || ''), h('td', {}, b.door),
            h('td', {}, rolNaam(b.inRol)), h('td', {}, b.reden || ''), h('td', {}, b.afwijking || '')))) : h('p', {}, 'Geen besluiten.'),
          v.opmerking ? h('p', { class: 'hulp' }, v.opmerking) : null,
          h('h3', {}, `Audittrail (${list.length} events)`),
          table(['#', 'Wanneer', 'Event', 'Wie', 'Rol', 'Waarom'], list.map((e) => h('tr', {},
            h('td', {}, e.globalePositie ?? ''), h('td', {}, dateTime(e.tijdstip)), h('td', {}, (e.type || '').split('.').pop()),
            h('td', {}, e.actor || ''), h('td', {}, e.rol || ''), h('td', {}, e.reden || ''))), { id: 'audittrail' }));
      } catch (e) {
        fill(out, errorBox(e));
      }
    };
    opgave.addEventListener('change', () => { load(); showAsOf(); });
    peil.addEventListener('change', showAsOf);
    const exportButton = h('button', { type: 'button', class: 'secundair', id: 'auditexport' }, 'Auditexport downloaden');
    exportButton.addEventListener('click', () => downloadWithProgress(exportButton, exportStatus, 'Auditexport',
      `/v1/opgaven/${opgave.value}/auditexport`, 'application/json', `auditexport-${opgave.value}.json`));
    audit.append(field('Opgave', opgave), field('Peilmoment (toestand op dat moment)', peil, 'Leeg laten voor alleen de audittrail.'),
      h('div', { class: 'acties' }, exportButton), exportStatus, asOf, out);
    load();
  } catch (e) {
    audit.append(errorBox(e));
  }

  const parts = [verify, pc, audit];
  if (hasRole('BEHEERDER')) {
    parts.push(h('section', { 'aria-labelledby': 'beheer-link-kop' }, h('h2', { id: 'beheer-link-kop' }, 'Projecties herbouwen'),
      h('p', {}, 'Het herbouwen van de leesmodellen, met de voortgang, staat op de pagina ', h('a', { href: '#/beheer' }, 'Beheer'), '.')));
  }
  show('Verantwoording en audit', ...parts);
}

const kB = (bytes) => `${(bytes / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} kB`;

/**
 * Downloads an export with its state on the page: first the server composes it (no figures yet), then the bytes
 * arrive (of the announced size when the server gives one), then it is saved.
 */
async function downloadWithProgress(button, statusBox, wat, path, accept, fallbackName) {
  button.disabled = true;
  const bar = h('progress', { 'aria-label': `Voortgang van de ${wat.toLowerCase()}` });
  const text = h('span', { class: 'voortgang-tekst' }, `${wat} wordt samengesteld door de server…`);
  fill(statusBox, h('p', { 'data-toestand': 'samenstellen' }, bar, ' ', text));
  try {
    const { blob, filename } = await api.getBlob(path, accept, (received, total) => {
      statusBox.firstChild.dataset.toestand = 'ontvangen';
      if (total) { bar.max = total; bar.value = received; }
      text.textContent = `${wat} wordt ontvangen: ${kB(received)}${total ? ` van ${kB(total)}` : ''}…`;
    });
    download(blob, filename || fallbackName);
    fill(statusBox, h('p', { class: 'label goed', 'data-toestand': 'klaar' }, `${wat} gedownload (${kB(blob.size)}).`));
  } catch (e) {
    fill(statusBox, errorBox(e));
  } finally {
    button.disabled = false;
  }
}

// ---------- administrator: projections and their rebuild ----------

const getal = (n) => (n == null ? '—' : Number(n).toLocaleString('nl-NL', { maximumFractionDigits: 1 }));

function duur(seconden) {
  if (seconden == null) return 'onbekend';
  const s = Math.max(0, Math.round(seconden));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/**
 * The progress of one rebuild over the chosen projections, from the API's own figures (GET /v1/beheer/projecties):
 * events done of total summed over the projections, their rate, and the time left of the slowest.
 */
function rebuildSummary(list) {
  const runs = list.filter((p) => p.herbouw);
  const totaal = runs.reduce((t, p) => t + p.herbouw.totaal, 0);
  const gedaan = runs.reduce((t, p) => t + Math.min(p.herbouw.gedaan, p.herbouw.totaal), 0);
  const klaar = runs.filter((p) => p.herbouw.klaarOp).length;
  const bezig = runs.filter((p) => !p.herbouw.klaarOp);
  const perSeconde = bezig.reduce((t, p) => t + (p.herbouw.perSeconde || 0), 0);
  const resterend = bezig.some((p) => p.herbouw.resterendeSeconden == null) ? null
    : Math.max(0, ...bezig.map((p) => p.herbouw.resterendeSeconden));
  const gestart = runs.map((p) => Date.parse(p.herbouw.gestartOp));
  const geeindigd = runs.map((p) => Date.parse(p.herbouw.klaarOp));
  const seconden = runs.length && klaar === runs.length ? (Math.max(...geeindigd) - Math.min(...gestart)) / 1000 : null;
  return { runs: runs.length, totaal, gedaan, klaar, perSeconde, resterend, seconden, afgerond: runs.length > 0 && klaar === runs.length };
}

async function beheerPage() {
  if (!hasRole('BEHEERDER')) {
    show('Beheer', h('p', { class: 'reden', id: 'beheer-reden' },
      `Het beheer van de leesmodellen doet de beheerder; ${user.naam} heeft de rol BEHEERDER niet.`));
    return;
  }
  let list;
  try {
    list = (await api.get('/v1/beheer/projecties')).projecties || [];
  } catch (e) {
    show('Beheer', errorBox(e));
    return;
  }
  const keuze = select('herbouw-keuze', [['', 'Alle projecties'], ...list.map((p) => [p.projectie, p.projectie])], '');
  const button = h('button', { type: 'button', id: 'herbouwen' }, 'Herbouwen');
  const bar = h('progress', { id: 'herbouw-voortgang', max: 1, value: 0, 'aria-labelledby': 'herbouw-tekst' });
  const text = h('p', { id: 'herbouw-tekst' }, 'Er loopt geen herbouw.');
  const progressBox = h('div', { id: 'herbouw-status', 'aria-live': 'polite' }, bar, text);
  const tbody = h('tbody', {});
  const overview = h('div', { class: 'tabelvak' }, h('table', { id: 'projecties' },
    h('thead', {}, h('tr', {}, ['Projectie', 'Draait', 'Positie', 'Kop van het eventlog', 'Achterstand', 'Laatste herbouw']
      .map((t) => h('th', { scope: 'col' }, t)))), tbody));
  const status = h('div', { 'aria-live': 'assertive' });
  let volgen = null;

  function teken(projecties, gekozen) {
    fill(tbody, projecties.map((p) => {
      const hb = p.herbouw;
      return h('tr', { 'data-projectie': p.projectie },
        h('th', { scope: 'row' }, p.projectie), h('td', {}, p.actief ? 'ja' : 'nee'),
        h('td', {}, getal(p.positie)), h('td', {}, getal(p.kop)), h('td', {}, getal(p.achterstand)),
        h('td', {}, !hb ? 'nog niet herbouwd sinds de start'
          : hb.klaarOp ? `klaar: ${getal(hb.totaal)} gebeurtenissen in ${duur((Date.parse(hb.klaarOp) - Date.parse(hb.gestartOp)) / 1000)} (${dateTime(hb.klaarOp)})`
            : `bezig: ${getal(hb.gedaan)} van ${getal(hb.totaal)} (${getal(hb.percentage)} %)`));
    }));
    const s = rebuildSummary(projecties.filter((p) => !gekozen || gekozen.includes(p.projectie)));
    if (!s.runs) return s;
    bar.max = Math.max(1, s.totaal);
    bar.value = s.totaal ? s.gedaan : 1;
    bar.dataset.gedaan = String(s.gedaan);
    bar.dataset.totaal = String(s.totaal);
    bar.dataset.klaar = String(s.afgerond);
    const pct = s.totaal ? (100 * s.gedaan) / s.totaal : 100;
    text.textContent = s.afgerond
      ? `Klaar: ${getal(s.gedaan)} van ${getal(s.totaal)} gebeurtenissen verwerkt (${s.klaar} van ${s.runs} projectie(s)) in ${duur(s.seconden)}.`
      : `${getal(s.gedaan)} van ${getal(s.totaal)} gebeurtenissen verwerkt (${getal(pct)} %) · ${s.klaar} van ${s.runs} projectie(s) klaar`
        + ` · ${getal(s.perSeconde)} per seconde · nog ongeveer ${duur(s.resterend)}.`;
    return s;
  }

  /** Polls the API until the rebuild of these projections has reached the head it started from, or the page is left. */
  async function volg(gekozen) {
    const mine = {};
    volgen = mine;
    while (volgen === mine && bar.isConnected) {
      let s;
      try {
        s = teken((await api.get('/v1/beheer/projecties')).projecties || [], gekozen);
      } catch (e) {
        fill(status, errorBox(e));
        return;
      }
      if (!s.runs || s.afgerond) break;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    button.disabled = false;
  }

  button.addEventListener('click', async () => {
    button.disabled = true;
    fill(status);
    const gekozen = keuze.value ? [keuze.value] : list.map((p) => p.projectie);
    try {
      const antwoord = await api.send('POST', '/v1/beheer/projecties/_herbouwen', keuze.value ? { projecties: gekozen } : {});
      flash(`Herbouw gestart: ${keuze.value || 'alle projecties'}.`);
      keepFlash = false;
      teken(list.map((p) => (antwoord.projecties || []).find((a) => a.projectie === p.projectie) || p), gekozen);
      await volg(gekozen);
    } catch (e) {
      fill(status, errorBox(e));
      button.disabled = false;
    }
  });

  show('Beheer',
    h('section', { 'aria-labelledby': 'herbouw-kop' }, h('h2', { id: 'herbouw-kop' }, 'Projecties herbouwen'),
      h('p', {}, 'Leest het eventlog opnieuw in de gekozen leesmodellen (replay). Tijdens het herbouwen zijn die leesmodellen onvolledig; '
        + 'de voortgang hieronder komt van de server: verwerkte gebeurtenissen van het totaal, het tempo en de geschatte resterende tijd.'),
      field('Welke projectie', keuze), h('div', { class: 'acties' }, button), progressBox, status),
    h('section', { 'aria-labelledby': 'projecties-kop' }, h('h2', { id: 'projecties-kop' }, 'Projecties'), overview));
  const bezig = list.filter((p) => p.herbouwt).map((p) => p.projectie);
  teken(list, bezig.length ? bezig : null);
  if (bezig.length) {
    button.disabled = true;
    volg(bezig);
  }
}

// ---------- process owner ----------

async function procesmodellenPage() {
  let catalogue;
  try {
    catalogue = (await api.get('/v1/procesmodellen')).procesmodellen || [];
  } catch (e) {
    show('Procesmodellen', errorBox(e));
    return;
  }
  const byProcess = new Map();
  for (const m of catalogue.slice().sort((a, b) => a.bpmnProcessId.localeCompare(b.bpmnProcessId) || b.versie - a.versie)) {
    if (!byProcess.has(m.bpmnProcessId)) byProcess.set(m.bpmnProcessId, []);
    byProcess.get(m.bpmnProcessId).push(m);
  }
  const viewBox = h('div', { class: 'diagram', id: 'model-diagram', role: 'img', 'aria-label': 'Gekozen procesmodel' });
  const viewTitle = h('h2', { id: 'model-kop' }, 'Diagram');
  const errorList = h('div', { id: 'model-fouten', 'aria-live': 'assertive' });
  const after = h('div', { id: 'model-na-upload', 'aria-live': 'polite' });

  async function view(m) {
    viewTitle.textContent = `Diagram: ${m.naam} versie ${m.versie}`;
    fill(errorList);
    try {
      await diagram.render(viewBox, await api.getText(`/v1/procesmodellen/${m.processDefinitionKey}/bpmn`, 'application/xml'));
    } catch (e) {
      fill(viewBox, errorBox(e));
    }
  }

  const rows = [...byProcess].map(([id, versions]) => h('tr', { 'data-proces': id },
    h('td', {}, versions[0].naam), h('td', {}, id), h('td', {}, String(versions[0].versie)),
    h('td', {}, versions.map((m) => h('button', { type: 'button', class: 'secundair', onclick: () => view(m),
      'aria-label': `Toon ${id} versie ${m.versie}` }, `v${m.versie}`))),
    h('td', {}, dateTime(versions[0].gedeployedOp)), h('td', {}, versions[0].gedeployedDoor || '')));

  const file = h('input', { id: 'model-bestand', type: 'file', accept: '.bpmn,.xml', required: true });
  const uploadStatus = h('div', { 'aria-live': 'assertive', id: 'upload-status' });
  const form = h('form', { id: 'model-upload' }, field('BPMN-bestand (Camunda 8)', file,
    'Een nieuwe versie; lopende opgaven blijven op hun versie.'),
  h('div', { class: 'acties' }, h('button', { type: 'submit', id: 'model-uploaden', disabled: !hasRole('PROCESEIGENAAR') }, 'Nieuwe versie deployen')),
  hasRole('PROCESEIGENAAR') ? null : h('p', { class: 'reden' }, `Deployen doet de proceseigenaar; ${user.naam} heeft de rol PROCESEIGENAAR niet.`),
  uploadStatus);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!file.files.length) return;
    const chosen = file.files[0];
    const xml = await chosen.text();
    fill(uploadStatus, h('p', {}, h('progress', { 'aria-label': 'Model wordt gecontroleerd' }), ' Model wordt gecontroleerd en gedeployed…'));
    fill(after);
    try {
      const answer = await api.upload('/v1/procesmodellen', 'bestand', chosen);
      const deployed = answer.procesmodellen || [];
      fill(uploadStatus, h('p', { class: 'label goed', id: 'upload-gelukt' },
        `Gedeployed: ${deployed.map((m) => `${m.bpmnProcessId} versie ${m.versie}`).join(', ')}.`));
      viewTitle.textContent = `Diagram: ${chosen.name} (nieuw gedeployed)`;
      await diagram.render(viewBox, xml);
      await afterDeploy(deployed, xml);
    } catch (e) {
      fill(uploadStatus, errorBox(e));
      const fouten = (e.problem && e.problem.fouten) || [];
      viewTitle.textContent = `Diagram: ${chosen.name} (geweigerd)`;
      let viewer = null;
      try { viewer = await diagram.render(viewBox, xml); } catch (renderError) { fill(viewBox, h('p', { class: 'hulp' }, 'Het bestand is geen tekenbaar BPMN-diagram.')); }
      fill(errorList, h('h3', {}, 'Fouten in het model'), h('ul', { id: 'model-foutenlijst' }, fouten.map((f) => {
        const shown = viewer && f.element ? diagram.showError(viewer, f.element, f.reden) : false;
        return h('li', { 'data-element': f.element || '' }, f.element ? `Element ${f.element}: ` : '', f.reden,
          f.element && !shown ? ' (dit element staat niet in het diagram)' : '');
      })));
    }
  });

  async function afterDeploy(deployed, xml) {
    const parts = [];
    for (const m of deployed) {
      const previous = (byProcess.get(m.bpmnProcessId) || []).find((p) => p.versie < m.versie);
      if (!previous) { parts.push(h('p', {}, `${m.bpmnProcessId}: eerste versie, niets te vergelijken.`)); continue; }
      const oldXml = await api.getText(`/v1/procesmodellen/${previous.processDefinitionKey}/bpmn`, 'application/xml');
      const d = diagram.diff(oldXml, xml);
      const line = (e) => h('li', {}, `${e.id} (${e.type}${e.naam ? `, "${e.naam}"` : ''})${e.was ? ` — was ${e.was.type}${e.was.naam ? `, "${e.was.naam}"` : ''}` : ''}`);
      parts.push(h('h3', {}, `Verschil ${m.bpmnProcessId} versie ${previous.versie} → ${m.versie}`),
        h('div', { id: 'model-verschil' },
          h('p', {}, `${d.toegevoegd.length} toegevoegd, ${d.verwijderd.length} verwijderd, ${d.gewijzigd.length} gewijzigd.`),
          d.toegevoegd.length ? [h('h4', {}, 'Toegevoegd'), h('ul', {}, d.toegevoegd.map(line))] : null,
          d.verwijderd.length ? [h('h4', {}, 'Verwijderd'), h('ul', {}, d.verwijderd.map(line))] : null,
          d.gewijzigd.length ? [h('h4', {}, 'Gewijzigd'), h('ul', {}, d.gewijzigd.map(line))] : null));
      const running = await runningOn(m.bpmnProcessId, m.versie);
      parts.push(h('h3', {}, 'Lopende opgaven op een oudere versie'),
        running.length ? h('ul', { id: 'model-lopend' }, running.map((o) => h('li', {}, h('a', { href: `#/opgave/${o.id}` }, o.titel),
          ` — versie ${o.procesmodel.versie}, fase ${o.fase ? o.fase.naam : '—'}`, migrateForm(o, m.versie))))
          : h('p', {}, 'Geen lopende opgaven op een oudere versie.'),
        h('p', { class: 'hulp' }, 'Zij blijven op hun versie, tenzij je er een migreert.'));
    }
    fill(after, ...parts);
  }

  show('Procesmodellen',
    h('section', { 'aria-labelledby': 'catalogus-kop' }, h('h2', { id: 'catalogus-kop' }, 'Catalogus'),
      table(['Naam', 'Proces-id', 'Laatste versie', 'Versies', 'Gedeployed op', 'Door'], rows, { id: 'catalogus' })),
    h('section', { 'aria-labelledby': 'upload-kop' }, h('h2', { id: 'upload-kop' }, 'Nieuwe versie'), form, after),
    h('section', { 'aria-labelledby': 'model-kop' }, viewTitle, viewBox, errorList));
}

/**
 * Moves one running opgave to the new version: elements left out of the mapping keep their id; the engine refuses,
 * naming the element, a mapping that does not fit, and the page shows that refusal.
 */
function migrateForm(opgave, versie) {
  const reden = h('textarea', { rows: 2, required: true, 'data-veld': 'reden' });
  const mapping = h('textarea', { rows: 2, 'data-veld': 'mapping', placeholder: 'bron_element_id=doel_element_id' });
  const result = h('div', { 'aria-live': 'polite' });
  const button = h('button', { type: 'submit' }, `Migreren naar versie ${versie}`);
  const STAPPEN = ['Verzoek aan de engine', 'Instantie verplaatst en besluit vastgelegd',
    `Opgave in het leesmodel op versie ${versie}`];
  /** The migration's state in three steps, each marked only when the server has confirmed it. */
  function voortgang(klaar, bezig) {
    return h('div', { class: 'migratie-voortgang', 'data-stap': String(klaar) },
      h('progress', { max: STAPPEN.length, value: klaar, 'aria-label': `Migratie: stap ${klaar} van ${STAPPEN.length}` }),
      h('ol', {}, STAPPEN.map((t, i) => h('li', { 'data-toestand': i < klaar ? 'klaar' : i === klaar && bezig ? 'bezig' : 'wacht' },
        `${t}: ${i < klaar ? 'klaar' : i === klaar && bezig ? 'bezig…' : 'nog niet'}`))));
  }
  const form = h('form', { class: 'migratie', 'data-opgave': opgave.id, onsubmit: async (event) => {
    event.preventDefault();
    const pairs = {};
    for (const line of mapping.value.split('\n').map((l) => l.trim()).filter(Boolean)) {
      const [bron, doel] = line.split('=').map((x) => (x || '').trim());
      if (!bron || !doel) { fill(result, errorBox({ message: `Regel "${line}" is geen bron=doel.` })); return; }
      pairs[bron] = doel;
    }
    button.disabled = true;
    fill(result, voortgang(0, true));
    try {
      await api.send('POST', `/v1/opgaven/${opgave.id}/procesmodel/_migreren`,
        { versie, mapping: pairs, reden: reden.value });
      fill(result, voortgang(2, true));
      const gezien = await until(async () => {
        const d = await api.get(`/v1/opgaven/${opgave.id}`);
        return d.procesmodel && d.procesmodel.versie === versie;
      }, { tries: 120, interval: 250 });
      if (!gezien) {
        fill(result, voortgang(2, false), h('p', { class: 'reden' },
          `De migratie is vastgelegd; het leesmodel toont versie ${versie} nog niet. Ververs de pagina straks.`));
        return;
      }
      fill(result, voortgang(3, false), h('p', { class: 'gelukt', role: 'status' }, `${opgave.titel} loopt nu op versie ${versie}.`));
    } catch (e) {
      fill(result, errorBox(e));
      button.disabled = false;
    }
  } },
  field(`Reden om naar versie ${versie} te migreren`, reden),
  field('Koppeling van elementen (optioneel)', mapping, 'Eén per regel; een element dat je niet noemt houdt zijn id.'),
  button, result);
  return form;
}

async function runningOn(bpmnProcessId, versie) {
  const page = await api.get('/v1/opgaven?status=LOPEND&paginaGrootte=100');
  const details = await Promise.all((page.opgaven || []).map((o) => api.get(`/v1/opgaven/${o.id}`)));
  return details.filter((d) => d.procesmodel && d.procesmodel.bpmnProcessId === bpmnProcessId && d.procesmodel.versie < versie);
}

// ---------- project office: gate due dates ----------

/** A datetime-local value (the browser's own time zone) for an instant. */
function localInput(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function planningForm(regel, mag, reload) {
  const datum = h('input', { type: 'datetime-local', step: 1, required: true, 'data-veld': 'uiterlijkOp',
    value: localInput(regel.openGate.uiterlijkOp) });
  const reden = h('input', { required: true, 'data-veld': 'reden' });
  const status = h('div', { 'aria-live': 'assertive' });
  const button = h('button', { type: 'submit' }, 'Termijn vastleggen');
  const fieldset = h('fieldset', { disabled: !mag }, h('legend', {}, `Termijn van gate ${regel.openGate.naam}`),
    field('Uiterlijk besluiten op', datum), field('Reden', reden, 'Bijvoorbeeld: afgesproken in de stuurgroep.'),
    h('div', { class: 'acties' }, button));
  const form = h('form', { class: 'planning', 'data-opgave': regel.id }, fieldset, status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    fill(status, h('p', {}, h('progress', { 'aria-label': 'Termijn wordt vastgelegd' }), ' Termijn wordt vastgelegd…'));
    try {
      const detail = await api.get(`/v1/opgaven/${regel.id}`);
      if (!detail.openGate || (detail.openGate.gateNaam || detail.openGate.gateId) !== regel.openGate.naam) {
        fill(status, h('p', { class: 'reden' }, 'De open gate van deze opgave is intussen veranderd. Ververs de pagina.'));
        return;
      }
      const uiterlijkOp = new Date(datum.value).toISOString();
      await api.send('PUT', `/v1/opgaven/${regel.id}/gates/${encodeURIComponent(detail.openGate.gateId)}/planning`,
        { uiterlijkOp, reden: reden.value.trim() });
      await until(async () => {
        const page = await api.get(`/v1/opgaven?status=LOPEND&paginaGrootte=100`);
        const r = (page.opgaven || []).find((o) => o.id === regel.id);
        return r && r.openGate && r.openGate.uiterlijkOp && Date.parse(r.openGate.uiterlijkOp) === Date.parse(uiterlijkOp);
      }, { tries: 80, interval: 250 });
      flash(`De termijn van gate ${regel.openGate.naam} van ${regel.titel} is ${dateTime(uiterlijkOp)}.`);
      reload();
    } catch (e) {
      fill(status, errorBox(e));
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

async function planningPage(params) {
  const mag = hasRole('PROJECTBUREAU');
  const alleenTeLaat = params.get('achterstallig') === 'ja';
  const filter = h('form', { class: 'filters', id: 'planning-filters', role: 'search' },
    h('label', { class: 'keuze' }, h('input', { type: 'checkbox', id: 'alleen-achterstallig', checked: alleenTeLaat }),
      'Alleen achterstallige gates'),
    h('div', {}, h('button', { type: 'submit', id: 'planning-toepassen' }, 'Toepassen')));
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = filter.querySelector('#alleen-achterstallig').checked ? '#/planning?achterstallig=ja' : '#/planning';
  });
  const result = h('div', { id: 'planning-resultaat', 'aria-live': 'polite' }, h('p', {}, 'Open gates worden geladen…'));
  show('Planning van gates',
    h('p', {}, 'Elke open gate met de datum waarop uiterlijk besloten moet zijn (de termijn van het model of de geplande datum). '
      + 'Het projectbureau legt een termijn vast of verschuift die, met een reden.'),
    mag ? null : h('p', { class: 'reden', id: 'planning-reden' },
      `Termijnen vastleggen doet het projectbureau; ${user.naam} heeft de rol PROJECTBUREAU niet. Je kunt de planning wel lezen.`),
    filter, result);
  try {
    const page = await api.get('/v1/opgaven?status=LOPEND&paginaGrootte=100');
    const now = Date.now();
    const regels = (page.opgaven || []).filter((r) => r.openGate)
      .filter((r) => !alleenTeLaat || (r.openGate.uiterlijkOp && Date.parse(r.openGate.uiterlijkOp) < now))
      .sort((a, b) => (Date.parse(a.openGate.uiterlijkOp) || Infinity) - (Date.parse(b.openGate.uiterlijkOp) || Infinity));
    fill(result, h('p', { id: 'planning-aantal' }, `${regels.length} open gate(s).`),
      regels.length ? table(['Opgave', 'Gate', 'Beslisser', 'Open sinds', 'Uiterlijk besluiten op', 'Termijn'], regels.map((r) => {
        const teLaat = r.openGate.uiterlijkOp && Date.parse(r.openGate.uiterlijkOp) < now;
        return h('tr', { class: teLaat ? 'achterstallig' : '', 'data-opgave': r.id },
          h('td', {}, h('a', { href: `#/opgave/${r.id}` }, r.titel)), h('td', {}, r.openGate.naam),
          h('td', {}, rolNaam(r.openGate.beslisser)), h('td', {}, dateTime(r.openGate.geopendOp)),
          h('td', {}, r.openGate.uiterlijkOp ? dateTime(r.openGate.uiterlijkOp) : 'geen termijn',
            teLaat ? h('div', {}, h('span', { class: 'label achterstallig' }, 'Achterstallig')) : null),
          h('td', {}, h('details', {}, h('summary', {}, 'Termijn wijzigen'), planningForm(r, mag, () => planningPage(params)))));
      }), { id: 'planning-tabel' }) : h('p', {}, 'Geen open gates.'));
  } catch (e) {
    fill(result, errorBox(e));
  }
}

// ---------- batenregister ----------

const BAATSTATUS = [['', 'Alle'], ['IN_REALISATIE', 'In realisatie'], ['OVERDRACHT_VOORGESTELD', 'Overdracht voorgesteld'],
  ['OVERGEDRAGEN', 'Overgedragen']];
const baatStatus = (s) => (BAATSTATUS.find(([v]) => v === s) || [s, s])[1];
const waarde = (m, eenheid) => (m ? `${getal(m.waarde)} ${eenheid || ''} op ${m.peildatum}` : '—');

async function batenPage(params) {
  const filters = h('form', { class: 'filters', id: 'baten-filters', role: 'search' },
    field('Doel', h('input', { id: 'baten-doel', value: params.get('doel') || '' })),
    field('Eigenaar', h('input', { id: 'baten-eigenaar', value: params.get('eigenaar') || '' })),
    field('Status', select('baten-status', BAATSTATUS, params.get('status') || '')),
    h('div', {}, h('button', { type: 'submit', id: 'baten-toepassen' }, 'Toepassen')));
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [id, key] of [['baten-doel', 'doel'], ['baten-eigenaar', 'eigenaar'], ['baten-status', 'status']]) {
      const v = filters.querySelector(`#${id}`).value.trim();
      if (v) next.set(key, v);
    }
    location.hash = `#/baten?${next}`;
  });
  const result = h('div', { id: 'baten-resultaat', 'aria-live': 'polite' }, h('p', {}, 'Baten worden geladen…'));
  show('Batenregister', h('p', {}, 'Wat de opgaven opleveren: per baat de indicator, de nulmeting en het streven, de laatste verwachte en '
    + 'gerealiseerde waarde, en wie er eigenaar van is.'), filters, result);
  const query = new URLSearchParams({ paginaGrootte: '100' });
  for (const key of ['doel', 'eigenaar', 'status']) if (params.get(key)) query.set(key, params.get(key));
  try {
    const page = await api.get(`/v1/baten?${query}`);
    const baten = page.baten || [];
    fill(result, h('p', { id: 'baten-aantal' }, `${baten.length} baat/baten getoond`,
      page.pagina && page.pagina.totaalAantal > baten.length ? ` van ${page.pagina.totaalAantal}` : '', '.'),
    baten.length ? table(['Baat', 'Opgave', 'Doel', 'Indicator', 'Nulmeting → streefwaarde', 'Laatst verwacht', 'Laatst gerealiseerd',
      'Eigenaar', 'Status'], baten.map((b) => h('tr', { 'data-baat': b.baatId },
      h('td', {}, h('a', { href: `#/baten/${b.baatId}` }, b.titel)), h('td', {}, h('a', { href: `#/opgave/${b.opgaveId}` }, b.opgaveTitel || b.opgaveId)),
      h('td', {}, b.doel), h('td', {}, b.indicator),
      h('td', {}, `${getal(b.nulmeting)} → ${getal(b.streefwaarde)} ${b.eenheid || ''}`, b.streefdatum ? h('div', { class: 'hulp' }, `in ${b.streefdatum}`) : null),
      h('td', {}, waarde(b.laatstVerwacht, b.eenheid)), h('td', {}, waarde(b.laatstGerealiseerd, b.eenheid)),
      h('td', {}, b.eigenaar), h('td', {}, baatStatus(b.status)))), { id: 'baten-tabel' }) : h('p', {}, 'Geen baten gevonden met deze filters.'));
  } catch (e) {
    fill(result, errorBox(e));
  }
}

async function baatPage(id) {
  let b;
  try {
    b = await api.get(`/v1/baten/${encodeURIComponent(id)}`);
  } catch (e) {
    show('Baat', errorBox(e));
    return;
  }
  show(`Baat: ${b.titel}`,
    h('p', {}, h('a', { href: '#/baten' }, 'Terug naar het batenregister')),
    h('dl', { id: 'baat-profiel', class: 'profiel' },
      h('dt', {}, 'Opgave'), h('dd', {}, h('a', { href: `#/opgave/${b.opgaveId}` }, b.opgaveTitel || b.opgaveId), b.opgaveStatus ? ` (${b.opgaveStatus})` : ''),
      h('dt', {}, 'Doel'), h('dd', {}, b.doel),
      h('dt', {}, 'Indicator'), h('dd', {}, `${b.indicator} (${b.eenheid || 'geen eenheid'})`),
      h('dt', {}, 'Nulmeting → streefwaarde'), h('dd', {}, `${getal(b.nulmeting)} → ${getal(b.streefwaarde)}${b.streefdatum ? ` in ${b.streefdatum}` : ''}`),
      h('dt', {}, 'Eigenaar'), h('dd', {}, b.eigenaar, b.eigenaarSinds ? ` (sinds ${dateTime(b.eigenaarSinds)})` : ''),
      h('dt', {}, 'Status'), h('dd', {}, baatStatus(b.status)),
      h('dt', {}, 'Geregistreerd'), h('dd', {}, `${dateTime(b.geregistreerdOp)} door ${b.geregistreerdDoor || '—'}`)),
    h('section', { 'aria-labelledby': 'metingen-kop' }, h('h2', { id: 'metingen-kop' }, 'Metingen'),
      (b.metingen || []).length ? table(['Peildatum', 'Soort', 'Waarde', 'Toelichting', 'Vastgelegd', 'Door'], b.metingen.map((m) => h('tr', {},
        h('td', {}, m.peildatum), h('td', {}, m.soort === 'GEREALISEERD' ? 'Gerealiseerd' : 'Verwacht'), h('td', {}, `${getal(m.waarde)} ${b.eenheid || ''}`),
        h('td', {}, m.toelichting || ''), h('td', {}, dateTime(m.vastgelegdOp)), h('td', {}, `${m.door}${m.inRol ? ` (${rolNaam(m.inRol)})` : ''}`))),
      { id: 'baat-metingen' }) : h('p', {}, 'Nog geen metingen.')),
    h('section', { 'aria-labelledby': 'overdrachten-kop' }, h('h2', { id: 'overdrachten-kop' }, 'Overdrachten'),
      (b.overdrachten || []).length ? table(['Van', 'Aan', 'Organisatie', 'Voorgesteld', 'Reden', 'Geaccepteerd'], b.overdrachten.map((o) => h('tr', {},
        h('td', {}, o.vanEigenaar), h('td', {}, `${o.ontvanger} (${(o.ontvangerSoort || '').toLowerCase()})`), h('td', {}, o.organisatie || ''),
        h('td', {}, `${dateTime(o.voorgesteldOp)} door ${o.voorgesteldDoor}`), h('td', {}, o.reden || ''),
        h('td', {}, o.geaccepteerdOp ? `${dateTime(o.geaccepteerdOp)} door ${o.geaccepteerdDoor}${o.geaccepteerdReden ? `: ${o.geaccepteerdReden}` : ''}` : 'nog niet'))),
      { id: 'baat-overdrachten' }) : h('p', {}, 'Geen overdrachten.')),
    (b.inspanningen || []).length ? h('section', { 'aria-labelledby': 'inspanningen-kop' }, h('h2', { id: 'inspanningen-kop' }, 'Inspanningen'),
      h('p', {}, 'Opgaven waarvan deze baat afhangt:'), h('ul', {}, b.inspanningen.map((o) => h('li', {}, h('a', { href: `#/opgave/${o}` }, o))))) : null);
}

// ---------- routing ----------

async function route() {
  if (!api.credentials()) { signInPage(); return; }
  if (!user) {
    try { await loadUser(); } catch (e) { api.forget(); signInPage(e.status === 401 ? 'Meld je opnieuw aan.' : e.message); return; }
  }
  const [path, queryString] = (location.hash.replace(/^#/, '') || '/portfolio').split('?');
  const params = new URLSearchParams(queryString || '');
  const parts = path.split('/').filter(Boolean);
  for (const link of document.querySelectorAll('#menu a')) {
    if (link.dataset.pagina === parts[0]) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  switch (parts[0]) {
    case 'opgave': return opgavePage(parts[1]);
    case 'nieuw': return registerPage();
    case 'intake': return intakePage(parts[1]);
    case 'controller': return controllerPage(params);
    case 'procesmodellen': return procesmodellenPage();
    case 'beheer': return beheerPage();
    case 'planning': return planningPage(params);
    case 'baten': return parts[1] ? baatPage(parts[1]) : batenPage(params);
    default: return portfolioPage(params);
  }
}

window.addEventListener('hashchange', () => {
  if (keepFlash) keepFlash = false;
  else flash('');
  route();
});
window.addEventListener('load', route);
