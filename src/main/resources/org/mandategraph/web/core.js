// MandateGraph web page: shared helpers. Every query goes to the SPARQL endpoint; every piece of data is put into
// the page with textContent or attributes, never as HTML.
'use strict';

const MG = window.mandategraph = {
  ID: 'https://w3id.org/mandategraph/id/',
  NS: 'https://w3id.org/mandategraph/ontology#',
  config: { sparql: '/kg/sparql', textIndex: false },
  lang: 'zh',
  labels: new Map(),   // IRI -> { zh, en, kind, cls, notation }
  views: {},           // tab name -> { show(params), relabel() }
  charts: {},
  cy: null, graphNodes: 0, mandatesListed: -1,
};

MG.PREFIXES = `PREFIX mg: <${MG.NS}>
PREFIX id: <${MG.ID}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX text: <http://jena.apache.org/text#>
PREFIX oa: <http://www.w3.org/ns/oa#>
`;

MG.el = function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
};
const el = MG.el;

MG.href = iri => iri.startsWith(MG.ID) ? '/id/' + iri.substring(MG.ID.length) : iri;
MG.link = function (iri, text, attrs) {
  const a = el('a', Object.assign({ href: MG.href(iri), title: iri }, attrs || {}), text || iri);
  if (!iri.startsWith(MG.ID)) a.rel = 'noopener';
  return a;
};

