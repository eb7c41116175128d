// Marsad reader. Every piece of article data enters the page as text (textContent, createTextNode or
// setAttribute on inert attributes); nothing from the API is ever parsed as HTML.
'use strict';

const TYPE_NAMES = { PERSON: 'شخص', LOCATION: 'مكان', ORGANIZATION: 'منظمة' };
const SVG_NS = 'http://www.w3.org/2000/svg';
const state = { entity: null, entityName: null };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.appendChild(typeof child === 'string' || typeof child === 'number'
      ? document.createTextNode(String(child)) : child);
  }
  return node;
}

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

async function getJson(url, options) {
  const response = await fetch(url, options);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : ('HTTP ' + response.status));
  return body;
}

// An article whose outlet is unknown is named by its input's file or page name, not its whole path.
function outletOf(item) {
  if (item.outlet) return item.outlet;
  if (!item.source) return 'مصدر غير معروف';
  const parts = item.source.split(/[\\/]/).filter(p => p);
  return parts.length ? parts[parts.length - 1] : item.source;
}

// Arabic number agreement: 1 and 2 have their own forms, 3–10 take the plural, 11 and up the singular accusative.
function counted(n, one, two, plural, many) {
  if (n === 1) return one;
  if (n === 2) return two;
  return n <= 10 ? `${n} ${plural}` : `${n} ${many}`;
}

function formatDay(iso) {
  return iso ? iso.substring(0, 10) : '';
}

// Articles per day as bars. Time runs right to left, the reading direction of the page.
function volumeChart(volume, label = 'عدد المقالات في كل يوم') {
  const width = 360, height = 150, pad = 26, top = 18;
  const box = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, class: 'volume' });
  if (!volume.length) {
    box.appendChild(svg('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle' }, 'لا تواريخ نشر'));
    return box;
  }
  const max = Math.max(...volume.map(v => v.count));
  const slot = (width - 2 * pad) / volume.length;
  const barWidth = Math.min(40, slot * 0.6);
  box.appendChild(svg('line', { class: 'axis', x1: pad, y1: height - pad, x2: width - pad, y2: height - pad }));
  volume.forEach((v, i) => {
    const h = (height - pad - top) * v.count / max;
    const cx = width - pad - slot * (i + 0.5);
    const bar = svg('rect', { class: 'bar', x: cx - barWidth / 2, y: height - pad - h, width: barWidth, height: h });
    bar.appendChild(svg('title', {}, `${v.date}: ${v.count}`));
    box.appendChild(bar);
    box.appendChild(svg('text', { class: 'value', x: cx, y: height - pad - h - 4, 'text-anchor': 'middle' }, v.count));
    box.appendChild(svg('text', { x: cx, y: height - pad + 14, 'text-anchor': 'middle' }, v.date.substring(5)));
  });
  return box;
}

function entityChip(entity) {
  const chip = el('button', { type: 'button', class: 'entity', 'data-key': entity.key,
    title: entity.variants.length ? 'تهجئات أخرى: ' + entity.variants.join('، ') : entity.name },
  el('span', { class: 'name' }, entity.name), ' ', el('span', { class: 'kind' }, `${TYPE_NAMES[entity.type] || entity.type} · ${entity.mentions}`));
  chip.addEventListener('click', () => searchEntity(entity.key, entity.name));
  // The name filters the search, as before; the small link beside it opens the entity's own page.
  return el('span', { class: 'chip' }, chip, entityPageLink(entity.key, entity.name));
}

function entityPageLink(key, name) {
  return el('a', { class: 'entity-page', href: '#entity=' + encodeURIComponent(key), title: 'صفحة ' + name,
    'aria-label': 'صفحة ' + name }, 'صفحة');
}

// Only a web address becomes a link, and only as an href set through the DOM: a file path or a
// javascript:/data: "address" from a hostile feed stays plain text.
function originalLink(source, text) {
  if (typeof source === 'string' && /^https?:\/\/[^\s]+$/i.test(source)) {
    return el('a', { href: source, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'original' }, text);
  }
  return document.createTextNode(text);
}

function sourcesTable(story) {
  const firstId = story.firstReported ? story.firstReported.source + '#' + story.firstReported.index : null;
  const body = el('tbody');
  for (const a of story.articles) {
    const first = firstId === a.source + '#' + a.index;
    body.appendChild(el('tr', {},
      el('td', {}, outletOf(a), first ? el('span', { class: 'first' }, ' (أول من نشر)') : null),
      el('td', {}, originalLink(a.source, a.title || '—')),
      el('td', { class: 'date' }, formatDay(a.published))));
  }
  return el('table', { class: 'sources' },
    el('thead', {}, el('tr', {}, el('th', {}, 'الوسيلة'), el('th', {}, 'العنوان'), el('th', {}, 'التاريخ'))), body);
}

