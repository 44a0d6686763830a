// The landing overview: what the store holds at a glance, small ECharts bar charts whose bars open the explorer.
'use strict';
(function () {
  const { el, t } = MG;
  const ANSWERED = `(EXISTS { ?rep_a mg:answersMandate ?m }
      || EXISTS { ?rep_b mg:respondsTo ?doc FILTER NOT EXISTS { ?rep_b mg:answersMandate ?other_b } })`;
  const CLASS_COLORS = ['#0b5cad', '#e07b00', '#2f9e44', '#6c5ce7', '#c0392b', '#16a085'];
  const PALETTE = ['#0b5cad', '#e07b00', '#2f9e44', '#6c5ce7', '#c0392b', '#16a085', '#8e44ad', '#d35400', '#2c3e50', '#7f8c8d'];

  /** Explorer parameters for a bar: facet key → values (short IRIs or literals). */
  function explore(facets) {
    const p = new URLSearchParams();
    for (const [k, vals] of Object.entries(facets)) for (const v of [].concat(vals)) if (v) p.append(k, v);
    if (MG.lang === 'en') p.set('lang', 'en');
    return p.toString(); // a string: ECharts copies data items, which would lose a URLSearchParams
  }

  /** A short label of a provision from its IRI: UNTOC 第 7 条第 1 款 / UNTOC art. 7(1). */
  function provisionLabel(iri) {
    const parts = MG.shortIri(iri).split('/');
    const code = parts[1];
    const instr = MG.ID + 'instrument/' + code;
    const l = MG.labels.get(instr) || {};
    const name = l.notation || code;
    let zh = '', en = '', seenArt = false;
    for (let i = 2; i + 1 < parts.length; i += 2) {
      const [k, n] = [parts[i], parts[i + 1]];
      if (k === 'art') { zh += '第' + n + '条'; en += ' art. ' + n; seenArt = true; }
      else if (k === 'para') { zh += seenArt ? '第' + n + '款' : '第' + n + '段'; en += seenArt ? '(' + n + ')' : ' para. ' + n; }
      else if (k === 'subpara') { zh += '(' + n + ')项'; en += '(' + n + ')'; }
      else if (k === 'chap') { zh += '第' + n + '章'; en += ' chap. ' + n; }
    }
    return MG.lang === 'zh' ? name + ' ' + zh : name + en;
  }

  // Every chart but the reports coming due reads the totals kept at load time (graph …/summary), a few thousand
  // nodes whatever the size of the store; whether a report answered a mandate is a link between documents, so that
  // chart walks the reporting mandates (a few in a hundred) at query time.
  const S = '<https://w3id.org/mandategraph/graph/summary>';
  const QUERIES = {
    docs: `SELECT ?by ?year ?n { GRAPH ${S} { ?t a mg:IssuerTotal ; mg:documentCount ?n .
      OPTIONAL { ?t mg:issuedBy ?by } OPTIONAL { ?t mg:year ?y } } BIND(COALESCE(?y, "") AS ?year) }`,
    verbs: `SELECT ?verb ?cls ?n { GRAPH ${S} { ?t a mg:VerbTotal ; mg:about ?verb ; mg:mandateCount ?n
      FILTER NOT EXISTS { ?t mg:issuedBy ?anyBody } } OPTIONAL { ?verb mg:verbClass ?cls } } ORDER BY DESC(?n) ?verb`,
    addressees: `SELECT ?a ?n { GRAPH ${S} { ?t a mg:EntityTotal ; mg:about ?a ; mg:addressingMandateCount ?n } }
      ORDER BY DESC(?n) ?a LIMIT 12`,
    instruments: `SELECT ?i ?n { GRAPH ${S} { ?t a mg:EntityTotal ; mg:about ?i ; mg:citingWithinParagraphCount ?n }
      ?i a mg:Instrument } ORDER BY DESC(?n) ?i LIMIT 10`,
    provisions: `SELECT ?c ?n { GRAPH ${S} { ?t a mg:EntityTotal ; mg:about ?c ; mg:citingParagraphCount ?n }
      ?c a mg:Provision } ORDER BY DESC(?n) ?c LIMIT 10`,
    // the reporting mandates first (a few in a hundred), so only they are walked to their document
    due: `SELECT ?to ?due ?status (COUNT(DISTINCT ?m) AS ?n) {
      { SELECT DISTINCT ?m { ?m mg:reportTo|mg:dueSession ?r } }
      ?m a mg:Mandate ; mg:inParagraph ?ip . ?ip mg:partOf* ?top . ?top mg:partOf ?doc . ?doc a mg:Document .
      OPTIONAL { ?m mg:reportTo ?to } OPTIONAL { ?m mg:dueSession ?due }
      BIND(IF(${ANSWERED}, "answered", "open") AS ?status) } GROUP BY ?to ?due ?status ORDER BY ?due ?to`,
    kpis: `SELECT ?documents ?mandates ?paragraphs ?citations ?reporting { GRAPH ${S} { ?t a mg:StoreTotal .
      OPTIONAL { ?t mg:documentCount ?documents } OPTIONAL { ?t mg:mandateCount ?mandates }
      OPTIONAL { ?t mg:operativeCount ?paragraphs } OPTIONAL { ?t mg:citationCount ?citations }
      OPTIONAL { ?t mg:reportingMandateCount ?reporting } } }`,
  };
  const KPIS = ['documents', 'mandates', 'paragraphs', 'citations', 'reporting'];

  const O = MG.overview = { data: null };

  async function load() {
    const entries = Object.entries(QUERIES);
    const res = await Promise.all(entries.map(([, q]) => MG.rows(q)));
    const data = Object.fromEntries(entries.map(([k], i) => [k, res[i]]));
    const totals = data.kpis[0] || {}; // an empty store has no total: every count is 0
    data.kpis = Object.fromEntries(KPIS.map(k => [k, totals[k] ? parseInt(totals[k].value, 10) : 0]));
    return data;
  }

  function chart(id, option) {
    const div = document.querySelector('#' + id + ' .chart');
    const c = echarts.getInstanceByDom(div) || echarts.init(div, null, { renderer: 'canvas' });
    c.setOption(Object.assign({ animation: false, textStyle: { fontFamily: getComputedStyle(document.body).fontFamily } }, option), true);
    c.off('click');
    c.on('click', p => { if (p.data && p.data.go) MG.go('explore', p.data.go); });
    MG.charts[id] = { chart: c };
    return c;
  }

  const horizontal = (id, rows, label, go) => {
    const data = rows.map(b => ({ value: parseInt(b.n.value, 10), iri: Object.values(b)[0].value, go: go(b) })).reverse();
    const cats = rows.map(label).reverse();
    chart(id, {
      grid: { left: 8, right: 36, top: 6, bottom: 6, containLabel: true },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eef2f6' } } },
      yAxis: { type: 'category', data: cats, axisLabel: { width: 210, overflow: 'truncate', fontSize: 11 }, axisTick: { show: false } },
      series: [{ type: 'bar', data, itemStyle: { color: PALETTE[0] }, label: { show: true, position: 'right', fontSize: 11 }, barMaxWidth: 18, cursor: 'pointer' }],
    });
    MG.charts[id].rows = rows.map((b, i) => ({ iri: Object.values(b)[0].value, label: label(b), value: parseInt(b.n.value, 10) }));
  };

  function render() {
    const d = O.data;
    const k = d.kpis;
    const answered = d.due.filter(b => b.status.value === 'answered').reduce((s, b) => s + parseInt(b.n.value, 10), 0);
    document.getElementById('kpis').replaceChildren(...[
      ['documents', k.documents], ['paragraphs', k.paragraphs], ['mandates', k.mandates], ['citations', k.citations],
      ['reporting', k.reporting], ['answered', answered],
    ].map(([key, n]) => el('div', { class: 'kpi', 'data-kpi': key }, el('b', {}, String(n)), el('span', {}, t('kpi.' + key)))));

    // documents by body and year: one stacked series per body
    const years = [...new Set(d.docs.map(b => b.year.value))].sort((a, b) => (a || '9999').localeCompare(b || '9999'));
    const bodies = [...new Set(d.docs.map(b => b.by ? b.by.value : ''))];
    chart('ch-docs', {
      grid: { left: 8, right: 12, top: 34, bottom: 6, containLabel: true },
      tooltip: { trigger: 'item' },
      legend: { top: 0, type: 'scroll', textStyle: { fontSize: 11 } },
      xAxis: { type: 'category', data: years.map(y => y || t('nodate')) },
      yAxis: { type: 'value', minInterval: 1 },
      series: bodies.map((by, i) => ({
        type: 'bar', stack: 'docs', name: by ? MG.shortLabel(by) : '—', itemStyle: { color: PALETTE[i % PALETTE.length] }, barMaxWidth: 36,
        data: years.map(y => {
          const b = d.docs.find(x => (x.by ? x.by.value : '') === by && x.year.value === y);
          return b ? { value: parseInt(b.n.value, 10), go: explore({ issuer: by && MG.shortIri(by), year: y }) } : null;
        }),
      })),
    });
    MG.charts['ch-docs'].rows = d.docs.map(b => ({ iri: b.by ? b.by.value : '', year: b.year.value, value: parseInt(b.n.value, 10) }));

    // mandates by verb, one series per verb class
    const classes = [...new Set(d.verbs.map(b => b.cls ? b.cls.value : ''))];
    const verbs = d.verbs.map(b => b.verb.value);
    chart('ch-verbs', {
      grid: { left: 8, right: 12, top: 34, bottom: 6, containLabel: true },
      tooltip: { trigger: 'item' },
      legend: { top: 0, textStyle: { fontSize: 11 } },
      xAxis: { type: 'category', data: verbs.map(MG.label), axisLabel: { interval: 0, fontSize: 11 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: classes.map((cls, i) => ({
        type: 'bar', stack: 'v', name: cls ? MG.label(cls) : '—', itemStyle: { color: CLASS_COLORS[i % CLASS_COLORS.length] }, barMaxWidth: 36,
        label: { show: true, position: 'top', fontSize: 11 },
        data: d.verbs.map(b => (b.cls ? b.cls.value : '') === cls
          ? { value: parseInt(b.n.value, 10), iri: b.verb.value, go: explore({ verb: MG.shortIri(b.verb.value) }) } : null),
      })),
    });
    MG.charts['ch-verbs'].rows = d.verbs.map(b => ({ iri: b.verb.value, value: parseInt(b.n.value, 10) }));

    horizontal('ch-addressees', d.addressees, b => MG.shortLabel(b.a.value), b => explore({ addressee: MG.shortIri(b.a.value) }));
    horizontal('ch-instruments', d.instruments, b => MG.shortLabel(b.i.value), b => explore({ instrument: MG.shortIri(b.i.value) }));
    horizontal('ch-provisions', d.provisions, b => provisionLabel(b.c.value), b => explore({ instrument: MG.shortIri(b.c.value) }));

    // reporting mandates by (receiving body, due session), answered or not
    const key = b => (b.to ? b.to.value : '') + '|' + (b.due ? b.due.value : '');
    const cats = [...new Set(d.due.map(key))];
    const catLabel = c => {
      const [to, due] = c.split('|');
      return (due ? (MG.lang === 'zh' ? '第' + due + '届 ' : 'session ' + due + ' · ') : '') + (to ? MG.shortLabel(to) : '—');
    };
    chart('ch-due', {
      grid: { left: 8, right: 12, top: 34, bottom: 6, containLabel: true },
      tooltip: { trigger: 'item' },
      legend: { top: 0, textStyle: { fontSize: 11 } },
      xAxis: { type: 'category', data: cats.map(catLabel), axisLabel: { interval: 0, fontSize: 11, width: 200, overflow: 'truncate' } },
      yAxis: { type: 'value', minInterval: 1 },
      series: ['open', 'answered'].map(status => ({
        type: 'bar', stack: 'due', name: t(status), barMaxWidth: 36,
        itemStyle: { color: status === 'open' ? '#c0392b' : '#2f9e44' },
        data: cats.map(c => {
          const b = d.due.find(x => key(x) === c && x.status.value === status);
          const [to, due] = c.split('|');
          return b ? { value: parseInt(b.n.value, 10), go: explore({ reportTo: to && MG.shortIri(to), due, answered: status }) } : null;
        }),
      })),
    });
    MG.charts['ch-due'].rows = d.due.map(b => ({ to: b.to ? b.to.value : '', due: b.due ? b.due.value : '', status: b.status.value, value: parseInt(b.n.value, 10) }));
    O.ready = true;
  }

  MG.views.overview = {
    async show() {
      if (!O.data) O.data = await load();
      render();
      Object.values(MG.charts).forEach(c => c.chart.resize());
    },
    relabel() { if (O.data) render(); },
  };
  MG.provisionLabel = provisionLabel;
})();
