// The readable graph: one edge per (document, addressee) with its count and verbs, or per (document, instrument)
// for citations; the strongest links up to a node cap; fcose layout with label sizes, then label boxes pushed
// apart; focus a node, expand its neighbourhood, filter by verb class, topic, addressee kind and year.
'use strict';
(function () {
  const { el, t } = MG;
  const COLORS = { Resolution: '#0b5cad', Decision: '#3b7dd8', Report: '#6c5ce7', Document: '#5b6775',
    organs: '#e07b00', offices: '#d35400', posts: '#b9770e', states: '#c0392b', collectives: '#a04000', other: '#888',
    Instrument: '#2f9e44' };
  const G = MG.graph = { params: null, capped: false, overlaps: -1 };

  function filters(p, network) {
    const w = [];
    if (p.get('year')) w.push(`?doc mg:adoptedOn ?gy . FILTER(STR(YEAR(?gy)) = ${MG.literal(p.get('year'))})`);
    if (network === 'mandates') {
      if (p.get('verbClass')) w.push(`?m mg:verb/mg:verbClass ${MG.iriRef(MG.longIri(p.get('verbClass')))} .`);
      if (p.get('topic')) w.push(`?m mg:topic ${MG.iriRef(MG.longIri(p.get('topic')))} .`);
    }
    return w.join('\n  ');
  }
  const mandateEdges = (p, focus) => `SELECT ?doc ?x (COUNT(DISTINCT ?m) AS ?n) (GROUP_CONCAT(DISTINCT STR(?v); separator=" ") AS ?verbs) {
  ${focus ? `VALUES ?f { ${MG.iriRef(focus)} } { ?m mg:addressee ?f } UNION { ?m mg:inParagraph/mg:partOf+ ?f }` : ''}
  ${filters(p, 'mandates')}
  ?m a mg:Mandate ; mg:inParagraph ?ip ; mg:addressee ?x ; mg:verb ?v .
  ?ip mg:partOf* ?top . ?top mg:partOf ?doc . ?doc a mg:Document .
} GROUP BY ?doc ?x ORDER BY DESC(?n) ?doc ?x LIMIT ${focus ? 200 : 3000}`;
  const citationEdges = (p, focus) => `SELECT ?doc ?x (COUNT(DISTINCT ?p) AS ?n) {
  ${focus ? `VALUES ?f { ${MG.iriRef(focus)} } FILTER(?doc = ?f || ?x = ?f)` : ''}
  ${filters(p, 'citations')}
  ?p mg:cites ?c . ?c mg:partOf* ?x . ?x a mg:Instrument .
  ?p mg:partOf+ ?doc . ?doc mg:sourceFile ?file .
} GROUP BY ?doc ?x ORDER BY DESC(?n) ?doc ?x LIMIT ${focus ? 200 : 3000}`;
  const responseEdges = docs => `SELECT ?r ?d { VALUES ?r { ${docs.map(MG.iriRef).join(' ')} } VALUES ?d { ${docs.map(MG.iriRef).join(' ')} } ?r mg:respondsTo ?d }`;
  const docInfo = docs => `SELECT ?doc ?symbol ?type { VALUES ?doc { ${docs.map(MG.iriRef).join(' ')} }
  OPTIONAL { ?doc mg:symbol ?symbol } OPTIONAL { ?doc a ?type FILTER(?type IN (mg:Resolution, mg:Decision, mg:Report)) } }`;

  async function edges(p, focus) {
    const net = p.get('network') || 'mandates';
    const kind = p.get('kind');
    const out = [];
    if (net !== 'citations') {
      for (const b of await MG.rows(mandateEdges(p, focus))) {
        if (kind && MG.kindGroup(b.x.value) !== kind) continue;
        out.push({ doc: b.doc.value, x: b.x.value, n: parseInt(b.n.value, 10), verbs: b.verbs.value.split(' ').sort(), relation: 'tasks' });
      }
    }
    if (net !== 'mandates') {
      for (const b of await MG.rows(citationEdges(p, focus))) {
        out.push({ doc: b.doc.value, x: b.x.value, n: parseInt(b.n.value, 10), verbs: [], relation: 'cites' });
      }
    }
    out.sort((a, b) => b.n - a.n);
    return out;
  }

  /** The strongest edges whose ends fit under the node cap. */
  function capped(list, cap, present) {
    const nodes = new Set(present || []);
    const kept = [];
    let dropped = false;
    for (const e of list) {
      const add = [e.doc, e.x].filter(n => !nodes.has(n));
      if (nodes.size + add.length > cap) { dropped = true; continue; }
      add.forEach(n => nodes.add(n));
      kept.push(e);
    }
    return { kept, nodes, dropped };
  }

  async function elements(kept, nodes) {
    const docs = [...nodes].filter(n => kept.some(e => e.doc === n));
    const info = docs.length ? await MG.rows(docInfo(docs)) : [];
    const types = new Map();
    for (const b of info) {
      if (b.symbol) MG.addLabel(b.doc.value, b.symbol.value, b.symbol.value);
      if (b.type) types.set(b.doc.value, b.type.value.substring(MG.NS.length));
    }
    const weight = new Map();
    kept.forEach(e => { weight.set(e.doc, (weight.get(e.doc) || 0) + e.n); weight.set(e.x, (weight.get(e.x) || 0) + e.n); });
    const els = [];
    for (const n of nodes) {
      const isDoc = docs.includes(n);
      const cls = (MG.labels.get(n) || {}).cls;
      const kind = isDoc ? (types.get(n) || 'Document') : cls === 'Instrument' ? 'Instrument' : MG.kindGroup(n);
      els.push({ group: 'nodes', data: { id: n, iri: n, kind, doc: isDoc, weight: weight.get(n) || 1,
        label: isDoc ? MG.label(n) : MG.shortLabel(n) } });
    }
    for (const e of kept) {
      els.push({ group: 'edges', data: { id: e.relation + ' ' + e.doc + ' ' + e.x, source: e.doc, target: e.x, count: e.n,
        verbs: e.verbs.join(' '), relation: e.relation, label: String(e.n) } });
    }
    if (docs.length > 1) {
      for (const b of await MG.rows(responseEdges(docs))) {
        els.push({ group: 'edges', data: { id: 'respondsTo ' + b.r.value + ' ' + b.d.value, source: b.r.value, target: b.d.value,
          count: 1, verbs: '', relation: 'respondsTo', label: '' } });
      }
    }
    return els;
  }

  /** Pushes apart nodes whose label boxes overlap until none do (or 200 rounds). Returns the overlaps left. */
  function separateLabels(cy) {
    const nodes = cy.nodes(':visible');
    for (let round = 0; round < 200; round++) {
      const boxes = nodes.map(n => ({ n, b: n.boundingBox({ includeLabels: true, includeOverlays: false }) }));
      let moved = 0;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].b, b = boxes[j].b;
          const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
          const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
          if (dx <= -2 || dy <= -2) continue;
          const pa = boxes[i].n.position(), pb = boxes[j].n.position();
          if (dx < dy) {
            const s = (dx + 4) / 2 * (pa.x <= pb.x ? 1 : -1);
            boxes[i].n.position({ x: pa.x - s, y: pa.y });
            boxes[j].n.position({ x: pb.x + s, y: pb.y });
          } else {
            const s = (dy + 4) / 2 * (pa.y <= pb.y ? 1 : -1);
            boxes[i].n.position({ x: pa.x, y: pa.y - s });
            boxes[j].n.position({ x: pb.x, y: pb.y + s });
          }
          boxes[i].b = boxes[i].n.boundingBox({ includeLabels: true, includeOverlays: false });
          boxes[j].b = boxes[j].n.boundingBox({ includeLabels: true, includeOverlays: false });
          moved++;
        }
      }
      if (!moved) return 0;
    }
    return overlaps(cy);
  }
  function overlaps(cy) {
    const b = cy.nodes(':visible').map(n => n.boundingBox({ includeLabels: true, includeOverlays: false }));
    let n = 0;
    for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length; j++) {
      if (Math.min(b[i].x2, b[j].x2) > Math.max(b[i].x1, b[j].x1) && Math.min(b[i].y2, b[j].y2) > Math.max(b[i].y1, b[j].y1)) n++;
    }
    return n;
  }
  G.overlapsNow = () => overlaps(MG.cy);

  function layout(cy, randomize) {
    return new Promise(resolve => {
      const l = cy.layout({ name: typeof cytoscapeFcose !== 'undefined' ? 'fcose' : 'cose', quality: 'default', randomize,
        animate: false, nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 12000, idealEdgeLength: () => 110,
        nodeSeparation: 90, packComponents: true, padding: 20, numIter: 2500 });
      l.one('layoutstop', () => {
        G.overlaps = separateLabels(cy);
        cy.fit(undefined, 20);
        resolve();
      });
      l.run();
    });
  }

  const style = () => [
    { selector: 'node', style: { 'label': 'data(label)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 120,
      'text-valign': 'bottom', 'text-margin-y': 3, 'color': '#1d2733',
      'background-color': n => COLORS[n.data('kind')] || '#888',
      'width': n => 12 + 4 * Math.sqrt(n.data('weight')), 'height': n => 12 + 4 * Math.sqrt(n.data('weight')) } },
    { selector: 'node[?doc]', style: { 'shape': 'round-rectangle' } },
    { selector: 'edge', style: { 'width': e => 1 + Math.sqrt(e.data('count')) * 1.3, 'curve-style': 'bezier',
      'target-arrow-shape': 'triangle', 'arrow-scale': 0.7, 'opacity': 0.75,
      'line-color': e => ({ tasks: '#e07b00', cites: '#2f9e44', respondsTo: '#6c5ce7' })[e.data('relation')] || '#ccc',
      'target-arrow-color': e => ({ tasks: '#e07b00', cites: '#2f9e44', respondsTo: '#6c5ce7' })[e.data('relation')] || '#ccc',
      'label': 'data(label)', 'font-size': 8, 'color': '#5b6775', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
    { selector: 'edge[relation = "respondsTo"]', style: { 'line-style': 'dashed' } },
    { selector: '.faded', style: { 'opacity': 0.12 } },
    { selector: ':selected', style: { 'border-width': 3, 'border-color': '#f0b400' } },
  ];

  // Every step that waits for the endpoint can be overtaken by a later click: a later drawing, expansion or focus
  // supersedes the earlier ones, whose answers are dropped when they arrive (never merged into the newer view).
  G.drawSeq = 0;
  G.expandSeq = 0;
  G.focusSeq = 0;

  async function draw(p) {
    const seq = ++G.drawSeq;
    G.expandSeq++; // an expansion of the graph being replaced must not land in the new one
    const status = document.getElementById('g-status');
    status.textContent = '…';
    const cap = Math.max(2, Math.min(1000, parseInt(p.get('cap') || '80', 10) || 80));
    const all = await edges(p);
    if (seq !== G.drawSeq) return;
    const { kept, nodes, dropped } = capped(all, cap);
    const els = await elements(kept, nodes);
    if (seq !== G.drawSeq) return;
    G.capped = dropped;
    G.focusSeq++;
    if (MG.cy) MG.cy.destroy();
    document.getElementById('node-panel').replaceChildren(el('p', { class: 'hint' }, t('gr.hint')));
    const cy = MG.cy = cytoscape({ container: document.getElementById('cy'), elements: els, style: style(), wheelSensitivity: 0.3 });
    cy.on('tap', 'node', ev => focus(ev.target));
    cy.on('dbltap', 'node', ev => expand(ev.target));
    cy.on('tap', ev => { if (ev.target === cy) cy.elements().removeClass('faded'); });
    await layout(cy, true);
    if (seq !== G.drawSeq) return;
    MG.graphNodes = cy.nodes().length;
    G.ready = true;
    showStatus();
  }
  function showStatus() {
    const cy = MG.cy;
    document.getElementById('g-status').textContent = cy.nodes().length + ' ' + t('gr.nodes') + ' · ' + cy.edges().length + ' '
      + t('gr.edges') + (G.capped ? ' · ' + t('gr.capped') : '');
  }

  /**
   * Adds the node's neighbourhood. A later expansion (or a new drawing) supersedes this one: if it starts while
   * this one still waits for its answers, this one adds nothing, so the graph shows exactly the neighbourhoods of
   * the expansions that were not overtaken, each once. Returns the number of elements added.
   */
  async function expand(node) {
    G.expanding = (G.expanding || 0) + 1; // expansions still waiting, superseded ones included
    try {
      return await expandOnce(node);
    } finally {
      G.expanding--;
    }
  }
  async function expandOnce(node) {
    const cy = MG.cy;
    const seq = ++G.expandSeq;
    const current = () => seq === G.expandSeq && cy === MG.cy && !cy.destroyed();
    const id = node.id();
    const more = await edges(G.params, id);
    if (!current()) return 0;
    const fresh = more.filter(e => !cy.getElementById(e.relation + ' ' + e.doc + ' ' + e.x).length);
    const nodes = new Set(fresh.flatMap(e => [e.doc, e.x]));
    const found = await elements(fresh, nodes);
    if (!current()) return 0;
    // what is present is read only now, after the last answer, so nothing is added twice
    const els = found.filter(e => !cy.getElementById(e.data.id).length);
    const added = cy.add(els);
    const at = cy.getElementById(id);
    added.nodes().forEach(n => n.position({ x: at.position('x') + (Math.random() - 0.5) * 80, y: at.position('y') + (Math.random() - 0.5) * 80 }));
    await layout(cy, false);
    if (cy !== MG.cy || cy.destroyed()) return added.length;
    MG.graphNodes = cy.nodes().length;
    showStatus();
    if (seq === G.expandSeq) focus(at);
    return added.length;
  }
  G.expand = iri => expand(MG.cy.getElementById(iri));

  /** Shows a node's panel; a later focus supersedes this one, so a slow mandate list never lands in another node's panel. */
  async function focus(node) {
    const cy = MG.cy;
    const seq = ++G.focusSeq;
    cy.elements().addClass('faded');
    node.closedNeighborhood().removeClass('faded');
    const d = node.data();
    const panel = document.getElementById('node-panel');
    const l = MG.labels.get(d.iri) || {};
    const expandBtn = el('button', { type: 'button', id: 'g-expand' }, t('gr.expand'));
    expandBtn.addEventListener('click', () => expand(MG.cy.getElementById(d.iri)));
    const facet = d.doc ? null : d.kind === 'Instrument' ? 'instrument' : 'addressee';
    const exploreLink = facet ? el('a', { href: '#explore?' + new URLSearchParams([[facet, MG.shortIri(d.iri)]]).toString() }, t('gr.explore')) : null;
    panel.replaceChildren(
      el('h2', { lang: MG.lang }, l[MG.lang] || MG.label(d.iri)),
      el('div', { class: 'en', lang: MG.other() }, l[MG.other()] && l[MG.other()] !== l[MG.lang] ? l[MG.other()] : ''),
      el('p', {}, el('span', { class: 'kind' }, MG.I18N.en['g.' + d.kind] ? t('g.' + d.kind) : MG.label(MG.NS + d.kind)), ' ', MG.link(d.iri, t('gr.open')), ' · ', exploreLink, exploreLink ? ' · ' : null, expandBtn));
    const edgesHere = node.connectedEdges().filter(e => e.data('relation') === 'tasks');
    if (edgesHere.length) {
      panel.append(el('ul', { class: 'edges' }, edgesHere.map(e => {
        const other = e.source().id() === d.iri ? e.target() : e.source();
        return el('li', {}, el('b', {}, String(e.data('count'))), ' × ', other.data('label'), ' — ',
          e.data('verbs').split(' ').filter(Boolean).map(MG.label).join(', '));
      })));
    }
    if (!d.doc && d.kind !== 'Instrument') {
      MG.mandatesListed = -1;
      const rows = await MG.rows(`SELECT ?p ?doc ?symbol ?verb (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?topics) {
        ?m mg:addressee ${MG.iriRef(d.iri)} ; mg:inParagraph ?p ; mg:verb ?verb .
        OPTIONAL { ?m mg:topic ?t }
        ?p mg:partOf+ ?doc . ?doc a mg:Document . OPTIONAL { ?doc mg:symbol ?symbol }
      } GROUP BY ?p ?doc ?symbol ?verb ORDER BY ?doc ?p LIMIT 500`);
      if (seq !== G.focusSeq) return;
      const list = el('ol', { id: 'mandate-list' });
      for (const b of rows) {
        const p = b.p.value, doc = b.doc.value;
        const tail = p.substring(doc.length + 1);
        const where = (MG.v(b, 'symbol') || MG.shortIri(doc)) + ' ' + tail.replace(/\//g, ' ');
        list.append(el('li', { class: 'mandate', 'data-paragraph': p },
          el('a', { href: MG.href(doc) + '#' + tail.split('/').slice(0, 2).join('-') }, where), ' ', el('b', {}, MG.label(b.verb.value)),
          (MG.v(b, 'topics') || '').split(' ').filter(Boolean).map(tp => el('span', { class: 'kind' }, MG.label(tp)))));
      }
      panel.append(el('h3', {}, t('gr.mandatesOf') + ' (' + rows.length + ')'), list);
      MG.mandatesListed = rows.length;
    }
  }

  let built = false;
  function controls(p) {
    const set = (id, options) => {
      const s = document.getElementById(id);
      const cur = p.get(s.dataset.param) || '';
      s.replaceChildren(el('option', { value: '' }, t('gr.any')), ...options.map(([v, text]) => el('option', { value: v }, text)));
      s.value = cur;
    };
    const scheme = prefix => [...MG.labels.keys()].filter(k => k.startsWith(MG.ID + prefix) && k.length > (MG.ID + prefix).length)
      .map(k => [MG.shortIri(k), MG.label(k)]).sort((a, b) => a[1].localeCompare(b[1]));
    set('g-verbclass', scheme('verbclass/'));
    set('g-topic', scheme('topic/'));
    set('g-kind', MG.KIND_GROUPS.map(g => [g, t('g.' + g)]));
    set('g-year', (G.years || []).map(y => [y, y]));
    document.getElementById('g-network').value = p.get('network') || 'mandates';
    document.getElementById('g-cap').value = p.get('cap') || '80';
    if (!built) {
      built = true;
      document.querySelectorAll('#graph .graph-controls select').forEach(s => s.addEventListener('change', () => {
        const q = new URLSearchParams();
        document.querySelectorAll('#graph .graph-controls select').forEach(x => { if (x.value) q.set(x.dataset.param, x.value); });
        if (q.get('network') === 'mandates') q.delete('network');
        if (q.get('cap') === '80') q.delete('cap');
        if (MG.lang === 'en') q.set('lang', 'en');
        MG.go('graph', q);
      }));
    }
  }

  MG.views.graph = {
    async show(params) {
      if (!G.years) {
        G.years = (await MG.rows('SELECT DISTINCT (STR(YEAR(?d)) AS ?y) { ?x mg:sourceFile ?f ; mg:adoptedOn ?d } ORDER BY DESC(?y)')).map(b => b.y.value);
      }
      const p = new URLSearchParams(params);
      p.delete('lang');
      controls(p);
      const key = p.toString();
      if (G.key === key && MG.cy) { MG.cy.resize(); return; }
      G.key = key;
      G.params = p;
      G.ready = false;
      await draw(p);
    },
    relabel() {
      if (!MG.cy) return;
      controls(G.params);
      MG.cy.nodes().forEach(n => n.data('label', n.data('doc') ? MG.label(n.id()) : MG.shortLabel(n.id())));
      G.overlaps = separateLabels(MG.cy);
      showStatus();
      const sel = MG.cy.nodes(':selected');
      if (sel.length) focus(sel[0]);
    },
  };
})();