function storyCard(story) {
  const outlets = new Set(story.articles.map(outletOf));
  const first = story.firstReported;
  const card = el('article', { class: 'story', id: 'story-' + story.id, 'data-story': story.id },
    el('h3', { class: 'headline' }, story.headline),
    el('p', { class: 'meta' }, counted(story.articles.length, 'مقال واحد', 'مقالان', 'مقالات', 'مقالاً') + ' من '
      + counted(outlets.size, 'مصدر واحد', 'مصدرين', 'مصادر', 'مصدراً'),
      first ? ` · أول من نشر: ${outletOf(first)} ` : '', first ? el('bdi', {}, formatDay(first.published)) : null,
      ' · ', el('a', { class: 'permalink', href: '/stories/' + encodeURIComponent(story.id) }, 'رابط دائم'),
      story.breaking ? el('span', { class: 'breaking', title: 'ثلاثة مصادر أو أكثر خلال يوم' }, 'عاجل') : null));
  const main = el('div', { class: 'main-col' });
  const side = el('div', { class: 'side-col' });
  if (story.summary.length) {
    main.appendChild(el('h4', {}, 'الملخص'));
    main.appendChild(el('ul', { class: 'summary' }, ...story.summary.map(s =>
      el('li', {}, s.text, el('span', { class: 'src' }, outletOf(s))))));
  }
  if (story.timeline.length) {
    main.appendChild(el('h4', {}, 'التسلسل الزمني'));
    main.appendChild(el('ol', { class: 'timeline' }, ...story.timeline.map(t =>
      el('li', {}, el('time', { datetime: t.date.split('/')[0] }, t.date), el('span', {}, t.text)))));
  }
  if (story.quotes.length) {
    main.appendChild(el('h4', {}, 'تصريحات'));
    main.appendChild(el('div', { class: 'quotes' }, ...story.quotes.map(q =>
      el('blockquote', {}, '«' + q.text + '»',
        el('cite', {}, (q.speaker || 'متحدث غير محدد') + ' — ' + outletOf(q))))));
  }
  side.appendChild(el('h4', {}, 'حجم التغطية يومياً'));
  side.appendChild(el('div', { class: 'chart' }, volumeChart(story.volume)));
  if (story.entities.length) {
    side.appendChild(el('h4', {}, 'الأسماء'));
    side.appendChild(el('div', { class: 'entities' }, ...story.entities.slice(0, 20).map(entityChip)));
  }
  side.appendChild(el('h4', {}, 'المصادر'));
  side.appendChild(sourcesTable(story));
  card.appendChild(el('div', { class: 'grid' }, main, side));
  return card;
}

/** Stories a page at a time: a real day of news has hundreds, and the page must stay readable and fast. */
const STORIES_PER_PAGE = 20;

async function loadStories(more = false) {
  const status = document.getElementById('status');
  const list = document.getElementById('stories');
  const moreButton = document.getElementById('more-stories');
  const offset = more ? list.children.length : 0;
  try {
    const params = new URLSearchParams({ offset: String(offset), limit: String(STORIES_PER_PAGE),
      sort: document.getElementById('story-sort').value });
    const days = document.getElementById('story-days').value;
    if (days) params.set('days', days);
    const data = await getJson('/api/stories?' + params.toString());
    const cards = data.stories.map(storyCard);
    if (more) {
      list.append(...cards);
    } else {
      list.replaceChildren(...cards);
    }
    document.getElementById('story-count').textContent = `(${data.total})`;
    status.textContent = data.total ? '' : 'لا توجد قصص بعد. أضف مقالات لتظهر هنا.';
    moreButton.hidden = list.children.length >= data.total;
  } catch (e) {
    status.textContent = 'تعذّر تحميل القصص: ' + e.message;
  }
}

function hitItem(hit) {
  const snippet = el('p', { class: 'snippet' });
  for (const part of hit.snippet) {
    snippet.appendChild(part.matched ? el('mark', {}, part.text) : document.createTextNode(part.text));
  }
  return el('li', { class: 'hit', 'data-id': hit.id },
    el('div', { class: 'title' }, hit.title || '(بلا عنوان)'),
    el('div', { class: 'meta' }, outletOf(hit), ' · ', el('bdi', {}, formatDay(hit.published)),
      hit.storyId ? ' · ' : null,
      hit.storyId ? el('a', { class: 'story-link', href: '#story=' + encodeURIComponent(hit.storyId) }, 'القصة') : null),
    snippet);
}

