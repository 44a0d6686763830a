// MandateGraph web page. Every query goes to the SPARQL endpoint; every piece of data is put into the page
// with textContent or attributes, never as HTML.
'use strict';

const ID = 'https://w3id.org/mandategraph/id/';
const PREFIXES = `PREFIX mg: <https://w3id.org/mandategraph/ontology#>
PREFIX id: <${ID}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX text: <http://jena.apache.org/text#>
`;
const state = { config: { sparql: '/kg/sparql', textIndex: false }, cy: null, graphNodes: 0, mandatesListed: -1 };
window.mandategraph = state;

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return e;
}

function href(iri) {
  return iri.startsWith(ID) ? '/id/' + iri.substring(ID.length) : iri;
}

function link(iri, text) {
  const a = el('a', { href: href(iri), title: iri }, text || iri);
  if (!iri.startsWith(ID)) a.rel = 'noopener';
  return a;
}

/** A SPARQL string literal. */
function literal(s) {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r') + '"';
}

/** An IRI chosen from our own lists; anything else is refused. */
function iriRef(iri) {
  if (!/^https?:\/\/[^\s<>"{}|\\^`]+$/.test(iri)) throw new Error('bad IRI');
  return '<' + iri + '>';
}

async function sparql(query) {
  const resp = await fetch(state.config.sparql, {
    method: 'POST',
    headers: { 'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json' },
    body: query.includes('PREFIX mg:') ? query : PREFIXES + query,
  });
  if (!resp.ok) throw new Error('SPARQL ' + resp.status + ': ' + (await resp.text()).slice(0, 300));
  return resp.json();
}

function value(b, v) {
  return b[v] ? b[v].value : null;
}

function cell(term) {
  if (!term) return el('td', {});
  if (term.type === 'uri') return el('td', {}, link(term.value, term.value.startsWith(ID) ? term.value.substring(ID.length) : term.value));
  const td = el('td', {}, term.value);
  if (term['xml:lang']) td.lang = term['xml:lang'];
  return td;
}

function table(json, target) {
  target.replaceChildren();
  const vars = json.head.vars;
  const t = el('table', { class: 'results' },
    el('thead', {}, el('tr', {}, ...vars.map(v => el('th', {}, v)))),
    el('tbody', {}, ...json.results.bindings.map(b => el('tr', {}, ...vars.map(v => cell(b[v]))))));
  target.append(t);
  return json.results.bindings.length;
}

// ---------- tabs ----------
function showTab(name) {
  document.querySelectorAll('.tab').forEach(b => b.classList.toggle('active', b.dataset.tab === name));
  document.querySelectorAll('.panel').forEach(p => p.classList.toggle('active', p.id === name));
  if (name === 'graph' && !state.cy) loadGraph();
}

// ---------- search ----------
async function fill(select, query) {
  const json = await sparql(query);
  for (const b of json.results.bindings) {
    const zh = value(b, 'zh'), en = value(b, 'en'), x = value(b, 'x');
    const label = [zh, en].filter(Boolean).join(' · ') || x.substring(x.lastIndexOf('/') + 1);
    select.append(el('option', { value: x }, label));
  }
}

const LABELS = `OPTIONAL { ?x skos:prefLabel ?zh FILTER(lang(?zh) = "zh") }
  OPTIONAL { ?x skos:prefLabel ?en FILTER(lang(?en) = "en") }`;

async function initSearch() {
  await Promise.all([
    fill(document.getElementById('f-body'), `SELECT DISTINCT ?x ?zh ?en {
      { ?m mg:addressee ?x } UNION { ?p mg:mentions ?x } UNION { ?x a mg:Body } UNION { ?x a mg:StateGroup }
      ${LABELS} } ORDER BY ?en ?x`),
    fill(document.getElementById('f-instrument'), `SELECT DISTINCT ?x ?zh ?en { ?x a mg:Instrument ${LABELS} } ORDER BY ?en ?x`),
    fill(document.getElementById('f-verb'), `SELECT DISTINCT ?x ?zh ?en { { ?x mg:taskProperty ?tp } UNION { ?m mg:verb ?x } ${LABELS} } ORDER BY ?en ?x`),
    fill(document.getElementById('f-topic'), `SELECT DISTINCT ?x ?zh ?en { ?x a mg:Topic ${LABELS} } ORDER BY ?en ?x`),
  ]).catch(e => status('search-status', String(e)));
}

function status(id, text) {
  document.getElementById(id).textContent = text;
}

function searchQuery(useIndex) {
  const body = document.getElementById('f-body').value;
  const instrument = document.getElementById('f-instrument').value;
  const verb = document.getElementById('f-verb').value;
  const topic = document.getElementById('f-topic').value;
  const text = document.getElementById('f-text').value.trim();
  const where = [];
  if (verb || topic) {
    where.push('?m mg:inParagraph ?p .');
    if (body) where.push('?m mg:addressee ' + iriRef(body) + ' .');
    if (verb) where.push('?m mg:verb ' + iriRef(verb) + ' .');
    if (topic) where.push('?m mg:topic ' + iriRef(topic) + ' .');
  } else if (body) {
    where.push(`{ ?p mg:tasks ${iriRef(body)} } UNION { ?p mg:mentions ${iriRef(body)} }`);
  }
  if (instrument) where.push(`?p mg:cites ?c . ?c mg:partOf* ${iriRef(instrument)} .`);
  if (text) {
    if (useIndex) {
      const lucene = text.replace(/([+\-&|!(){}\[\]^"~*?:\\\/])/g, '\\$1');
      where.unshift(`?p text:query (mg:text ${literal(lucene)}) .`);
    } else {
      where.push(`FILTER(CONTAINS(STR(?text), ${literal(text)}))`);
    }
  }
  return `SELECT DISTINCT ?paragraph ?document ?symbol ?text {
  ${where.join('\n  ')}
  ?p mg:text ?text ; mg:partOf+ ?doc . ?doc a mg:Document . OPTIONAL { ?doc mg:symbol ?symbol }
  BIND(?p AS ?paragraph) BIND(?doc AS ?document)
} ORDER BY ?document ?paragraph LIMIT 300`;
}

async function runSearch(ev) {
  if (ev) ev.preventDefault();
  const target = document.getElementById('search-results');
  status('search-status', '…');
  let json;
  try {
    json = await sparql(searchQuery(state.config.textIndex));
  } catch (e) {
    if (!state.config.textIndex) { status('search-status', String(e)); return; }
    json = await sparql(searchQuery(false));
  }
  const n = table(json, target);
  status('search-status', n + ' 段落 paragraphs');
}

// ---------- canned questions ----------
async function initQuestions() {
  const list = document.getElementById('question-list');
  const qs = await (await fetch('/queries.json')).json();
  if (qs.length === 0) list.append(el('li', {}, '(no queries/ on the class path)'));
  for (const q of qs) {
    const b = el('button', { type: 'button', 'data-name': q.name, title: q.name }, q.title);
    b.addEventListener('click', () => runQuestion(q));
    list.append(el('li', {}, b));
  }
}

async function runQuestion(q) {
  document.getElementById('question-text').textContent = q.query;
  status('question-status', '…');
  try {
    const n = table(await sparql(q.query), document.getElementById('question-results'));
    status('question-status', q.title + ' — ' + n + ' rows');
  } catch (e) {
    status('question-status', String(e));
  }
}

// ---------- graph ----------
const COLORS = { Resolution: '#0b5cad', Decision: '#3b7dd8', Report: '#6c5ce7', Document: '#5b6775', Paragraph: '#95a5a6',
  Body: '#e07b00', StateGroup: '#d35400', State: '#c0392b', Instrument: '#2f9e44', Provision: '#74b816' };
const EDGE_COLORS = { tasks: '#e07b00', cites: '#2f9e44', respondsTo: '#6c5ce7', mentions: '#bdc3c7', partOf: '#dfe4ea' };

async function loadGraph() {
  const network = document.getElementById('g-network').value;
  status('g-status', '…');
  const json = await (await fetch('/graph.json?network=' + encodeURIComponent(network))).json();
  if (state.cy) state.cy.destroy();
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements: json.elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { 'label': 'data(label)', 'font-size': 9, 'text-wrap': 'ellipsis', 'text-max-width': 120,
        'background-color': n => COLORS[n.data('kind')] || '#888', 'width': 14, 'height': 14, 'color': '#1d2733' } },
      { selector: 'node[kind = "Body"], node[kind = "StateGroup"]', style: { 'width': 22, 'height': 22, 'font-size': 11 } },
      { selector: 'node[kind = "Resolution"], node[kind = "Report"], node[kind = "Document"], node[kind = "Decision"]', style: { 'shape': 'round-rectangle' } },
      { selector: 'edge', style: { 'width': 1.2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.7,
        'line-color': e => EDGE_COLORS[e.data('relation')] || '#ccc', 'target-arrow-color': e => EDGE_COLORS[e.data('relation')] || '#ccc' } },
      { selector: 'edge[relation = "tasks"]', style: { 'label': 'data(label)', 'font-size': 7, 'color': '#a35a00' } },
      { selector: ':selected', style: { 'border-width': 3, 'border-color': '#f0b400' } },
    ],
    layout: { name: 'cose', animate: false, nodeRepulsion: 9000, idealEdgeLength: 70, randomize: false },
  });
  state.cy = cy;
  state.graphNodes = cy.nodes().length;
  cy.on('tap', 'node', ev => showNode(ev.target));
  kindFilters(cy);
  status('g-status', cy.nodes().length + ' nodes · ' + cy.edges().length + ' edges');
}

function kindFilters(cy) {
  const box = document.getElementById('g-kinds');
  box.replaceChildren();
  const kinds = [...new Set(cy.nodes().map(n => n.data('kind')))].sort();
  for (const k of kinds) {
    const cb = el('input', { type: 'checkbox', 'data-kind': k });
    cb.checked = true;
    cb.addEventListener('change', () => cy.nodes().filter(n => n.data('kind') === k).style('display', cb.checked ? 'element' : 'none'));
    const swatch = el('span', { class: 'kind' }, k);
    swatch.style.background = COLORS[k] || '#888';
    swatch.style.color = '#fff';
    box.append(el('label', {}, cb, swatch));
  }
}

async function showNode(node) {
  const d = node.data();
  const panel = document.getElementById('node-panel');
  panel.replaceChildren(
    el('h2', { lang: 'zh' }, d.label_zh || d.label),
    el('div', { class: 'en', lang: 'en' }, d.label_en || ''),
    el('p', {}, el('span', { class: 'kind' }, d.kind), ' ', link(d.iri, '打开 Open')));
  if (['Body', 'StateGroup', 'State'].includes(d.kind)) {
    state.mandatesListed = -1;
    const json = await sparql(`SELECT ?p ?doc ?symbol ?verb ?vzh ?ven (GROUP_CONCAT(DISTINCT ?tl; separator=", ") AS ?topics) {
      ?m mg:addressee ${iriRef(d.iri)} ; mg:inParagraph ?p .
      OPTIONAL { ?m mg:verb ?verb OPTIONAL { ?verb skos:prefLabel ?vzh FILTER(lang(?vzh) = "zh") }
                 OPTIONAL { ?verb skos:prefLabel ?ven FILTER(lang(?ven) = "en") } }
      OPTIONAL { ?m mg:topic ?t OPTIONAL { ?t skos:prefLabel ?tl FILTER(lang(?tl) = "en") } }
      ?p mg:partOf+ ?doc . ?doc a mg:Document . OPTIONAL { ?doc mg:symbol ?symbol }
    } GROUP BY ?p ?doc ?symbol ?verb ?vzh ?ven ORDER BY ?doc ?p`);
    const rows = json.results.bindings;
    const list = el('ol', { id: 'mandate-list' });
    for (const b of rows) {
      const p = value(b, 'p'), doc = value(b, 'doc');
      const where = (value(b, 'symbol') || doc.substring(ID.length)) + ' ' + p.substring(doc.length + 1).replace('/', ' ');
      const anchor = href(doc) + '#' + p.substring(doc.length + 1).replace('/', '-');
      const verb = [value(b, 'vzh'), value(b, 'ven')].filter(Boolean).join(' · ');
      list.append(el('li', { class: 'mandate', 'data-paragraph': p },
        el('a', { href: anchor }, where), ' ', el('b', {}, verb),
        value(b, 'topics') ? el('span', { class: 'kind' }, value(b, 'topics')) : null));
    }
    panel.append(el('h3', {}, '任务授权 Mandates (' + rows.length + ')'), list);
    state.mandatesListed = rows.length;
  }
}

// ---------- start ----------
async function start() {
  try {
    state.config = await (await fetch('/config.json')).json();
  } catch (e) { /* defaults */ }
  document.querySelectorAll('.tab').forEach(b => b.addEventListener('click', () => {
    history.replaceState(null, '', '#' + b.dataset.tab);
    showTab(b.dataset.tab);
  }));
  document.getElementById('search-form').addEventListener('submit', runSearch);
  document.getElementById('g-network').addEventListener('change', loadGraph);
  const fromHash = () => {
    const tab = location.hash.replace('#', '');
    showTab(['search', 'questions', 'graph'].includes(tab) ? tab : 'search');
  };
  window.addEventListener('hashchange', fromHash);
  fromHash();
  await Promise.all([initSearch(), initQuestions()]);
}

start();
