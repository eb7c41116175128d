// Marsad sources page: each watched source's health from /api/sources. Every value from the API enters the
// page as text (textContent or inert attributes), never as HTML.
'use strict';

const STATUS_NAMES = { new: 'لم يُستطلع بعد', ok: 'سليم', failing: 'يتعثر', overdue: 'متأخر' };

function cell(text, className) {
  const td = document.createElement('td');
  if (className) td.className = className;
  td.textContent = text === null || text === undefined ? '—' : String(text);
  return td;
}

// A time as YYYY-MM-DD HH:MM (UTC), the form the rest of the page uses.
function when(iso) {
  return iso ? iso.replace('T', ' ').substring(0, 16) : null;
}

function every(seconds) {
  if (seconds % 3600 === 0) return (seconds / 3600) + ' س';
  if (seconds % 60 === 0) return (seconds / 60) + ' د';
  return seconds + ' ث';
}

function sourceRow(s) {
  const row = document.createElement('tr');
  row.dataset.name = s.name;
  row.className = 'source status-' + s.status;
  const name = cell(s.name, 'name');
  const url = document.createElement('div');
  url.className = 'url';
  url.dir = 'ltr';
  url.textContent = s.url;
  name.appendChild(url);
  row.appendChild(name);
  row.appendChild(cell(s.outlet));
  row.appendChild(cell(s.language));
  row.appendChild(cell(s.country));
  row.appendChild(cell(every(s.intervalSeconds), 'interval'));
  const status = cell(STATUS_NAMES[s.status] || s.status, 'status');
  if (s.lastError) {
    const error = document.createElement('div');
    error.className = 'error';
    error.dir = 'auto'; // the reasons are English: laid out left to right, not reordered by the Arabic page
    error.textContent = s.lastError;
    status.appendChild(error);
  }
  row.appendChild(status);
  row.appendChild(cell(when(s.lastPoll), 'date'));
  row.appendChild(cell(when(s.lastNewArticle), 'date'));
  row.appendChild(cell(s.errorsInRow, 'errors'));
  row.appendChild(cell(when(s.nextPoll), 'date'));
  row.appendChild(cell(s.articlesStored));
  return row;
}

async function loadSources() {
  const status = document.getElementById('sources-status');
  const table = document.getElementById('source-table');
  try {
    const response = await fetch('/api/sources');
    const data = await response.json();
    if (!response.ok) throw new Error(data.error ? data.error.message : ('HTTP ' + response.status));
    document.getElementById('source-count').textContent = `(${data.total})`;
    document.getElementById('source-rows').replaceChildren(...data.sources.map(sourceRow));
    table.hidden = data.total === 0;
    status.textContent = data.total ? '' : 'لا مصادر بعد: شغّل marsad watch --sources sources.toml (انظر docs/INGEST.md).';
  } catch (e) {
    status.textContent = 'تعذّر تحميل المصادر: ' + e.message;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  loadSources();
  setInterval(loadSources, 60000);
});