async function runSearch() {
  const params = new URLSearchParams();
  for (const name of ['q', 'from', 'to']) {
    const value = document.getElementById(name).value.trim();
    if (value) params.set(name, value);
  }
  if (state.entity) params.set('entity', state.entity);
  // The search lives in the address, so a result can be bookmarked and shared.
  history.replaceState(null, '', '?' + params.toString());
  // The same search as CSV downloads: its hits, and the names in its articles.
  const csv = new URLSearchParams(params);
  csv.set('format', 'csv');
  document.getElementById('search-csv').setAttribute('href', '/api/search?' + csv.toString());
  document.getElementById('entities-csv').setAttribute('href', '/api/entities?' + csv.toString());
  const section = document.getElementById('results');
  const hits = document.getElementById('hits');
  const note = document.getElementById('filter-note');
  note.hidden = !state.entity;
  note.textContent = state.entity ? 'تصفية حسب الاسم: ' + state.entityName : '';
  section.hidden = false;
  document.getElementById('clear-search').hidden = false;
  try {
    const data = await getJson('/api/search?' + params.toString());
    document.getElementById('results-title').textContent = `نتائج البحث (${data.total})`;
    hits.replaceChildren(...data.hits.map(hitItem));
    if (!data.hits.length) hits.replaceChildren(el('li', { class: 'empty' }, 'لا نتائج.'));
  } catch (e) {
    hits.replaceChildren(el('li', { class: 'error' }, 'تعذّر البحث: ' + e.message));
  }
}

// One quotation: what was said (in guillemets when direct), who said it, where and when it was reported,
// with links to the article (API) and to its story card on this page. Everything from the API is text.
function quoteItem(q) {
  const links = el('span', { class: 'links' },
    el('a', { href: '/api/articles/' + encodeURIComponent(q.articleId) }, 'المقال'));
  if (q.storyId) {
    links.appendChild(document.createTextNode(' · '));
    links.appendChild(el('a', { href: '#story-' + encodeURIComponent(q.storyId), class: 'story-link' }, 'القصة'));
  }
  return el('li', { class: 'quote', 'data-article': q.articleId },
    el('blockquote', {}, q.direct ? '«' + q.text + '»' : q.text),
    el('div', { class: 'meta' },
      q.speakerKey
        ? el('a', { class: 'speaker', href: '#entity=' + encodeURIComponent(q.speakerKey) }, q.speaker || q.speakerKey)
        : el('span', { class: 'speaker' }, q.speaker || 'متحدث غير محدد'),
      ' — ', el('span', { class: 'kind' }, q.direct ? 'قول مباشر' : 'قول منقول'),
      ' — ', outletOf(q), ' ', el('bdi', {}, formatDay(q.published)), ' · ', links));
}

async function loadQuotes() {
  const params = new URLSearchParams({ limit: '50' });
  const q = document.getElementById('quote-q').value.trim();
  if (q) params.set('q', q);
  if (state.entity) params.set('speaker', state.entity);
  const list = document.getElementById('quote-list');
  const note = document.getElementById('quote-filter');
  note.hidden = !state.entity;
  note.textContent = state.entity ? 'تصريحات: ' + state.entityName : '';
  const csv = new URLSearchParams(params);
  csv.delete('limit');
  csv.set('format', 'csv');
  document.getElementById('quote-csv').setAttribute('href', '/api/quotes?' + csv.toString());
  try {
    const data = await getJson('/api/quotes?' + params.toString());
    document.getElementById('quote-count').textContent = `(${data.total})`;
    list.replaceChildren(...data.quotes.map(quoteItem));
    if (!data.quotes.length) list.replaceChildren(el('li', { class: 'empty' }, 'لا تصريحات.'));
  } catch (e) {
    list.replaceChildren(el('li', { class: 'error' }, 'تعذّر تحميل التصريحات: ' + e.message));
  }
}

function searchEntity(key, name) {
  state.entity = key;
  state.entityName = name;
  runSearch();
  loadQuotes();
  window.scrollTo(0, 0);
}

function clearSearch() {
  const hadEntity = state.entity !== null;
  state.entity = null;
  history.replaceState(null, '', location.pathname);
  if (hadEntity) loadQuotes();
  document.getElementById('search-form').reset();
  document.getElementById('results').hidden = true;
  document.getElementById('filter-note').hidden = true;
  document.getElementById('clear-search').hidden = true;
}

// The write token reaches the page only through this origin: in the address's fragment (#token=…, printed by
// serve and demo; a fragment is never sent to any server) or typed into the form. It is kept in this origin's
// localStorage, which no other site can read, and sent in a header that other sites cannot send.
const TOKEN_KEY = 'marsad-write-token';

