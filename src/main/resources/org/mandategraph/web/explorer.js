// The mandate explorer: one table of mandates, facets with counts (disjunctive: a facet's counts ignore its own
// selection), sort, paging, the state in the URL, CSV/JSON of the rows shown.
'use strict';
(function () {
  const { el, t } = MG;
  const MANDATE = '?m a mg:Mandate ; mg:inParagraph ?ip .';
  const DOCUMENT = '?ip mg:partOf* ?top . ?top mg:partOf ?doc . ?doc a mg:Document .';
  const BASE = MANDATE + '\n  ' + DOCUMENT;
  const ANSWERED = `(EXISTS { ?rep_a mg:answersMandate ?m }
      || EXISTS { ?rep_b mg:respondsTo ?doc FILTER NOT EXISTS { ?rep_b mg:answersMandate ?other_b } })`;

  const term = (type, s) => {
    if (type === 'iri') return MG.iriRef(MG.longIri(s));
    if (type === 'int') { if (!/^\d{1,6}$/.test(s)) throw new Error('bad number ' + s); return s; }
    return MG.literal(s);
  };
  const plain = f => ({
    count: v => f(v),
    filter(vals, key) { return `VALUES ?f_${key} { ${vals.map(s => term(this.type, s)).join(' ')} }\n  ` + f('?f_' + key); },
  });

  /** The facets: how a value is bound for counting (?v) and how a selection filters. */
  const FACETS = [
    Object.assign({ key: 'addressee', type: 'iri', grouped: true, search: true }, plain(v => `?m mg:addressee ${v} .`)),
    Object.assign({ key: 'topic', type: 'iri' }, plain(v => `?m mg:topic ${v} .`)),
    Object.assign({ key: 'verb', type: 'iri' }, plain(v => `?m mg:verb ${v} .`)),
    Object.assign({ key: 'verbClass', type: 'iri' }, plain(v => `?m mg:verb/mg:verbClass ${v} .`)),
    Object.assign({ key: 'instrument', type: 'iri', search: true }, {
      count: v => `?ip mg:partOf*/mg:cites/mg:partOf* ${v} . ${v} a mg:Instrument .`,
      filter(vals) { return `VALUES ?f_instrument { ${vals.map(s => term('iri', s)).join(' ')} }\n  ?ip mg:partOf*/mg:cites/mg:partOf* ?f_instrument .`; },
    }),
    Object.assign({ key: 'issuer', doc: true, type: 'iri' }, plain(v => `?doc mg:adoptedBy|mg:author ${v} .`)),
    {
      key: 'year', doc: true, type: 'str', sortByValue: true,
      count: v => `?doc mg:adoptedOn ?y_date . BIND(STR(YEAR(?y_date)) AS ${v})`,
      filter: vals => `?doc mg:adoptedOn ?fy_date . FILTER(STR(YEAR(?fy_date)) IN (${vals.map(s => term('str', s)).join(', ')}))`,
    },
    Object.assign({ key: 'docType', doc: true, type: 'iri' }, {
      count: v => `?doc a ${v} . FILTER(${v} IN (mg:Resolution, mg:Decision, mg:Report))`,
      filter: vals => `VALUES ?f_docType { ${vals.map(s => term('iri', s)).join(' ')} } ?doc a ?f_docType .`,
    }),
    Object.assign({ key: 'reportTo', type: 'iri' }, plain(v => `?m mg:reportTo ${v} .`)),
    Object.assign({ key: 'due', type: 'int', sortByValue: true }, plain(v => `?m mg:dueSession ${v} .`)),
    {
      key: 'answered', doc: true, type: 'str',
      count: v => `FILTER EXISTS { ?m mg:reportTo|mg:dueSession ?rq } BIND(IF(${ANSWERED}, "answered", "open") AS ${v})`,
      filter: vals => `FILTER EXISTS { ?m mg:reportTo|mg:dueSession ?rq } FILTER(IF(${ANSWERED}, "answered", "open") IN (${vals.map(s => term('str', s)).join(', ')}))`,
    },
  ];
  const BY_KEY = Object.fromEntries(FACETS.map(f => [f.key, f]));
  const SORTS = {
    'date-desc': { pattern: '', order: 'DESC(?sdate) ?doc ?sord ?m' },
    'date-asc': { pattern: '', order: '?sdate ?doc ?sord ?m' },
    'document': { pattern: '', order: '?doc ?sord ?m' },
    'addressee': { pattern: '?m mg:addressee ?sa .', order: '?sa ?doc ?sord ?m' },
    'verb': { pattern: '?m mg:verb ?sv .', order: '?sv ?doc ?sord ?m' },
  };
  const COLUMNS = ['mandate', 'document', 'symbol', 'paragraph', 'number', 'inParagraph', 'date', 'verb', 'verbLabel',
    'addressee', 'addresseeLabel', 'topics', 'reportTo', 'dueSession', 'answeredBy', 'text'];

  const X = MG.explorer = { state: null, rows: [], total: 0, seq: 0, facetCounts: {}, expanded: new Set() };

  function readState(params) {
    const s = { facets: {}, q: params.get('q') || '', sort: SORTS[params.get('sort')] ? params.get('sort') : 'date-desc',
      page: Math.max(1, parseInt(params.get('page') || '1', 10) || 1),
      size: [25, 50, 100].includes(parseInt(params.get('size'), 10)) ? parseInt(params.get('size'), 10) : 25 };
    for (const f of FACETS) {
      const vals = params.getAll(f.key).filter(Boolean);
      if (vals.length) s.facets[f.key] = vals;
    }
    return s;
  }
  function writeState(s) {
    const p = new URLSearchParams();
    for (const f of FACETS) (s.facets[f.key] || []).forEach(v => p.append(f.key, v));
    if (s.q) p.set('q', s.q);
    if (s.sort !== 'date-desc') p.set('sort', s.sort);
    if (s.page > 1) p.set('page', String(s.page));
    if (s.size !== 25) p.set('size', String(s.size));
    if (MG.lang === 'en') p.set('lang', 'en');
    return p;
  }
  X.params = writeState;
  function update(change) {
    const s = structuredClone(X.state);
    change(s);
    MG.go('explore', writeState(s));
  }

  /**
   * The WHERE clause for the mandates matching the state, leaving out one facet (for its own counts). The path to
   * the document is walked only when a document facet takes part (or always, with {@code full}).
   */
  function where(s, except, useIndex, full) {
    const parts = [];
    const needsDoc = full || FACETS.some(f => f.doc && (f.key === except || (s.facets[f.key] && f.key !== except)));
    for (const f of FACETS) {
      if (f.key !== except && s.facets[f.key]) parts.push(f.filter(s.facets[f.key], f.key));
    }
    if (s.q) {
      if (useIndex) {
        const lucene = s.q.replace(/([+\-&|!(){}\[\]^"~*?:\\\/])/g, '\\$1');
        parts.unshift(`?ip text:query (mg:text ${MG.literal(lucene)}) .`);
      } else {
        parts.push(`?ip mg:text ?qt . FILTER(CONTAINS(LCASE(STR(?qt)), LCASE(${MG.literal(s.q)})))`);
      }
    }
    return parts.concat([needsDoc ? BASE : MANDATE]).join('\n  ');
  }
  X.where = where;

  function facetQuery(s, f, useIndex) {
    return `SELECT ?v (COUNT(DISTINCT ?m) AS ?n) {
  ${where(s, f.key, useIndex)}
  ${f.count('?v')}
} GROUP BY ?v ORDER BY DESC(?n) ?v LIMIT 400`;
  }
  function pageQuery(s, useIndex) {
    const sort = SORTS[s.sort];
    return `SELECT DISTINCT ?m ?sdate ?doc ?sord ${sort.pattern ? (s.sort === 'verb' ? '?sv' : '?sa') : ''} {
  ${where(s, null, useIndex, true)}
  ${sort.pattern}
  OPTIONAL { ?doc mg:adoptedOn ?sdate } OPTIONAL { ?top mg:ordinal ?sord }
} ORDER BY ${sort.order} LIMIT ${s.size} OFFSET ${(s.page - 1) * s.size}`;
  }
  const countQuery = (s, useIndex) => `SELECT (COUNT(DISTINCT ?m) AS ?n) { ${where(s, null, useIndex)} }`;
  X.queries = s => ({ count: countQuery(s, false), page: pageQuery(s, false) });

  function detailsQuery(mandates) {
    return `SELECT ?m ?ip ?top ?doc ?symbol ?date ?type ?num ?verb ?addr ?text ?due ?reportTo ?vs ?ve ?vx ?as ?ae ?ax
    (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?topics)
    (GROUP_CONCAT(DISTINCT CONCAT(STR(?rep), "|", COALESCE(?repSym, "")); separator=" ") AS ?reports) {
  VALUES ?m { ${mandates.map(MG.iriRef).join(' ')} }
  ?m mg:inParagraph ?ip ; mg:verb ?verb ; mg:addressee ?addr .
  ?ip mg:partOf* ?top . ?top mg:partOf ?doc . ?doc a mg:Document .
  OPTIONAL { ?ip mg:text ?text }
  OPTIONAL { ?top mg:number ?num }
  OPTIONAL { ?doc mg:symbol ?symbol }
  OPTIONAL { ?doc mg:adoptedOn ?date }
  OPTIONAL { ?doc a ?type FILTER(?type IN (mg:Resolution, mg:Decision, mg:Report)) }
  OPTIONAL { ?m mg:topic ?t }
  OPTIONAL { ?m mg:dueSession ?due }
  OPTIONAL { ?m mg:reportTo ?reportTo }
  OPTIONAL { ?m mg:verbEvidence ?vev . ?vev oa:start ?vs ; oa:end ?ve OPTIONAL { ?vev oa:exact ?vx } }
  OPTIONAL { ?m mg:addresseeEvidence ?aev . ?aev oa:start ?as ; oa:end ?ae OPTIONAL { ?aev oa:exact ?ax } }
  OPTIONAL {
    FILTER EXISTS { ?m mg:reportTo|mg:dueSession ?rq }
    { ?rep mg:answersMandate ?m } UNION { ?rep mg:respondsTo ?doc FILTER NOT EXISTS { ?rep mg:answersMandate ?other } }
    OPTIONAL { ?rep mg:symbol ?repSym }
  }
} GROUP BY ?m ?ip ?top ?doc ?symbol ?date ?type ?num ?verb ?addr ?text ?due ?reportTo ?vs ?ve ?vx ?as ?ae ?ax`;
  }

  async function run(s) {
    const seq = ++X.seq;
    const status = document.getElementById('x-status');
    status.textContent = '…';
    let useIndex = MG.config.textIndex && !!s.q;
    const all = async idx => Promise.all([
      MG.rows(countQuery(s, idx)),
      MG.rows(pageQuery(s, idx)),
      ...FACETS.map(f => MG.rows(facetQuery(s, f, idx))),
    ]);
    let res;
    try {
      res = await all(useIndex);
    } catch (e) {
      if (!useIndex) throw e;
      res = await all(false);
    }
    const [count, page, ...facets] = res;
    const total = parseInt(MG.v(count[0], 'n') || '0', 10);
    if (seq === X.seq && s.page > 1 && (s.page - 1) * s.size >= total) {
      // past the last page (a narrower search): show the last page instead
      s.page = Math.max(1, Math.ceil(total / s.size));
      MG.go('explore', writeState(s), true);
      return;
    }
    const ids = page.map(b => b.m.value);
    const details = ids.length ? await MG.rows(detailsQuery(ids)) : [];
    if (seq !== X.seq) return; // a newer state is being shown
    X.total = total;
    FACETS.forEach((f, i) => { X.facetCounts[f.key] = facets[i].map(b => ({ value: b.v.value, type: b.v.type, n: parseInt(b.n.value, 10) })); });
    const byId = new Map();
    for (const b of details) if (!byId.has(b.m.value)) byId.set(b.m.value, b);
    X.rows = ids.map(id => row(byId.get(id))).filter(Boolean);
    render();
  }

  function row(b) {
    if (!b) return null;
    const doc = b.doc.value, ip = b.ip.value;
    if (b.symbol) MG.addLabel(doc, b.symbol.value, b.symbol.value);
    const reports = (MG.v(b, 'reports') || '').split(' ').filter(Boolean).map(s => {
      const [iri, sym] = s.split('|');
      if (sym) MG.addLabel(iri, sym, sym);
      return iri;
    });
    const num = x => x ? parseInt(x.value, 10) : null;
    return {
      mandate: b.m.value, document: doc, symbol: MG.v(b, 'symbol') || '', paragraph: b.top.value, number: MG.v(b, 'num') || '',
      inParagraph: ip, date: MG.v(b, 'date') || '', type: MG.v(b, 'type'), verb: b.verb.value, addressee: b.addr.value,
      topics: (MG.v(b, 'topics') || '').split(' ').filter(Boolean).sort(), reportTo: MG.v(b, 'reportTo'),
      dueSession: MG.v(b, 'due') || '', answeredBy: reports, text: MG.v(b, 'text') || '',
      textLang: b.text ? b.text['xml:lang'] : null,
      verbSpan: b.vs ? { start: num(b.vs), end: num(b.ve), exact: MG.v(b, 'vx') } : null,
      addrSpan: b.as ? { start: num(b.as), end: num(b.ae), exact: MG.v(b, 'ax') } : null,
      reporting: !!(b.due || b.reportTo),
    };
  }

  /** A row as the CSV and JSON downloads give it: the IRIs and the labels shown. */
  function exported(r) {
    return {
      mandate: r.mandate, document: r.document, symbol: r.symbol, paragraph: r.paragraph, number: r.number,
      inParagraph: r.inParagraph, date: r.date, verb: r.verb, verbLabel: MG.label(r.verb), addressee: r.addressee,
      addresseeLabel: MG.label(r.addressee), topics: r.topics.join(' '), reportTo: r.reportTo || '',
      dueSession: r.dueSession, answeredBy: r.answeredBy.join(' '), text: r.text,
    };
  }
  X.csvText = () => MG.csv(COLUMNS, X.rows.map(exported).map(o => COLUMNS.map(c => o[c])));
  X.jsonText = () => JSON.stringify({ state: Object.fromEntries(writeState(X.state)), total: X.total, rows: X.rows.map(exported) }, null, 2);

  // ---------- rendering ----------
  const where_ = r => {
    const tail = r.inParagraph.substring(r.document.length + 1).split('/');
    return MG.label(r.document) + ' ' + tail[0] + ' ' + (tail[1] || '') + (tail.length > 2 ? ' (' + tail.slice(2).join(')(') + ')' : '');
  };
  const anchor = r => MG.href(r.document) + '#' + r.paragraph.substring(r.document.length + 1).replace('/', '-');

  /** The paragraph text with the verb, the addressee and the topics' words marked (from evidence spans). */
  function marked(r) {
    const text = r.text;
    const marks = [];
    const place = (span, cls, iri) => {
      if (!span) return;
      let { start, end } = span;
      if (!(start >= 0 && end <= text.length && start < end && (!span.exact || text.substring(start, end) === span.exact))) {
        const i = span.exact ? text.indexOf(span.exact) : -1;
        if (i < 0) return;
        start = i; end = i + span.exact.length;
      }
      marks.push({ start, end, cls, iri });
    };
    place(r.verbSpan, 'verb', r.verb);
    place(r.addrSpan, 'addressee', r.addressee);
    for (const topic of r.topics) {
      for (const w of (MG.topicWords.get(topic) || [])) {
        for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) marks.push({ start: i, end: i + w.length, cls: 'topic', iri: topic });
      }
    }
    marks.sort((a, b) => a.start - b.start || b.end - a.end);
    const p = el('p', { class: 'text', lang: r.textLang || null });
    let pos = 0;
    for (const m of marks) {
      if (m.start < pos) continue;
      p.append(text.substring(pos, m.start), el('mark', { class: m.cls, title: MG.label(m.iri) }, text.substring(m.start, m.end)));
      pos = m.end;
    }
    p.append(text.substring(pos));
    p.addEventListener('click', () => p.classList.toggle('full'));
    return p;
  }

  function facetLink(key, value, text, cls) {
    const s = structuredClone(X.state);
    s.facets[key] = [value];
    s.page = 1;
    return el('a', { href: '#explore?' + writeState(s).toString(), class: cls || null, title: MG.t('f.' + key) }, text);
  }

  function renderTable() {
    const box = document.getElementById('x-results');
    box.replaceChildren();
    if (!X.rows.length) { box.append(el('p', { class: 'empty' }, MG.t('x.none'))); return; }
    const th = k => el('th', { 'data-i18n': 'c.' + k }, t('c.' + k));
    const tbody = el('tbody', {});
    for (const r of X.rows) {
      const short = MG.shortIri;
      const due = r.reporting ? el('td', { class: 'due' },
        r.reportTo ? facetLink('reportTo', short(r.reportTo), MG.shortLabel(r.reportTo)) : null,
        r.dueSession ? el('span', {}, ' ', facetLink('due', r.dueSession, MG.lang === 'zh' ? '第' + r.dueSession + '届' : t('session') + ' ' + r.dueSession)) : null)
        : el('td', { class: 'due' }, '—');
      const answered = !r.reporting ? el('td', {}, '—') : r.answeredBy.length
        ? el('td', { class: 'answered yes' }, r.answeredBy.map(rep => MG.link(rep, MG.label(rep))))
        : el('td', { class: 'answered no' }, t('open'));
      tbody.append(el('tr', { 'data-mandate': r.mandate },
        el('td', { class: 'para' }, el('div', { class: 'where' }, el('a', { href: anchor(r) }, where_(r))), marked(r)),
        el('td', {}, MG.link(r.document, MG.label(r.document)), el('div', { class: 'sub' }, r.type ? MG.label(r.type) : '')),
        el('td', { class: 'date' }, r.date),
        el('td', {}, facetLink('verb', short(r.verb), MG.label(r.verb), 'chip verb')),
        el('td', { title: MG.label(r.addressee) }, facetLink('addressee', short(r.addressee), MG.shortLabel(r.addressee), 'chip addressee')),
        el('td', {}, r.topics.map(tp => facetLink('topic', short(tp), MG.label(tp), 'chip topic'))),
        due, answered));
    }
    box.append(el('table', { class: 'results mandates' },
      el('thead', {}, el('tr', {}, ['paragraph', 'document', 'date', 'verb', 'addressee', 'topics', 'due', 'answered'].map(th))), tbody));
  }

  function valueLabel(f, value) {
    if (f.type === 'iri') return MG.label(value);
    if (f.key === 'answered') return t(value);
    if (f.key === 'due') return MG.lang === 'zh' ? '第' + value + '届会议' : t('session') + ' ' + value;
    return value;
  }

  function renderFacet(f) {
    const box = document.querySelector(`.facet[data-facet="${f.key}"] .values`);
    const filter = (document.querySelector(`.facet[data-facet="${f.key}"] input.search`) || {}).value || '';
    const selected = new Set((X.state.facets[f.key] || []).map(v => f.type === 'iri' ? MG.longIri(v) : v));
    let values = (X.facetCounts[f.key] || []).slice();
    // a selected value with no count left still shows, so it can be unticked
    for (const v of selected) if (!values.some(x => x.value === v)) values.push({ value: v, n: 0 });
    if (f.sortByValue) values.sort((a, b) => b.value.localeCompare(a.value, undefined, { numeric: true }));
    if (filter) {
      const q = filter.toLowerCase();
      values = values.filter(x => {
        const l = MG.labels.get(x.value) || {};
        return [l.zh, l.en, l.notation, x.value].some(s => s && s.toLowerCase().includes(q));
      });
    }
    const item = x => {
      const cb = el('input', { type: 'checkbox', 'data-value': x.value });
      cb.checked = selected.has(x.value);
      cb.addEventListener('change', () => update(s => {
        const key = f.type === 'iri' ? MG.shortIri(x.value) : x.value;
        const cur = (s.facets[f.key] || []).filter(v => v !== key);
        if (cb.checked) cur.push(key);
        if (cur.length) s.facets[f.key] = cur; else delete s.facets[f.key];
        s.page = 1;
      }));
      const l = MG.labels.get(x.value) || {};
      const title = f.type === 'iri' ? [l.zh, l.en].filter(Boolean).join(' · ') || x.value : null;
      return el('li', {}, el('label', { title }, cb, el('span', { class: 'name' }, valueLabel(f, x.value)), el('span', { class: 'count' }, String(x.n))));
    };
    const list = (vals, id) => {
      const open = X.expanded.has(id) || filter;
      const ul = el('ul', {}, (open ? vals : vals.slice(0, 8)).map(item));
      const frag = [ul];
      if (vals.length > 8 && !filter) {
        const more = el('button', { type: 'button', class: 'more' }, open ? t('f.less') : t('f.more') + ' (' + (vals.length - 8) + ')');
        more.addEventListener('click', () => { if (X.expanded.has(id)) X.expanded.delete(id); else X.expanded.add(id); renderFacet(f); });
        frag.push(more);
      }
      return frag;
    };
    box.replaceChildren();
    if (f.grouped) {
      for (const g of MG.KIND_GROUPS) {
        const vals = values.filter(x => MG.kindGroup(x.value) === g);
        if (!vals.length) continue;
        box.append(el('div', { class: 'group', 'data-group': g }, el('h4', {}, t('g.' + g)), list(vals, f.key + ':' + g)));
      }
    } else {
      box.append(...list(values, f.key));
    }
    document.querySelector(`.facet[data-facet="${f.key}"]`).classList.toggle('empty', !values.length && !filter);
  }

  function renderChips() {
    const box = document.getElementById('x-chips');
    box.replaceChildren();
    for (const f of FACETS) {
      for (const v of X.state.facets[f.key] || []) {
        const full = f.type === 'iri' ? MG.longIri(v) : v;
        const x = el('button', { type: 'button', class: 'chip-x', title: '×' }, '×');
        x.addEventListener('click', () => update(s => {
          s.facets[f.key] = s.facets[f.key].filter(y => y !== v);
          if (!s.facets[f.key].length) delete s.facets[f.key];
          s.page = 1;
        }));
        box.append(el('span', { class: 'chip selected', 'data-facet': f.key }, t('f.' + f.key) + ': ' + valueLabel(f, full), x));
      }
    }
    if (box.children.length) {
      const clear = el('button', { type: 'button', class: 'clear' }, t('x.clear'));
      clear.addEventListener('click', () => update(s => { s.facets = {}; s.q = ''; s.page = 1; }));
      box.append(clear);
    }
  }

  function render() {
    const s = X.state;
    const pages = Math.max(1, Math.ceil(X.total / s.size));
    document.getElementById('x-status').textContent = X.total + ' ' + t('x.results') + ' · ' + t('x.page') + ' ' + s.page + ' / ' + pages;
    document.getElementById('x-prev').disabled = s.page <= 1;
    document.getElementById('x-next').disabled = s.page >= pages;
    document.getElementById('x-sort').value = s.sort;
    document.getElementById('x-size').value = String(s.size);
    const q = document.getElementById('x-q');
    if (document.activeElement !== q) q.value = s.q;
    renderChips();
    FACETS.forEach(renderFacet);
    renderTable();
    X.ready = true;
  }

  function skeleton() {
    const box = document.getElementById('facets');
    for (const f of FACETS) {
      const sec = el('section', { class: 'facet', 'data-facet': f.key }, el('h3', { 'data-i18n': 'f.' + f.key }, t('f.' + f.key)));
      if (f.search) {
        const input = el('input', { type: 'search', class: 'search', 'data-i18n-placeholder': 'f.search', placeholder: t('f.search') });
        input.addEventListener('input', () => renderFacet(f));
        sec.append(input);
      }
      sec.append(el('div', { class: 'values' }));
      box.append(sec);
    }
    const sort = document.getElementById('x-sort');
    for (const k of Object.keys(SORTS)) sort.append(el('option', { value: k, 'data-i18n': 'sort.' + k }, t('sort.' + k)));
    sort.addEventListener('change', () => update(s => { s.sort = sort.value; s.page = 1; }));
    const size = document.getElementById('x-size');
    size.addEventListener('change', () => update(s => { s.size = parseInt(size.value, 10); s.page = 1; }));
    document.getElementById('x-prev').addEventListener('click', () => update(s => { s.page = Math.max(1, s.page - 1); }));
    document.getElementById('x-next').addEventListener('click', () => update(s => { s.page += 1; }));
    document.getElementById('x-form').addEventListener('submit', ev => {
      ev.preventDefault();
      update(s => { s.q = document.getElementById('x-q').value.trim(); s.page = 1; });
    });
    document.getElementById('x-csv').addEventListener('click', () => MG.download('mandates.csv', 'text/csv', X.csvText()));
    document.getElementById('x-json').addEventListener('click', () => MG.download('mandates.json', 'application/json', X.jsonText()));
  }

  let built = false;
  MG.views.explore = {
    async show(params) {
      if (!built) { skeleton(); built = true; }
      X.ready = false;
      X.state = readState(params);
      await run(X.state);
    },
    relabel() { if (X.state && X.ready) render(); },
  };
  MG.FACETS = FACETS;
  MG.facet = BY_KEY;
})();
