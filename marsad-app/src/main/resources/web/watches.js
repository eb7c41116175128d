// Marsad watches view: saved searches that alert. Like app.js (whose el, getJson and writeToken it uses), every
// value from the API enters the page as text; links are built from ids with encodeURIComponent.
'use strict';

function watchCriteria(w) {
  const parts = [];
  if (w.q) parts.push('«' + w.q + '»');
  if (w.entity) parts.push('كيان: ' + w.entity);
  if (w.outlet) parts.push('المصدر: ' + w.outlet);
  if (w.from || w.to) parts.push('التاريخ: ' + (w.from || '…') + ' – ' + (w.to || '…'));
  const channels = ['Atom'];
  if (w.webhook) channels.push('webhook ' + w.webhook);
  if (w.email) channels.push('بريد ' + w.email);
  return parts.join('، ') + ' — ' + channels.join('، ');
}

function alertItem(a) {
  const link = el('a', { href: '#story=' + encodeURIComponent(a.storyId) }, a.headline || a.storyId);
  const outlet = a.article && a.article.outlet ? a.article.outlet : '';
  const sent = (a.deliveries || []).map(d => d.channel + ': ' + d.state).join('، ');
  return el('li', { class: 'alert', 'data-story': a.storyId }, link,
    el('span', { class: 'meta' }, ' — ' + [outlet, formatDay(a.firedAt), sent].filter(x => x).join(' · ')));
}

async function toggleAlerts(item, watch) {
  const open = item.querySelector('.alerts');
  if (open) { open.remove(); return; }
  const list = el('ol', { class: 'alerts' });
  item.appendChild(list);
  try {
    const detail = await getJson('/api/watches/' + encodeURIComponent(watch.id));
    if (!detail.alerts.length) list.appendChild(el('li', { class: 'status' }, 'لا تنبيهات بعد.'));
    detail.alerts.forEach(a => list.appendChild(alertItem(a)));
  } catch (e) {
    list.appendChild(el('li', { class: 'status' }, 'تعذّر التحميل: ' + e.message));
  }
}

function watchItem(w) {
  const item = el('li', { class: 'watch', 'data-id': w.id });
  const name = el('button', { type: 'button', class: 'watch-name', 'aria-expanded': 'false' }, w.name);
  name.addEventListener('click', () => toggleAlerts(item, w));
  const remove = el('button', { type: 'button', class: 'secondary delete-watch' }, 'حذف');
  remove.addEventListener('click', () => deleteWatch(w.id));
  item.append(name, el('p', { class: 'meta criteria' }, watchCriteria(w)),
    el('div', { class: 'actions' },
      el('span', { class: 'alert-count' }, counted(w.alertCount, 'تنبيه واحد', 'تنبيهان', 'تنبيهات', 'تنبيها')),
      el('a', { class: 'export', href: '/feeds/watches/' + encodeURIComponent(w.id) + '.atom' }, 'خلاصة Atom'),
      remove));
  return item;
}

async function loadWatches() {
  const list = document.getElementById('watch-list');
  const status = document.getElementById('watch-status');
  try {
    const data = await getJson('/api/watches');
    document.getElementById('watch-count').textContent = '(' + data.watches.length + ')';
    list.replaceChildren(...data.watches.map(watchItem));
    if (!data.watches.length) status.textContent = status.textContent || 'لا متابعات محفوظة.';
  } catch (e) {
    document.getElementById('watch-form').hidden = true;
    status.textContent = 'المتابعات غير متاحة: ' + e.message;
  }
}

// Writes send the write token (see app.js); a 401 forgets a stale one and asks for it again.
async function writeWatch(method, path, body) {
  const token = writeToken();
  if (!token) {
    showTokenField();
    throw new Error('تلزم مفتاح الكتابة: افتح العنوان الذي طبعه الأمر serve (…#token=…) أو الصقه في حقل «إضافة مقال».');
  }
  const headers = { 'X-Marsad-Token': token };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401) {
    localStorage.removeItem(TOKEN_KEY);
    showTokenField();
  }
  const data = response.status === 204 ? {} : await response.json();
  if (!response.ok) throw new Error(data.error ? data.error.message : ('HTTP ' + response.status));
  return data;
}

async function saveWatch(event) {
  event.preventDefault();
  const status = document.getElementById('watch-status');
  const body = { name: document.getElementById('watch-name').value.trim() };
  for (const [field, id] of [['q', 'watch-q'], ['entity', 'watch-entity'], ['outlet', 'watch-outlet'],
    ['webhook', 'watch-webhook'], ['email', 'watch-email']]) {
    const value = document.getElementById(id).value.trim();
    if (value) body[field] = value;
  }
  try {
    const saved = await writeWatch('POST', '/api/watches', body);
    document.getElementById('watch-form').reset();
    status.replaceChildren('حُفظت المتابعة «' + saved.name + '». سر توقيع webhook (يظهر مرة واحدة): ',
      el('span', { class: 'secret' }, saved.secret));
    loadWatches();
  } catch (e) {
    status.textContent = 'تعذّر الحفظ: ' + e.message;
  }
}

async function deleteWatch(id) {
  const status = document.getElementById('watch-status');
  try {
    await writeWatch('DELETE', '/api/watches/' + encodeURIComponent(id));
    status.textContent = 'حُذفت المتابعة.';
    loadWatches();
  } catch (e) {
    status.textContent = 'تعذّر الحذف: ' + e.message;
  }
}

// The search on screen as a watch: its words, and the entity chip it is filtered by.
function watchFromSearch() {
  document.getElementById('watch-q').value = document.getElementById('q').value.trim();
  document.getElementById('watch-entity').value = state.entity || '';
  if (!document.getElementById('watch-name').value) {
    document.getElementById('watch-name').value = document.getElementById('q').value.trim() || state.entityName || '';
  }
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('watch-form').addEventListener('submit', saveWatch);
  document.getElementById('watch-from-search').addEventListener('click', watchFromSearch);
  loadWatches();
});