function takeTokenFromAddress() {
  const match = /(?:^#|&)token=([0-9a-fA-F]{32,128})(?:&|$)/.exec(window.location.hash);
  if (!match) return;
  localStorage.setItem(TOKEN_KEY, match[1]);
  history.replaceState(null, '', window.location.pathname + window.location.search);
}

function writeToken() {
  const typed = document.getElementById('ingest-token').value.trim();
  if (typed) localStorage.setItem(TOKEN_KEY, typed);
  return localStorage.getItem(TOKEN_KEY) || '';
}

function showTokenField() {
  document.getElementById('ingest-token').hidden = Boolean(localStorage.getItem(TOKEN_KEY));
}

async function ingest(event) {
  event.preventDefault();
  const url = document.getElementById('ingest-url').value.trim();
  const text = document.getElementById('ingest-text').value;
  const status = document.getElementById('ingest-status');
  status.textContent = 'جارٍ التحليل…';
  try {
    const token = writeToken();
    if (!token) {
      status.textContent = 'تلزم مفتاح الكتابة: افتح العنوان الذي طبعه الأمر serve (…#token=…) أو الصق المفتاح.';
      showTokenField();
      return;
    }
    const response = await fetch('/api/ingest', { method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Marsad-Token': token },
      body: JSON.stringify(url ? { url } : { text, source: 'لصق يدوي' }) });
    if (response.status === 401) {
      localStorage.removeItem(TOKEN_KEY);
      showTokenField();
    }
    const data = await response.json();
    if (!response.ok) throw new Error(data.error ? data.error.message : ('HTTP ' + response.status));
    status.textContent = `أضيف ${data.stored.length} مقال.`;
    loadStories();
    loadQuotes();
  } catch (e) {
    status.textContent = 'تعذّرت الإضافة: ' + e.message;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  takeTokenFromAddress();
  showTokenField();
  document.getElementById('search-form').addEventListener('submit', e => { e.preventDefault(); runSearch(); });
  document.getElementById('clear-search').addEventListener('click', clearSearch);
  document.getElementById('ingest-form').addEventListener('submit', ingest);
  document.getElementById('more-stories').addEventListener('click', () => loadStories(true));
  document.getElementById('story-sort').addEventListener('change', () => loadStories());
  document.getElementById('story-days').addEventListener('change', () => loadStories());
  document.getElementById('quote-form').addEventListener('submit', e => { e.preventDefault(); loadQuotes(); });
  loadStories();
  loadQuotes();
  searchFromAddress();
  showLinkedStory();
  showEntityPage();
  window.addEventListener('hashchange', showLinkedStory);
  window.addEventListener('hashchange', showEntityPage);
});

// A shared search address (?q=…&from=…&to=…&entity=…) runs that search on arrival.
function searchFromAddress() {
  const params = new URLSearchParams(location.search);
  let any = false;
  for (const name of ['q', 'from', 'to']) {
    if (params.get(name)) {
      document.getElementById(name).value = params.get(name);
      any = true;
    }
  }
  if (params.get('entity')) {
    state.entity = params.get('entity');
    state.entityName = params.get('entity');
    any = true;
  }
  if (any) runSearch();
}

// A story's permalink (#story=ID) shows that story on top, wherever it ranks.
async function showLinkedStory() {
  const match = /^#story=(.+)$/.exec(location.hash);
  if (!match) return;
  const id = decodeURIComponent(match[1]);
  const linked = document.getElementById('linked-story');
  try {
    const story = await getJson('/api/stories/' + encodeURIComponent(id));
    const card = storyCard(story);
    card.id = 'linked-story-' + story.id; // the same story may also be in the list below: ids stay unique
    linked.replaceChildren(card);
    linked.hidden = false;
    linked.scrollIntoView();
  } catch (e) {
    linked.replaceChildren(el('p', { class: 'status' }, 'تعذّر العثور على القصة: ' + e.message));
    linked.hidden = false;
  }
}

// An entity's page (#entity=KEY): spellings, mentions per day, stories, articles, quotations by it and about
// it, the names met with it and the outlets covering it most. Every value from the API enters as text.
async function showEntityPage() {
  const view = document.getElementById('entity-view');
  const match = /^#entity=(.+)$/.exec(location.hash);
  if (!match) {
    view.hidden = true;
    view.replaceChildren();
    return;
  }
  const key = decodeURIComponent(match[1]);
  try {
    const entity = await getJson('/api/entities/' + encodeURIComponent(key));
    view.replaceChildren(entityPage(entity));
  } catch (e) {
    view.replaceChildren(el('p', { class: 'status' }, 'تعذّر العثور على الاسم: ' + e.message));
  }
  view.hidden = false;
  scrollBelowHeader(view);
}

// Scrolls so that node's top shows just below the sticky header, which would otherwise cover it.
function scrollBelowHeader(node) {
  const header = document.querySelector('header.top');
  window.scrollTo(0, node.getBoundingClientRect().top + window.scrollY - header.offsetHeight - 8);
}

function entityPage(entity) {
  const filter = el('button', { type: 'button', class: 'secondary filter-entity' }, 'تصفية البحث بهذا الاسم');
  filter.addEventListener('click', () => searchEntity(entity.key, entity.name));
  const close = el('button', { type: 'button', class: 'secondary close-entity' }, 'إغلاق');
  close.addEventListener('click', () => { history.pushState(null, '', location.pathname + location.search); showEntityPage(); });
  const card = el('article', { class: 'story entity-card', 'data-key': entity.key },
    el('h3', { class: 'headline' }, entity.name, ' ', el('span', { class: 'kind' }, TYPE_NAMES[entity.type] || entity.type)),
    el('p', { class: 'meta' }, counted(entity.mentions, 'إشارة واحدة', 'إشارتان', 'إشارات', 'إشارة'), ' في ',
      counted(entity.articleTotal, 'مقال واحد', 'مقالان', 'مقالات', 'مقالاً'), ' · ',
      el('a', { href: '/feeds/entity/' + encodeURIComponent(entity.key) + '.atom' }, 'خلاصة Atom'), ' ', filter, ' ', close),
    el('p', { class: 'spellings' }, 'التهجئات: ', ...entity.spellings.flatMap((s, i) =>
      [i ? '، ' : '', el('span', { class: 'spelling' }, s.text, ' ', el('span', { class: 'count' }, '(' + s.count + ')'))])));
  const main = el('div', { class: 'main-col' });
  const side = el('div', { class: 'side-col' });
  main.appendChild(el('h4', {}, `القصص (${entity.storyTotal})`));
  main.appendChild(el('ul', { class: 'entity-stories' }, ...entity.stories.map(s => el('li', {},
    el('a', { class: 'story-link', href: '#story=' + encodeURIComponent(s.id) }, s.headline),
    el('span', { class: 'count' }, ' · ' + counted(s.articles, 'مقال واحد', 'مقالان', 'مقالات', 'مقالاً'))))));
  main.appendChild(el('h4', {}, `المقالات (${entity.articleTotal})`));
  main.appendChild(el('ul', { class: 'entity-articles' }, ...entity.articles.map(a => el('li', { 'data-id': a.id },
    originalLink(a.source, a.title || '(بلا عنوان)'), el('span', { class: 'meta' }, ' · ' + outletOf(a) + ' · '),
    el('bdi', {}, formatDay(a.published))))));
  for (const [field, title] of [['quotesBy', 'تصريحاته'], ['quotesAbout', 'تصريحات تذكره']]) {
    const block = entity[field];
    main.appendChild(el('h4', {}, `${title} (${block.total})`));
    main.appendChild(el('ol', { class: 'quote-list ' + field }, ...(block.quotes.length
      ? block.quotes.map(quoteItem) : [el('li', { class: 'empty' }, 'لا تصريحات.')])));
  }
  side.appendChild(el('h4', {}, 'الإشارات يومياً'));
  side.appendChild(el('div', { class: 'chart' }, volumeChart(entity.perDay.map(d => ({ date: d.date, count: d.mentions })),
    'عدد الإشارات في كل يوم')));
  side.appendChild(el('h4', {}, 'أسماء ترد معه'));
  side.appendChild(el('ul', { class: 'related' }, ...entity.related.map(r => el('li', {},
    el('a', { class: 'entity-page', href: '#entity=' + encodeURIComponent(r.key) }, r.name),
    el('span', { class: 'count' }, ` ${TYPE_NAMES[r.type] || r.type} · ${r.articles}`)))));
  side.appendChild(el('h4', {}, 'أكثر الوسائل تغطية'));
  const outlets = el('tbody', {}, ...entity.outlets.map(o => el('tr', {}, el('td', {}, o.outlet), el('td', {}, o.articles))));
  side.appendChild(el('table', { class: 'sources outlets' },
    el('thead', {}, el('tr', {}, el('th', {}, 'الوسيلة'), el('th', {}, 'المقالات'))), outlets));
  card.appendChild(el('div', { class: 'grid' }, main, side));
  return card;
}
