// Canned questions (queries/*.rq): run on click, show the table, the SPARQL (editable, re-runnable), downloads.
'use strict';
(function () {
  const { el, t } = MG;
  const Q = MG.questions = { list: [], current: null, result: null };

  /** Title and description from the file's leading comment lines. */
  function meta(text) {
    const lines = text.split('\n').filter(l => l.startsWith('#')).map(l => l.replace(/^#+\s?/, ''));
    const get = k => {
      const i = lines.findIndex(l => l.startsWith(k + ':'));
      if (i < 0) return '';
      const out = [lines[i].substring(k.length + 1).trim()];
      for (let j = i + 1; j < lines.length && /^\s/.test(lines[j]); j++) out.push(lines[j].trim());
      return out.join(' ');
    };
    return { title: get('title'), description: get('description') };
  }

  async function run(query) {
    const status = document.getElementById('q-status');
    status.textContent = '…';
    const box = document.getElementById('question-results');
    try {
      const t0 = performance.now();
      const json = await MG.sparql(query);
      Q.result = json;
      box.replaceChildren(MG.resultTable(json));
      const n = json.results ? json.results.bindings.length : 0;
      status.textContent = n + ' ' + t('q.rows') + ' · ' + Math.round(performance.now() - t0) + ' ms';
      document.getElementById('q-downloads').hidden = false;
      pages(query, n);
    } catch (e) {
      Q.result = null;
      box.replaceChildren();
      document.getElementById('q-pages').hidden = true;
      status.textContent = String(e.message || e);
    }
  }

  /** A question that pages (LIMIT and OFFSET lines of its own) gets previous/next buttons that move its OFFSET. */
  const LIMIT = /^(\s*)LIMIT (\d+)\s*$/m, OFFSET = /^(\s*)OFFSET (\d+)\s*$/m;
  function pages(query, rows) {
    const limit = query.match(LIMIT), offset = query.match(OFFSET);
    const box = document.getElementById('q-pages');
    box.hidden = !(limit && offset);
    if (box.hidden) return;
    const size = parseInt(limit[2], 10), from = parseInt(offset[2], 10);
    document.getElementById('q-page').textContent = t('x.page') + ' ' + (Math.floor(from / size) + 1);
    const go = to => {
      const editor = document.getElementById('q-editor');
      editor.value = editor.value.replace(OFFSET, (m, indent) => indent + 'OFFSET ' + to);
      run(editor.value);
    };
    const prev = document.getElementById('q-prev'), next = document.getElementById('q-next');
    prev.disabled = from === 0;
    next.disabled = rows === 0;
    prev.onclick = () => go(Math.max(0, from - size));
    next.onclick = () => go(from + size);
  }

  function select(q) {
    Q.current = q;
    document.querySelectorAll('#question-list button').forEach(b => b.classList.toggle('active', b.dataset.name === q.name));
    const m = meta(q.query);
    document.getElementById('q-title').textContent = m.title || q.title;
    document.getElementById('q-description').textContent = m.description;
    document.getElementById('q-editor').value = q.query;
    document.getElementById('q-panel').hidden = false;
    return run(q.query);
  }

  let built = false;
  async function build() {
    const list = document.getElementById('question-list');
    Q.list = await (await fetch('/queries.json')).json();
    if (Q.list.length === 0) list.append(el('li', {}, '(no queries)'));
    for (const q of Q.list) {
      const b = el('button', { type: 'button', 'data-name': q.name, title: q.name }, meta(q.query).title || q.title);
      b.addEventListener('click', () => {
        const p = new URLSearchParams({ q: q.name });
        if (MG.lang === 'en') p.set('lang', 'en');
        MG.go('questions', p);
      });
      list.append(el('li', {}, b));
    }
    document.getElementById('q-run').addEventListener('click', () => run(document.getElementById('q-editor').value));
    document.getElementById('q-csv').addEventListener('click', () => Q.result
      && MG.download((Q.current ? Q.current.name : 'query') + '.csv', 'text/csv', MG.resultCsv(Q.result)));
    document.getElementById('q-json').addEventListener('click', () => Q.result
      && MG.download((Q.current ? Q.current.name : 'query') + '.json', 'application/sparql-results+json', JSON.stringify(Q.result, null, 2)));
  }

  MG.views.questions = {
    async show(params) {
      if (!built) { built = true; await build(); }
      const name = params.get('q');
      const q = Q.list.find(x => x.name === name);
      if (q && (!Q.current || Q.current.name !== name || !Q.result)) await select(q);
    },
    relabel() {},
  };
})();
