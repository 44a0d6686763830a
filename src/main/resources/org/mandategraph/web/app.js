// MandateGraph web page: start-up, the zh/en switch and the tabs. Views live in overview.js, explorer.js,
// questions.js and graph.js; shared helpers in core.js.
'use strict';
(function () {
  async function start() {
    try {
      MG.config = await (await fetch('/config.json')).json();
    } catch (e) { /* defaults */ }
    const { params } = MG.parseHash();
    MG.lang = params.get('lang') === 'en' ? 'en' : params.get('lang') === 'zh' ? 'zh' : (localStorage.getItem('mg.lang') || 'zh');
    MG.applyI18n();
    await MG.loadLabels();
    MG.topicWords = new Map();
    for (const b of await MG.rows(`SELECT ?t ?w { ?t a mg:Topic ; skos:prefLabel|skos:altLabel|skos:hiddenLabel ?w }`)) {
      const list = MG.topicWords.get(b.t.value) || [];
      list.push(b.w.value);
      MG.topicWords.set(b.t.value, list);
    }
    for (const list of MG.topicWords.values()) list.sort((a, b) => b.length - a.length);
    document.querySelectorAll('.tab').forEach(b => b.addEventListener('click', () => {
      const p = new URLSearchParams();
      if (MG.lang === 'en') p.set('lang', 'en');
      MG.go(b.dataset.tab, p);
    }));
    document.getElementById('lang-switch').addEventListener('click', () => setLang(MG.other()));
    window.addEventListener('hashchange', () => {
      const l = MG.parseHash().params.get('lang');
      if ((l === 'en' || l === 'zh') && l !== MG.lang) setLanguage(l);
      MG.route();
    });
    MG.route();
  }

  function setLanguage(lang) {
    MG.lang = lang;
    localStorage.setItem('mg.lang', lang);
    MG.applyI18n();
    Object.values(MG.views).forEach(v => v.relabel());
  }

  /** Switches the language in place and keeps it in the URL so a shared link opens in the same language. */
  function setLang(lang) {
    setLanguage(lang);
    const { tab, params } = MG.parseHash();
    if (lang === 'en') params.set('lang', 'en'); else params.delete('lang');
    const qs = params.toString();
    history.replaceState(null, '', '#' + tab + (qs ? '?' + qs : ''));
  }
  MG.setLang = setLang;

  start();
})();