/** A SPARQL string literal. */
MG.literal = s => '"' + String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r') + '"';
/** An IRI from our own lists or the URL; anything that is not a plain IRI is refused. */
MG.iriRef = function (iri) {
  if (!/^https?:\/\/[^\s<>"{}|\\^`]+$/.test(iri)) throw new Error('bad IRI ' + iri);
  return '<' + iri + '>';
};
/** Short forms used in URLs: id: and mg: prefixes dropped. */
MG.shortIri = iri => iri.startsWith(MG.ID) ? iri.substring(MG.ID.length) : iri.startsWith(MG.NS) ? 'mg:' + iri.substring(MG.NS.length) : iri;
MG.longIri = s => s.startsWith('mg:') ? MG.NS + s.substring(3) : /^https?:/.test(s) ? s : MG.ID + s;

MG.sparql = async function (query) {
  const body = new URLSearchParams({ query: query.includes('PREFIX mg:') ? query : MG.PREFIXES + query });
  const accept = { 'Accept': 'application/sparql-results+json' };
  const url = MG.config.sparql + '?' + body.toString();
  // GET (cacheable) unless the query is too long for a URL
  const t0 = performance.now();
  const resp = url.length < 6000 ? await fetch(url, { headers: accept })
    : await fetch(MG.config.sparql, { method: 'POST', headers: Object.assign({ 'Content-Type': 'application/x-www-form-urlencoded' }, accept), body });
  if (!resp.ok) throw new Error('SPARQL ' + resp.status + ': ' + (await resp.text()).slice(0, 300));
  const json = await resp.json();
  MG.timings.push({ ms: Math.round(performance.now() - t0), query });
  if (MG.timings.length > 200) MG.timings.shift();
  return json;
};
/** The last queries and how long each took (for finding slow ones). */
MG.timings = [];
/** Script errors, kept for the tests to report. */
MG.errors = [];
window.addEventListener('error', e => MG.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', e => MG.errors.push(String(e.reason && (e.reason.stack || e.reason))));
MG.rows = async q => (await MG.sparql(q)).results.bindings;
MG.v = (b, name) => b[name] ? b[name].value : null;

// ---------- languages ----------
MG.I18N = {
  zh: {
    'tab.overview': '概览', 'tab.explore': '任务授权', 'tab.questions': '问题', 'tab.graph': '图',
    'lang.switch': 'English', 'brand.sub': '任务授权图谱',
    'ov.docs': '文件（按机构和年份）', 'ov.verbs': '任务授权（按动词及类别）', 'ov.addressees': '任务授权（按对象）',
    'ov.instruments': '引用最多的文书', 'ov.provisions': '引用最多的条款', 'ov.due': '报告任务（按提交届会）',
    'ov.hint': '点击任一条形即在任务授权浏览器中打开', 'kpi.documents': '文件', 'kpi.mandates': '任务授权',
    'kpi.paragraphs': '执行段落', 'kpi.citations': '引用', 'kpi.reporting': '报告任务', 'kpi.answered': '已有报告回应',
    'answered': '已回应', 'open': '未回应', 'nodate': '无日期', 'session': '届会',
    'f.addressee': '对象', 'f.issuer': '发文机构', 'f.verb': '动词', 'f.verbClass': '动词类别', 'f.topic': '主题',
    'f.instrument': '引用的文书', 'f.year': '年份', 'f.docType': '文件类型', 'f.reportTo': '报告对象',
    'f.due': '提交届会', 'f.answered': '报告状况', 'f.search': '搜索…', 'f.more': '更多', 'f.less': '收起',
    'g.organs': '机关和机构', 'g.offices': '办公室、方案和组织', 'g.posts': '职位', 'g.states': '会员国',
    'g.collectives': '国家群体', 'g.other': '其他',
    'x.text': '全文', 'x.clear': '清除全部', 'x.results': '条任务授权', 'x.page': '页', 'x.prev': '上一页', 'x.next': '下一页',
    'x.sort': '排序', 'sort.date-desc': '日期（新→旧）', 'sort.date-asc': '日期（旧→新）', 'sort.document': '文件和段落',
    'sort.addressee': '对象', 'sort.verb': '动词', 'x.csv': '下载 CSV', 'x.json': '下载 JSON', 'x.size': '每页',
    'c.paragraph': '段落', 'c.document': '文件', 'c.date': '日期', 'c.verb': '动词', 'c.addressee': '对象',
    'c.topics': '主题', 'c.due': '提交', 'c.answered': '回应', 'x.none': '没有符合条件的任务授权',
    'q.run': '运行', 'q.sparql': 'SPARQL（可编辑）', 'q.rows': '行', 'q.pick': '选择一个问题',
    'gr.network': '网络', 'gr.mandates': '任务授权', 'gr.citations': '引用', 'gr.all': '全部', 'gr.verbClass': '动词类别',
    'gr.topic': '主题', 'gr.kind': '对象类型', 'gr.year': '年份', 'gr.any': '全部', 'gr.nodes': '节点', 'gr.edges': '边',
    'gr.expand': '展开邻居', 'gr.explore': '在浏览器中查看', 'gr.open': '打开', 'gr.hint': '点击节点查看详情；双击展开其邻居',
    'gr.capped': '仅显示权重最高的连接', 'gr.mandatesOf': '任务授权', 'gr.cap': '上限',
  },
  en: {
    'tab.overview': 'Overview', 'tab.explore': 'Mandates', 'tab.questions': 'Questions', 'tab.graph': 'Graph',
    'lang.switch': '中文', 'brand.sub': 'UN mandates as a graph',
    'ov.docs': 'Documents by body and year', 'ov.verbs': 'Mandates by verb and verb class', 'ov.addressees': 'Mandates by addressee',
    'ov.instruments': 'Most-cited instruments', 'ov.provisions': 'Most-cited articles', 'ov.due': 'Reporting mandates by due session',
    'ov.hint': 'Click any bar to open the mandate explorer with it', 'kpi.documents': 'documents', 'kpi.mandates': 'mandates',
    'kpi.paragraphs': 'operative paragraphs', 'kpi.citations': 'citations', 'kpi.reporting': 'reporting mandates', 'kpi.answered': 'answered by a report',
    'answered': 'answered', 'open': 'not answered', 'nodate': 'no date', 'session': 'session',
    'f.addressee': 'Addressee', 'f.issuer': 'Issued by', 'f.verb': 'Verb', 'f.verbClass': 'Verb class', 'f.topic': 'Topic',
    'f.instrument': 'Instrument cited', 'f.year': 'Year', 'f.docType': 'Document type', 'f.reportTo': 'Report to',
    'f.due': 'Due session', 'f.answered': 'Reporting status', 'f.search': 'Search…', 'f.more': 'more', 'f.less': 'fewer',
    'g.organs': 'Organs and bodies', 'g.offices': 'Offices, programmes, organizations', 'g.posts': 'Posts', 'g.states': 'Member States',
    'g.collectives': 'Collectives of States', 'g.other': 'Other',
    'x.text': 'Text', 'x.clear': 'Clear all', 'x.results': 'mandates', 'x.page': 'page', 'x.prev': 'Previous', 'x.next': 'Next',
    'x.sort': 'Sort', 'sort.date-desc': 'Date (newest first)', 'sort.date-asc': 'Date (oldest first)', 'sort.document': 'Document and paragraph',
    'sort.addressee': 'Addressee', 'sort.verb': 'Verb', 'x.csv': 'Download CSV', 'x.json': 'Download JSON', 'x.size': 'per page',
    'c.paragraph': 'Paragraph', 'c.document': 'Document', 'c.date': 'Date', 'c.verb': 'Verb', 'c.addressee': 'Addressee',
    'c.topics': 'Topics', 'c.due': 'Due', 'c.answered': 'Answered', 'x.none': 'No mandate matches',
    'q.run': 'Run', 'q.sparql': 'SPARQL (editable)', 'q.rows': 'rows', 'q.pick': 'Pick a question',
    'gr.network': 'Network', 'gr.mandates': 'mandates', 'gr.citations': 'citations', 'gr.all': 'all', 'gr.verbClass': 'Verb class',
    'gr.topic': 'Topic', 'gr.kind': 'Addressee kind', 'gr.year': 'Year', 'gr.any': 'any', 'gr.nodes': 'nodes', 'gr.edges': 'edges',
    'gr.expand': 'Expand neighbours', 'gr.explore': 'Show in explorer', 'gr.open': 'Open', 'gr.hint': 'Click a node for details; double-click to expand it',
    'gr.capped': 'strongest links only', 'gr.mandatesOf': 'Mandates', 'gr.cap': 'cap',
  },
};
MG.t = key => (MG.I18N[MG.lang] && MG.I18N[MG.lang][key]) || MG.I18N.en[key] || key;
MG.other = () => MG.lang === 'zh' ? 'en' : 'zh';

/** The label of an IRI in the page language, else the other language, else its last path segment. */
MG.label = function (iri) {
  const l = MG.labels.get(iri);
  if (l && (l[MG.lang] || l[MG.other()])) return l[MG.lang] || l[MG.other()];
  const s = MG.shortIri(iri);
  // a document known only by its IRI: resolution/COP-UNTOC/10/4 → COP-UNTOC 10/4
  const m = /^(resolution|decision)\/([^/]+)\/(.+)$/.exec(s);
  return m ? m[2] + ' ' + m[3] : s;
};
/** A short label for crowded places (charts, graph): the English code or notation when there is one. */
MG.shortLabel = function (iri) {
  const l = MG.labels.get(iri);
  if (MG.lang === 'en' && l && l.notation && l.en && l.en.length > 28) return l.notation;
  return MG.label(iri);
};
MG.kindGroup = function (iri) {
  const l = MG.labels.get(iri) || {};
  if (l.cls === 'State') return 'states';
  const k = l.kind || '';
  if (l.cls === 'StateGroup' || k === 'state-group' || k === 'collective') return 'collectives';
  if (k === 'post') return 'posts';
  if (['organ', 'committee', 'commission', 'subsidiary', 'conference', 'treaty-body', 'expert-group', 'task-force',
    'regional-commission'].includes(k)) return 'organs';
  if (k) return 'offices';
  return 'other';
};
MG.KIND_GROUPS = ['organs', 'offices', 'posts', 'states', 'collectives', 'other'];

/** Labels of the reference data (bodies, States, verbs, topics, instruments) and of the ontology's classes. */
MG.loadLabels = async function () {
  const rows = await MG.rows(`SELECT ?x ?l ?kind ?cls ?notation {
    { ?x skos:prefLabel ?l } UNION { ?x rdfs:label ?l FILTER(STRSTARTS(STR(?x), STR(mg:))) }
    FILTER(lang(?l) IN ("zh", "en"))
    OPTIONAL { ?x mg:kind ?kind } OPTIONAL { ?x skos:notation ?notation }
    OPTIONAL { ?x a ?cls FILTER(?cls IN (mg:Body, mg:StateGroup, mg:State, mg:Instrument)) } }`);
  for (const b of rows) {
    const x = b.x.value;
    const e = MG.labels.get(x) || {};
    e[b.l['xml:lang']] = e[b.l['xml:lang']] || b.l.value;
    if (b.kind) e.kind = b.kind.value;
    if (b.cls) e.cls = b.cls.value.substring(MG.NS.length);
    if (b.notation) e.notation = b.notation.value;
    MG.labels.set(x, e);
  }
};
/** Labels found in query results (documents' symbols, provisions' rdfs:label) join the cache. */
MG.addLabel = function (iri, zh, en) {
  const e = MG.labels.get(iri) || {};
  if (zh && !e.zh) e.zh = zh;
  if (en && !e.en) e.en = en;
  MG.labels.set(iri, e);
};

MG.applyI18n = function () {
  document.documentElement.lang = MG.lang;
  document.querySelectorAll('[data-i18n]').forEach(e => { e.textContent = MG.t(e.dataset.i18n); });
  document.querySelectorAll('[data-i18n-placeholder]').forEach(e => { e.placeholder = MG.t(e.dataset.i18nPlaceholder); });
};

// ---------- downloads ----------
MG.csv = function (header, rows) {
  const q = s => {
    const v = s === null || s === undefined ? '' : String(s);
    return /[",\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  };
  return [header, ...rows].map(r => r.map(q).join(',')).join('\r\n') + '\r\n';
};
MG.lastDownload = null;
MG.download = function (name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  MG.lastDownload = { name, type, url, text };
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
};

/** A SPARQL JSON result as a table; IRIs are links, literals text. */
MG.resultTable = function (json) {
  const vars = json.head.vars || [];
  const cell = term => {
    if (!term) return el('td', {});
    if (term.type === 'uri') return el('td', {}, MG.link(term.value, MG.shortIri(term.value)));
    const td = el('td', {}, term.value);
    if (term['xml:lang']) td.lang = term['xml:lang'];
    return td;
  };
  return el('table', { class: 'results' },
    el('thead', {}, el('tr', {}, vars.map(v => el('th', {}, v)))),
    el('tbody', {}, (json.results ? json.results.bindings : []).map(b => el('tr', {}, vars.map(v => cell(b[v]))))));
};
MG.resultCsv = json => MG.csv(json.head.vars, json.results.bindings.map(b => json.head.vars.map(v => b[v] ? b[v].value : '')));

// ---------- routing: #tab?key=value&… ----------
MG.parseHash = function () {
  const h = location.hash.replace(/^#/, '');
  const i = h.indexOf('?');
  const tab = (i < 0 ? h : h.substring(0, i)) || 'overview';
  const params = new URLSearchParams(i < 0 ? '' : h.substring(i + 1));
  return { tab, params };
};
MG.go = function (tab, params, replace) {
  const qs = params && params.toString();
  const hash = '#' + tab + (qs ? '?' + qs : '');
  if (location.hash === hash) { MG.route(); return; }
  if (replace) { history.replaceState(null, '', hash); MG.route(); } else location.hash = hash;
};
MG.route = function () {
  const { tab, params } = MG.parseHash();
  const name = MG.views[tab] ? tab : 'overview';
  document.querySelectorAll('.tab').forEach(b => b.classList.toggle('active', b.dataset.tab === name));
  document.querySelectorAll('.panel').forEach(p => p.classList.toggle('active', p.id === name));
  MG.current = name;
  MG.views[name].show(params).catch(e => MG.error(name, e));
};
MG.error = function (where, e) {
  console.error(e);
  const s = document.querySelector('#' + where + ' .status');
  if (s) s.textContent = String(e.message || e);
};
