// Marsad's reference search page. Plain JavaScript, no build step: the page state lives in the
// query string (shareable URLs), every change re-renders from /api/search.
'use strict';

const FACETS = ['actor', 'country', 'topic', 'source'];
const NOT = { actor: 'notActor', country: 'notCountry', topic: 'notTopic', source: 'notSource' };
const LIST_PARAMS = [...FACETS, ...Object.values(NOT)];
const SCALAR_PARAMS = ['q', 'like', 'from', 'to', 'sort', 'page', 'collapse', 'dates', 'lang', 'doc'];
const PAGE_SIZE = 10;

const TEXT = {
  ar: {
    placeholder: 'ابحث عن فاعل أو بلد أو موضوع أو كلمات…', search: 'بحث', syntax: 'صيغة البحث',
    api: 'واجهة البرمجة', filters: 'التصفية', published: 'تاريخ النشر', byMonth: 'شهرياً', byYear: 'سنوياً',
    from: 'من', to: 'إلى', collapse: 'دمج الأخبار المتشابهة', sort: 'الترتيب', relevance: 'الأكثر صلة',
    newest: 'الأحدث', oldest: 'الأقدم', export: 'تصدير CSV', close: 'إغلاق',
    actor: 'الفاعلون', country: 'البلدان', topic: 'المواضيع', source: 'المصادر',
    total: (n) => `${n.toLocaleString('ar')} نتيجة`, partial: ' (نتائج جزئية: جزء من الفهرس لا يستجيب الآن)', none: 'لا نتائج. جرّب كلمات أخرى أو أزل بعض المرشحات.',
    exclude: 'استبعاد', include: 'إعادة', findValue: 'ابحث في القائمة…', similar: 'أخبار مشابهة',
    similarTo: 'مشابه لـ', dupes: (n) => `+${n} مشابه`, prev: 'السابق', next: 'التالي', clear: 'مسح الكل',
    kind: { actor: 'فاعل', country: 'بلد', topic: 'موضوع', title: 'عنوان' }, mentions: 'مرات الذكر',
    openSource: 'المصدر الأصلي', error: 'تعذر البحث: ', keyLabel: 'مفتاح الوصول', signIn: 'دخول', signOut: 'خروج', more: 'تتمة النص…',
    syntaxHelp: 'عبارة بين علامتي تنصيص <code>"المجلس الرئاسي"</code>، <code>+كلمة</code> إلزامية، <code>-كلمة</code> مستبعدة، <code>OR</code>، وحقول: <code>actor:khalifa-haftar</code> <code>country:LY</code> <code>topic:sanctions</code> <code>title:حفتر</code> <code>source:الوسط</code>.',
    footer: 'مرصد — بحث في الأخبار العربية حسب الفاعل والبلد والموضوع', other: 'English', dir: 'rtl',
  },
  en: {
    placeholder: 'Search an actor, country, topic or words…', search: 'Search', syntax: 'Query syntax',
    api: 'API', filters: 'Filters', published: 'Published', byMonth: 'by month', byYear: 'by year',
    from: 'From', to: 'To', collapse: 'Collapse near-duplicates', sort: 'Sort', relevance: 'Relevance',
    newest: 'Newest', oldest: 'Oldest', export: 'Export CSV', close: 'Close',
    actor: 'Actors', country: 'Countries', topic: 'Topics', source: 'Sources',
    total: (n) => `${n.toLocaleString('en')} results`, partial: ' (partial: part of the index is not answering now)', none: 'No results. Try other words or remove some filters.',
    exclude: 'Exclude', include: 'Include again', findValue: 'Find in list…', similar: 'Similar',
    similarTo: 'Similar to', dupes: (n) => `+${n} similar`, prev: 'Previous', next: 'Next', clear: 'Clear all',
    kind: { actor: 'actor', country: 'country', topic: 'topic', title: 'title' }, mentions: 'mentions',
    openSource: 'Original source', error: 'Search failed: ', keyLabel: 'Access key', signIn: 'Sign in', signOut: 'Sign out', more: 'More of the text…',
    syntaxHelp: '<code>"exact phrase"</code>, <code>+must</code>, <code>-mustNot</code>, <code>OR</code>, and fields: <code>actor:khalifa-haftar</code> <code>country:LY</code> <code>topic:sanctions</code> <code>title:حفتر</code> <code>source:الوسط</code>.',
    footer: 'Marsad — search Arabic news by actor, country and topic', other: 'العربية', dir: 'ltr',
  },
};

const $ = (id) => document.getElementById(id);
const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c);
  return node;
};

// ----- state: the query string is the single source of truth -----
function readState() {
  const p = new URLSearchParams(location.search);
  const state = {};
  for (const k of LIST_PARAMS) state[k] = p.getAll(k).filter(Boolean);
  for (const k of SCALAR_PARAMS) state[k] = p.get(k) || '';
  state.lang = state.lang === 'en' ? 'en' : 'ar';
  state.page = Math.max(0, parseInt(state.page || '0', 10) || 0);
  return state;
}

function toParams(state, { forApi = false } = {}) {
  const p = new URLSearchParams();
  for (const k of SCALAR_PARAMS) {
    const v = state[k];
    if (v === '' || v === null || v === undefined || (k === 'page' && v === 0)) continue;
    if (forApi && k === 'doc') continue;
    if (k === 'lang' && v === 'ar' && !forApi) continue;
    p.set(k, String(v));
  }
  for (const k of LIST_PARAMS) for (const v of state[k]) p.append(k, v);
  return p;
}

function go(change, { keepPage = false } = {}) {
  const state = { ...readState(), ...change };
  if (!keepPage && !('page' in change)) state.page = 0;
  const qs = toParams(state).toString();
  history.pushState(null, '', qs ? `?${qs}` : location.pathname);
  render();
}

// ----- credentials: an API key (or a portal token) kept for this tab only -----
const KEY_STORE = 'marsad.key';

/** fetch() with the key the user gave, if any; a 401 asks for one. */
async function apiFetch(url, options = {}) {
  const key = sessionStorage.getItem(KEY_STORE);
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  if (key) headers.Authorization = `Bearer ${key}`;
  const response = await fetch(url, { ...options, headers, credentials: 'omit' });
  if (response.status === 401) showSignIn();
  return response;
}

function showSignIn() {
  $('signin').hidden = false;
  $('key').focus();
}

/** The export as a download: fetched with the key (a plain link could not send it). */
async function download(e) {
  e.preventDefault();
  const response = await apiFetch($('export').dataset.url, { headers: { Accept: 'text/csv' } });
  if (!response.ok) return;
  const url = URL.createObjectURL(await response.blob());
  const a = el('a', { href: url, download: 'marsad-export.csv' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

let t = TEXT.ar;
let searchSeq = 0;

// ----- rendering -----
async function render() {
  const state = readState();
  t = TEXT[state.lang];
  applyLanguage(state.lang);
  $('q').value = state.q;
  $('sort').value = state.sort || 'relevance';
  $('collapse').checked = state.collapse === 'true';
  $('date-gap').value = state.dates || 'month';
  $('from').value = state.from;
  $('to').value = state.to;
  const api = toParams(state, { forApi: true });
  api.set('size', String(PAGE_SIZE));
  const exportParams = toParams(state, { forApi: true });
  exportParams.delete('page'); exportParams.delete('dates'); exportParams.set('format', 'csv');
  $('export').dataset.url = `api/search/export?${exportParams}`;
  $('export').href = '#';
  const seq = ++searchSeq;
  try {
    const response = await apiFetch(`api/search?${api}`);
    const body = await response.json();
    if (seq !== searchSeq) return; // a newer search has started
    if (!response.ok) throw new Error(body.detail || response.statusText);
    $('error').hidden = true;
    renderResults(state, body);
  } catch (e) {
    if (seq !== searchSeq) return;
    $('error').textContent = t.error + e.message;
    $('error').hidden = false;
  }
  if (state.doc) openDocument(state.doc, state.lang); else $('doc').hidden = true;
}

function applyLanguage(lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = t.dir;
  document.title = lang === 'ar' ? 'مرصد — بحث في الأخبار' : 'Marsad — news search';
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t[node.dataset.i18n];
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t[node.dataset.i18nPlaceholder];
  for (const node of document.querySelectorAll('[data-i18n-aria]')) node.setAttribute('aria-label', t[node.dataset.i18nAria]);
  $('syntax').querySelector('p').innerHTML = t.syntaxHelp; // our own constant text
  $('lang-switch').textContent = t.other;
  $('doc-lang').textContent = t.other;
}

function renderResults(state, result) {
  $('total').textContent = t.total(result.total) + (result.partial ? t.partial : '');
  $('total').dataset.total = String(result.total);
  renderChips(state, result);
  renderHistogram(state, result.dates);
  // A facet with no values here and none chosen says nothing: leave it out.
  const shown = result.facets.filter((f) => f.values.length || state[f.name].length || state[NOT[f.name]].length);
  $('facets').replaceChildren(...shown.map((f) => renderFacet(state, f)));
  const hits = result.hits.map((h) => renderHit(h));
  $('hits').replaceChildren(...(hits.length ? hits : [el('li', { class: 'empty' }, t.none)]));
  renderPager(state, result.total);
}

function labelOf(facet, id, result) {
  const f = result.facets.find((x) => x.name === facet);
  const v = f && f.values.find((x) => x.id === id);
  return v ? v.label : id;
}

function renderChips(state, result) {
  const chips = [];
  if (state.like) chips.push(chip(`${t.similarTo} ${state.like}`, false, () => go({ like: '' })));
  for (const f of FACETS) {
    for (const id of state[f]) chips.push(chip(labelOf(f, id, result), false, () => go({ [f]: state[f].filter((x) => x !== id) })));
    for (const id of state[NOT[f]]) chips.push(chip(labelOf(f, id, result), true, () => go({ [NOT[f]]: state[NOT[f]].filter((x) => x !== id) })));
  }
  if (state.from || state.to) chips.push(chip(`${state.from || '…'} – ${state.to || '…'}`, false, () => go({ from: '', to: '' })));
  if (chips.length > 1) {
    const cleared = { like: '', from: '', to: '' };
    for (const k of LIST_PARAMS) cleared[k] = [];
    chips.push(el('button', { class: 'chip', type: 'button', onclick: () => go(cleared) }, t.clear));
  }
  $('chips').replaceChildren(...chips);
}

function chip(text, negative, remove) {
  return el('span', { class: negative ? 'chip not' : 'chip', 'data-chip': text },
    negative ? `− ${text}` : text,
    el('button', { type: 'button', 'aria-label': '×', onclick: remove }, '×'));
}

function renderFacet(state, facet) {
  const name = facet.name;
  const selected = new Set(state[name]);
  const excluded = new Set(state[NOT[name]]);
  const values = [...facet.values];
  // Chosen values stay visible even when the counts no longer rank them.
  for (const id of [...selected, ...excluded]) {
    if (!values.some((v) => v.id === id)) values.push({ id, label: id, count: 0 });
  }
  const list = el('ul', {}, values.map((v) => facetValue(state, name, v, selected.has(v.id), excluded.has(v.id))));
  const find = el('input', { class: 'find', type: 'search', placeholder: t.findValue, 'aria-label': t.findValue });
  find.addEventListener('input', debounce(async () => {
    if (!find.value.trim()) { list.replaceChildren(...values.map((v) => facetValue(state, name, v, selected.has(v.id), excluded.has(v.id)))); return; }
    const p = toParams(state, { forApi: true });
    p.delete('page'); p.delete('dates'); p.set('contains', find.value.trim()); p.set('limit', '50');
    const response = await apiFetch(`api/search/facets/${name}?${p}`);
    if (!response.ok) return;
    const found = await response.json();
    list.replaceChildren(...found.values.map((v) => facetValue(state, name, v, selected.has(v.id), excluded.has(v.id))));
  }, 200));
  return el('section', { class: 'facet', 'data-facet': name },
    el('h2', {}, t[name]), values.length > 8 || name === 'actor' ? find : null, list);
}

function facetValue(state, name, v, isSelected, isExcluded) {
  const box = el('input', { type: 'checkbox', checked: isSelected, 'data-value': v.id });
  box.addEventListener('change', () => {
    const next = box.checked ? [...state[name], v.id] : state[name].filter((x) => x !== v.id);
    go({ [name]: next, [NOT[name]]: state[NOT[name]].filter((x) => x !== v.id) });
  });
  const exclude = el('button', {
    type: 'button', class: 'exclude', title: isExcluded ? t.include : t.exclude,
    'aria-label': `${isExcluded ? t.include : t.exclude} ${v.label}`, 'data-exclude': v.id,
    onclick: () => {
      const not = isExcluded ? state[NOT[name]].filter((x) => x !== v.id) : [...state[NOT[name]], v.id];
      go({ [NOT[name]]: not, [name]: state[name].filter((x) => x !== v.id) });
    },
  }, '⊘');
  return el('li', { class: isExcluded ? 'excluded' : '', 'data-id': v.id },
    el('label', {}, box, el('span', { class: 'name', title: v.label, dir: 'auto' }, v.label)),
    el('span', { class: 'count', 'data-count': v.count }, v.count.toLocaleString(state.lang)), exclude);
}

function renderHistogram(state, dates) {
  const svg = $('histogram');
  const buckets = dates ? dates.buckets : [];
  const width = Math.max(buckets.length, 1) * 10;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  svg.setAttribute('viewBox', `0 0 ${width} 70`);
  const ns = 'http://www.w3.org/2000/svg';
  const rects = buckets.map((b, i) => {
    const h = b.count === 0 ? 0 : Math.max(2, (b.count / max) * 66);
    const r = document.createElementNS(ns, 'rect');
    // Time runs in the reading direction: right to left in Arabic.
    const x = t.dir === 'rtl' ? width - (i + 1) * 10 : i * 10;
    r.setAttribute('x', x + 1); r.setAttribute('y', 70 - h); r.setAttribute('width', 8); r.setAttribute('height', h);
    const inRange = (!state.from || b.to >= state.from) && (!state.to || b.from <= state.to);
    if ((state.from || state.to) && inRange) r.setAttribute('class', 'in');
    const title = document.createElementNS(ns, 'title');
    title.textContent = `${b.key}: ${b.count}`;
    r.append(title);
    r.addEventListener('click', () => go({ from: b.from, to: b.to }));
    return r;
  });
  svg.replaceChildren(...rects);
  const ends = [...new Set(buckets.length ? [buckets[0].key, buckets[buckets.length - 1].key] : [])];
  $('histogram-axis').replaceChildren(...ends.map((k) => el('span', {}, k)));
}

function renderHit(hit) {
  // dir=auto: Arabic text keeps its direction (and its punctuation) inside the English page.
  const snippet = el('p', { class: 'snippet', dir: 'auto' });
  // Built from text: only <mark> becomes an element, whatever Solr sends (never innerHTML).
  if (hit.snippet) snippet.replaceChildren(...snippetNodes(hit.snippet));
  const date = hit.published ? new Date(hit.published).toLocaleDateString(t.dir === 'rtl' ? 'ar' : 'en', { year: 'numeric', month: 'long', day: 'numeric' }) : '';
  const tags = [
    ...hit.actors.map((v) => tag('actor', v)), ...hit.countries.map((v) => tag('country', v)),
    ...hit.topics.map((v) => tag('topic', v)),
  ];
  return el('li', { class: 'hit', 'data-id': hit.id },
    el('h3', { dir: 'auto' }, el('a', { href: `?${docParams(hit.id)}`, class: 'open', onclick: (e) => { e.preventDefault(); go({ doc: hit.id }, { keepPage: true }); } }, hit.title || hit.id)),
    el('p', { class: 'meta' }, el('span', {}, hit.source || ''), el('time', {}, date),
      hit.duplicates ? el('span', { class: 'dupes' }, t.dupes(hit.duplicates)) : null,
      el('a', { class: 'similar', onclick: () => go({ like: hit.id, q: '' }) }, t.similar)),
    snippet, el('div', { class: 'tags' }, tags));
}

/**
 * A highlighted snippet as DOM nodes: the server's <mark> and </mark> become <mark> elements, every
 * other character is text (entities decoded), so markup in a document — or in a snippet a
 * misconfigured Solr did not escape — is shown, never run.
 */
function snippetNodes(snippet) {
  const nodes = [];
  let mark = null;
  for (const part of snippet.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') { mark = el('mark'); nodes.push(mark); continue; }
    if (part === '</mark>') { mark = null; continue; }
    if (!part) continue;
    const text = document.createTextNode(decodeEntities(part));
    if (mark) mark.append(text); else nodes.push(text);
  }
  return nodes;
}

const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The URL when it is http or https; anything else (javascript:, data:) is not a link. */
function safeHref(url) {
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

function docParams(id) {
  const p = new URLSearchParams(location.search);
  p.set('doc', id);
  return p.toString();
}

function tag(facet, v) {
  return el('button', { type: 'button', class: `tag ${facet}`, onclick: () => {
    const s = readState();
    if (!s[facet].includes(v.id)) go({ [facet]: [...s[facet], v.id] });
  } }, v.label);
}

function renderPager(state, total) {
  const pages = Math.min(Math.ceil(total / PAGE_SIZE), 1000);
  if (pages <= 1) { $('pager').replaceChildren(); return; }
  const current = state.page;
  const buttons = [el('button', { type: 'button', disabled: current === 0, 'data-page': 'prev', onclick: () => go({ page: current - 1 }) }, t.prev)];
  const from = Math.max(0, Math.min(current - 3, pages - 7));
  for (let i = from; i < Math.min(pages, from + 7); i++) {
    buttons.push(el('button', { type: 'button', 'aria-current': i === current ? 'page' : null, 'data-page': i, onclick: () => go({ page: i }) }, (i + 1).toLocaleString(state.lang)));
  }
  buttons.push(el('button', { type: 'button', disabled: current >= pages - 1, 'data-page': 'next', onclick: () => go({ page: current + 1 }) }, t.next));
  $('pager').replaceChildren(...buttons);
}

// ----- the document view: text with the tagger's evidence highlighted -----
async function openDocument(id, lang) {
  const response = await apiFetch(`api/documents/${encodeURIComponent(id)}?lang=${lang}`);
  if (!response.ok) { $('doc').hidden = true; return; }
  const doc = await response.json();
  $('doc-title').textContent = doc.title || id;
  const meta = doc.metadata || {};
  $('doc-meta').replaceChildren(
    el('span', {}, meta.source || ''),
    el('time', {}, meta.published ? new Date(meta.published).toLocaleDateString(lang, { year: 'numeric', month: 'long', day: 'numeric' }) : ''),
    safeHref(meta.url) ? el('a', { href: safeHref(meta.url), target: '_blank', rel: 'noopener noreferrer' }, t.openSource) : null);
  const spans = evidenceSpans(doc);
  // The headline carries its own evidence (a name in a headline is tagged too).
  if (doc.title) $('doc-title').replaceChildren(...marked(doc.title, spans.filter((s) => s.field === 'title')));
  const parts = [];
  if (doc.abstractText) parts.push(el('p', {}, marked(doc.abstractText, spans.filter((s) => s.field === 'abstract'))));
  parts.push(bodyPart(id, lang, doc, spans));
  $('doc-text').replaceChildren(...parts);
  const groups = [['actor', doc.actors], ['country', doc.countries], ['topic', doc.topics]].filter(([, list]) => list.length);
  $('doc-tags').replaceChildren(
    ...groups.map(([facet, list]) => el('section', { 'data-facet': facet }, el('h2', {}, t[facet]), el('ul', {},
      list.map((v) => el('li', { 'data-key': `${facet}:${v.id}`, title: t.mentions, onclick: () => focusEvidence(`${facet}:${v.id}`) },
        el('span', { class: `tag ${facet}` }, v.label), el('span', { class: 'n' }, String(v.evidenceTotal ?? v.evidence.length))))))),
    el('div', { class: 'actions' }, el('a', { class: 'similar', onclick: () => go({ like: id, q: '', doc: '' }) }, t.similar)));
  $('doc').hidden = false;
}

function evidenceSpans(doc) {
  const spans = [];
  for (const facet of ['actor', 'country', 'topic']) {
    for (const tagView of doc[`${facet === 'country' ? 'countries' : facet + 's'}`]) {
      for (const ev of tagView.evidence) spans.push({ ...ev, facet, key: `${facet}:${tagView.id}` });
    }
  }
  return spans;
}

/** One window of a long body (offsets shifted to it), and a button for the next one. */
function bodyPart(id, lang, doc, spans) {
  const offset = doc.bodyOffset || 0;
  const local = spans.filter((s) => s.field === 'body' && s.start >= offset)
    .map((s) => ({ ...s, start: s.start - offset, end: s.end - offset }));
  const part = el('div', {}, marked(doc.body || '', local));
  if (doc.nextBodyOffset !== undefined && doc.nextBodyOffset !== null) {
    const more = el('button', { type: 'button', class: 'more', onclick: async () => {
      const response = await apiFetch(`api/documents/${encodeURIComponent(id)}?lang=${lang}&bodyOffset=${doc.nextBodyOffset}`);
      if (!response.ok) return;
      const next = await response.json();
      more.replaceWith(bodyPart(id, lang, next, evidenceSpans(next)));
    } }, t.more);
    part.append(more);
  }
  return part;
}

/** Text with non-overlapping evidence spans wrapped in <mark>; the earliest, longest span wins. */
function marked(text, spans) {
  spans.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const out = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at || s.end > text.length) continue;
    out.push(text.slice(at, s.start));
    out.push(el('mark', { class: `ev ${s.facet}`, 'data-key': s.key }, text.slice(s.start, s.end)));
    at = s.end;
  }
  out.push(text.slice(at));
  return out;
}

function focusEvidence(key) {
  for (const n of document.querySelectorAll('.focus')) n.classList.remove('focus');
  const marks = document.querySelectorAll(`.doc mark[data-key="${CSS.escape(key)}"]`);
  marks.forEach((m) => m.classList.add('focus'));
  document.querySelector(`.doc-tags li[data-key="${CSS.escape(key)}"]`)?.classList.add('focus');
  marks[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

// ----- the search box and its suggestions -----
let suggestSeq = 0;
let active = -1;
async function suggest() {
  const q = $('q').value;
  const seq = ++suggestSeq;
  if (q.trim().length < 2) { hideSuggestions(); return; }
  const response = await apiFetch(`api/suggest?${new URLSearchParams({ q, lang: readState().lang, limit: '6' })}`);
  if (seq !== suggestSeq || !response.ok) return;
  const { suggestions } = await response.json();
  const list = $('suggestions');
  active = -1;
  list.replaceChildren(...suggestions.map((s, i) => el('li', {
    role: 'option', id: `sugg-${i}`, 'data-type': s.type, 'data-id': s.id,
    onmousedown: (e) => { e.preventDefault(); pick(s); },
  }, el('span', { class: `kind ${s.type}` }, t.kind[s.type]), el('span', { class: 'text' }, s.label),
  s.count ? el('span', { class: 'count' }, s.count.toLocaleString(readState().lang)) : null)));
  list.hidden = suggestions.length === 0;
  $('q').setAttribute('aria-expanded', String(!list.hidden));
  list._items = suggestions;
}

function pick(s) {
  hideSuggestions();
  const state = readState();
  if (s.type === 'title') { go({ doc: s.id }, { keepPage: true }); return; }
  // An entity becomes a facet filter, and the typed prefix is not searched as text.
  go({ q: '', [s.type]: state[s.type].includes(s.id) ? state[s.type] : [...state[s.type], s.id] });
}

function hideSuggestions() {
  $('suggestions').hidden = true;
  $('q').setAttribute('aria-expanded', 'false');
}

function moveActive(delta) {
  const items = [...$('suggestions').children];
  if (!items.length || $('suggestions').hidden) return false;
  active = (active + delta + items.length) % items.length;
  items.forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
  $('q').setAttribute('aria-activedescendant', items[active].id);
  return true;
}

function debounce(fn, ms) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

// ----- wiring -----
$('q').addEventListener('input', debounce(suggest, 120));
$('q').addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown' && moveActive(1)) e.preventDefault();
  else if (e.key === 'ArrowUp' && moveActive(-1)) e.preventDefault();
  else if (e.key === 'Escape') hideSuggestions();
  else if (e.key === 'Enter' && active >= 0 && !$('suggestions').hidden) {
    e.preventDefault();
    pick($('suggestions')._items[active]);
  }
});
$('q').addEventListener('blur', () => setTimeout(hideSuggestions, 150));
$('search-form').addEventListener('submit', (e) => { e.preventDefault(); hideSuggestions(); go({ q: $('q').value.trim(), like: '' }); });
$('sort').addEventListener('change', () => go({ sort: $('sort').value === 'relevance' ? '' : $('sort').value }));
$('collapse').addEventListener('change', () => go({ collapse: $('collapse').checked ? 'true' : '' }));
$('date-gap').addEventListener('change', () => go({ dates: $('date-gap').value === 'month' ? '' : 'year' }, { keepPage: true }));
$('from').addEventListener('change', () => go({ from: $('from').value }));
$('to').addEventListener('change', () => go({ to: $('to').value }));
const switchLanguage = () => go({ lang: readState().lang === 'ar' ? 'en' : 'ar' }, { keepPage: true });
$('lang-switch').addEventListener('click', switchLanguage);
$('doc-lang').addEventListener('click', switchLanguage);
$('syntax-link').addEventListener('click', (e) => { e.preventDefault(); $('syntax').hidden = !$('syntax').hidden; });
$('doc-close').addEventListener('click', () => go({ doc: '' }, { keepPage: true }));
$('doc').addEventListener('click', (e) => { if (e.target === $('doc')) go({ doc: '' }, { keepPage: true }); });
document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !$('doc').hidden) go({ doc: '' }, { keepPage: true }); });
$('home').addEventListener('click', (e) => { e.preventDefault(); history.pushState(null, '', location.pathname + (readState().lang === 'en' ? '?lang=en' : '')); render(); });
window.addEventListener('popstate', render);
$('export').addEventListener('click', download);
$('signin').addEventListener('submit', (e) => {
  e.preventDefault();
  const key = $('key').value.trim();
  if (!key) return;
  sessionStorage.setItem(KEY_STORE, key);
  $('key').value = '';
  $('signin').hidden = true;
  render();
});
$('signout').addEventListener('click', () => { sessionStorage.removeItem(KEY_STORE); render(); });
if (window.matchMedia('(max-width: 800px)').matches) $('filters-toggle').open = false;
render();
