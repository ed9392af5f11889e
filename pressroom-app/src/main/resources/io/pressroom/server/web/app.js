// Pressroom web UI. Every piece of article text goes into the page through textContent or text nodes,
// never as HTML, so hostile pages cannot inject markup or script.
'use strict';

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === 'class') e.className = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k === 'onclick') e.addEventListener('click', v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

function link(path, params) {
  const u = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== '') u.searchParams.set(k, v);
  return u.pathname + u.search;
}

async function api(path, params) {
  const u = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (Array.isArray(v)) v.forEach(x => u.searchParams.append(k, x));
    else if (v !== null && v !== undefined && v !== '') u.searchParams.set(k, v);
  }
  const r = await fetch(u);
  const body = await r.json();
  if (!r.ok) throw new Error(body.message || ('HTTP ' + r.status));
  return body;
}

function showError(where, err) {
  where.replaceChildren(el('p', {class: 'error'}, 'Error: ' + err.message));
}

/** The snippet with its matched words in <mark>, built from offsets, not from HTML. */
function snippetNode(text, highlights) {
  const p = el('p', {class: 'snippet'});
  let at = 0;
  for (const h of highlights || []) {
    if (h.start < at) continue;
    p.appendChild(document.createTextNode(text.slice(at, h.start)));
    p.appendChild(el('mark', {}, text.slice(h.start, h.end)));
    at = h.end;
  }
  p.appendChild(document.createTextNode(text.slice(at)));
  return p;
}

const params = new URLSearchParams(location.search);

// ---- search page ------------------------------------------------------------------------------
async function searchPage() {
  const form = document.getElementById('search-form');
  for (const k of ['q', 'from', 'to', 'sort']) if (params.get(k)) document.getElementById(k).value = params.get(k);
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const keep = {};
    for (const k of ['agency', 'outlet', 'speaker', 'entity']) if (params.get(k)) keep[k] = params.get(k);
    location.href = link('/', Object.assign(keep, {q: form.q.value, from: form.from.value, to: form.to.value, sort: form.sort.value}));
  });
  const results = document.getElementById('results');
  const query = {};
  for (const k of ['q', 'from', 'to', 'sort', 'agency', 'outlet', 'speaker', 'entity', 'offset']) if (params.get(k)) query[k] = params.get(k);
  query.limit = 20;
  let r;
  try {
    r = await api('/api/search', query);
  } catch (err) {
    showError(results, err);
    return;
  }
  const filters = ['agency', 'outlet', 'speaker', 'entity'].filter(k => params.get(k)).map(k => k + ': ' + params.get(k));
  document.getElementById('summary').textContent = r.total + ' article' + (r.total === 1 ? '' : 's')
      + (filters.length ? ' (' + filters.join(', ') + ')' : '') + (r.all_terms ? '' : ' — no article has every word; showing those with some');
  results.replaceChildren(...r.hits.map(h => el('div', {class: 'hit'},
      el('h3', {}, el('a', {href: link('/article.html', {id: h.id})}, h.headline || '(no headline)')),
      el('div', {class: 'meta'}, [h.published || 'date unknown', h.outlet, h.agency,
        h.copies ? h.copies + (h.copies === 1 ? ' copy' : ' copies') + ' elsewhere' : null].filter(Boolean).join(' · ')),
      h.snippet ? snippetNode(h.snippet, h.highlights) : null)));
  const offset = Number(params.get('offset') || 0);
  const pager = document.getElementById('pager');
  if (offset + 20 < r.total) pager.appendChild(el('a', {href: link('/', Object.assign({}, query, {offset: offset + 20, limit: null}))}, 'Next page →'));
  renderFacets(r.facets);
}

function renderFacets(f) {
  const aside = document.getElementById('facets');
  if (!f) return;
  const section = (title, key, counts) => {
    const entries = Object.entries(counts || {});
    if (!entries.length) return null;
    return el('section', {}, el('h4', {}, title), ...entries.map(([name, n]) => {
      const p = {};
      for (const [k, v] of params) p[k] = v;
      p[key] = name;
      delete p.offset;
      return el('a', {href: link('/', p), dataset: {facet: key}}, el('span', {}, name), el('span', {class: 'muted'}, String(n)));
    }));
  };
  const months = Object.entries(f.published_month || {});
  let chart = null;
  if (months.length && window.Chart) {
    chart = el('section', {}, el('h4', {}, 'Published'), el('canvas', {id: 'histogram', height: '160'}));
  }
  aside.replaceChildren(...[chart, section('Speakers', 'speaker', f.speaker), section('People', 'entity', f.person),
    section('Organisations', 'entity', f.organization), section('Places', 'entity', f.place), section('Agencies', 'agency', f.agency),
    section('Outlets', 'outlet', f.outlet)].filter(Boolean));
  if (chart) {
    new Chart(document.getElementById('histogram'), {type: 'bar',
      data: {labels: months.map(m => m[0]), datasets: [{label: 'articles', data: months.map(m => m[1]), backgroundColor: '#1f5fbf'}]},
      options: {plugins: {legend: {display: false}}, animation: false}});
  }
}

// ---- article page -----------------------------------------------------------------------------
async function articlePage() {
  const story = document.getElementById('story');
  const id = params.get('id') || '';
  if (!/^[0-9a-f]{16}$/.test(id)) {
    showError(story, new Error('no article id'));
    return;
  }
  let a;
  try {
    a = await api('/api/articles/' + id);
  } catch (err) {
    showError(story, err);
    return;
  }
  document.title = 'Pressroom — ' + (a.headline || a.id);
  const meta = [a.published || 'date unknown', a.byline ? 'By ' + a.byline : null, a.dateline, a.agency, a.outlet].filter(Boolean).join(' · ');
  const parts = [el('h1', {}, a.headline || '(no headline)'), el('p', {class: 'meta'}, meta)];
  for (const c of a.captions || []) parts.push(el('p', {class: 'caption'}, 'Photo: ' + c));
  const quotes = (a.quotes || []).map((q, i) => Object.assign({index: i}, q)).sort((x, y) => x.start - y.start || y.end - x.end);
  // Time expressions and names, in body order; a name inside a time expression (or the reverse) is left unmarked.
  const marks = [];
  for (const m of [...(a.timexes || []), ...(a.entities || [])].sort((x, y) => x.start - y.start || y.end - x.end)) {
    if (!marks.length || m.start >= marks[marks.length - 1].end) marks.push(m);
  }
  const timexes = marks;
  for (const p of a.paragraphs) parts.push(paragraphWithQuotes(a.body, p, quotes, timexes));
  if ((a.boilerplate || []).length) {
    parts.push(el('details', {}, el('summary', {}, 'Removed from the page (' + a.boilerplate.length + ' lines)'),
        el('ul', {}, ...a.boilerplate.map(b => el('li', {}, b)))));
  }
  if ((a.flags || []).length) {
    parts.push(el('section', {class: 'flags', id: 'flags'}, el('h4', {}, 'Disagreements'),
        el('ul', {}, ...a.flags.map(f => el('li', {}, f.kind + ': ' + f.note,
            f.other_article ? el('span', {}, ' — ', el('a', {href: link('/article.html', {id: f.other_article})}, 'the other report')) : null)))));
  }
  if (a.duplicate_of) {
    parts.push(el('p', {class: 'meta', id: 'duplicate-of'}, 'A near-copy (similarity ' + a.similarity + ') of ',
        el('a', {href: link('/article.html', {id: a.duplicate_of})}, 'the first copy'), '.'));
  }
  if ((a.copies || []).length) {
    parts.push(el('section', {id: 'copies'}, el('h4', {}, (a.duplicate_of ? 'Other copies' : 'Copies') + ' (' + a.copies.length + ')'),
        el('ul', {}, ...a.copies.map(c => el('li', {}, el('a', {href: link('/article.html', {id: c.id})}, c.headline || c.id),
            ' · ' + [c.outlet, c.published, 'similarity ' + c.similarity].filter(Boolean).join(' · '))))));
  }
  if (a.story) parts.push(el('section', {id: 'story-link'}, el('h4', {}, 'Story'), el('div', {id: 'story-articles'})));
  parts.push(el('p', {class: 'meta'}, 'Source: ' + a.source + ' · id ' + a.id));
  story.replaceChildren(...parts);
  if (a.story) await showStory(a.story, a.id);
  const speakers = [...new Set(quotes.map(q => q.speaker).filter(Boolean))];
  document.getElementById('speakers').replaceChildren(...speakers.map(s => el('a', {href: link('/speaker.html', {name: s})}, el('span', {}, s),
      el('span', {class: 'muted'}, String(quotes.filter(q => q.speaker === s).length)))));
  const named = new Map();
  for (const m of a.entities || []) {
    if (m.type === 'misc') continue;
    const e = named.get(m.entity) || {name: m.name, type: m.type, count: 0, role: null};
    e.count++;
    e.role = e.role || m.role || null;
    named.set(m.entity, e);
  }
  document.getElementById('entities').replaceChildren(...[...named.entries()].sort((x, y) => y[1].count - x[1].count)
      .map(([id, e]) => el('a', {href: link('/entity.html', {name: id}), dataset: {entity: id}, title: e.type + (e.role ? ' · ' + e.role : '')},
          el('span', {}, e.name), el('span', {class: 'muted'}, String(e.count)))));
}

function paragraphWithQuotes(body, para, quotes, timexes) {
  const p = el('p', {});
  let at = para.start;
  for (const q of quotes) {
    const s = Math.max(q.start, para.start);
    const e = Math.min(q.end, para.end);
    if (e <= s || s < at) continue; // outside this paragraph, or inside a quotation already shown
    appendText(p, body, at, s, timexes);
    const title = (q.speaker || 'unknown speaker') + (q.cue ? ' (' + q.cue + ')' : '') + (q.said_on ? ', ' + q.said_on : '');
    const span = el('span', {class: 'quote', title: title, dataset: {speaker: q.speaker || '', type: q.type}});
    appendText(span, body, s, e, timexes);
    span.addEventListener('click', () => showQuote(q, span));
    p.appendChild(span);
    at = e;
  }
  appendText(p, body, at, para.end, timexes);
  return p;
}

/**
 * body[from, to) as text, with the marks inside it: time expressions as <time> (value on hover) and
 * names as links to their entity page (resolved name and role on hover).
 */
function appendText(parent, body, from, to, marks) {
  let at = from;
  for (const m of marks || []) {
    if (m.start < at || m.end > to) continue;
    parent.appendChild(document.createTextNode(body.slice(at, m.start)));
    if (m.entity) {
      parent.appendChild(el('a', {class: 'entity entity-' + m.type, href: link('/entity.html', {name: m.entity}), dataset: {entity: m.entity},
        title: m.name + ' (' + m.type + (m.role ? ', ' + m.role : '') + ')'}, body.slice(m.start, m.end)));
    } else {
      const attrs = {class: 'timex', title: m.value ? m.type.toLowerCase() + ': ' + m.value : 'time (no date to resolve against)'};
      if (m.value && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(m.value)) attrs.datetime = m.value;
      parent.appendChild(el('time', attrs, body.slice(m.start, m.end)));
    }
    at = m.end;
  }
  parent.appendChild(document.createTextNode(body.slice(at, to)));
}

function showQuote(q, span) {
  document.querySelectorAll('span.quote.selected').forEach(s => s.classList.remove('selected'));
  span.classList.add('selected');
  const who = q.speaker ? el('a', {href: link('/speaker.html', {name: q.speaker}), id: 'detail-speaker'}, q.speaker)
      : el('span', {id: 'detail-speaker'}, 'unknown speaker');
  document.getElementById('quote-detail').replaceChildren(
      el('h4', {}, who),
      el('p', {class: 'meta'}, [q.type, q.cue ? 'cue: ' + q.cue : null, q.speaker_mention ? 'written as: ' + q.speaker_mention : null,
        q.said_on ? 'said on ' + q.said_on : null].filter(Boolean).join(' · ')),
      el('blockquote', {}, q.text),
      q.statement ? el('p', {id: 'statement', class: 'meta'}, 'Statement ' + q.statement + (q.wording ? ' · wording: ' + q.wording : ' · first report')) : null);
  if (q.statement) showReports(q.statement);
}

/** The story an article belongs to: its dates, names and the other articles. */
async function showStory(id, self) {
  let st;
  try {
    st = await api('/api/stories/' + id);
  } catch (err) {
    return;
  }
  const others = st.article_ids.filter(x => x !== self);
  document.getElementById('story-articles').replaceChildren(
      el('p', {class: 'meta'}, [st.articles + (st.articles === 1 ? ' article' : ' articles'),
        st.first ? st.first + (st.last && st.last !== st.first ? ' to ' + st.last : '') : null,
        st.names.length ? 'names: ' + st.names.join(', ') : null].filter(Boolean).join(' · ')),
      others.length ? el('ul', {}, ...others.map(x => el('li', {}, el('a', {href: link('/article.html', {id: x})}, 'article ' + x)))) : null);
}

/** Every report of the statement a quotation belongs to, under the quotation's details. */
async function showReports(id) {
  const box = document.getElementById('quote-detail');
  let st;
  try {
    st = await api('/api/statements/' + id);
  } catch (err) {
    return;
  }
  if (st.reports.length < 2) return;
  box.appendChild(el('section', {id: 'reports'}, el('h4', {}, 'Reported ' + st.reports.length + ' times, first on ' + (st.first_reported || '?')),
      el('ul', {}, ...st.reports.map(r => el('li', {}, el('a', {href: link('/article.html', {id: r.article})}, r.outlet || r.article),
          ' · ' + [r.published, r.wording, r.copy ? 'copy' : null].filter(Boolean).join(' · '))))));
}

// ---- speaker page -----------------------------------------------------------------------------
async function speakerPage() {
  const name = params.get('name') || '';
  document.getElementById('speaker-name').textContent = name || 'Speaker';
  const list = document.getElementById('speaker-quotes');
  if (!name) return;
  let r;
  try {
    r = await api('/api/quotes', {speaker: name, limit: 500});
  } catch (err) {
    showError(list, err);
    return;
  }
  const mine = r.quotes.filter(q => q.speaker === name);
  const outlets = [...new Set(mine.map(q => q.outlet || q.agency).filter(Boolean))];
  document.getElementById('speaker-summary').textContent = mine.length + ' quotation' + (mine.length === 1 ? '' : 's')
      + (outlets.length ? ' reported by ' + outlets.join(', ') : '');
  await showSpeakerRoles(name);
  list.replaceChildren(...mine.map(q => el('li', {class: 'quote-item'},
      el('div', {class: 'meta'}, [q.said_on || q.published || 'date unknown', q.cue, q.outlet || q.agency].filter(Boolean).join(' · ')),
      el('div', {}, q.type === 'direct' ? '\u201C' + q.text.replace(/,$/, '') + '\u201D' : q.text),
      el('a', {href: link('/article.html', {id: q.article}), class: 'meta'}, q.headline || q.article))));
}

/** The speaker's titles over time, from the entity index (nothing when the name is not a known person). */
async function showSpeakerRoles(name) {
  let e;
  try {
    e = await api('/api/entity', {name: name});
  } catch (err) {
    return;
  }
  if (!e.roles.length) return;
  document.getElementById('speaker-roles').replaceChildren(el('h4', {}, 'Roles'),
      el('ul', {}, ...e.roles.map(r => el('li', {}, r.title + ' · ' + (r.first ? (r.first === r.last ? r.first : r.first + ' to ' + r.last) : 'undated')))),
      el('p', {}, el('a', {href: link('/entity.html', {name: e.id})}, 'Everything about ' + e.name)));
}

// ---- trends page ------------------------------------------------------------------------------
let trendChart = null;

async function trendsPage() {
  const form = document.getElementById('trend-form');
  if (params.get('q')) document.getElementById('phrases').value = params.getAll('q').join('; ');
  for (const k of ['interval', 'by', 'measure']) if (params.get(k)) document.getElementById(k).value = params.get(k);
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const u = new URL('/trends.html', location.origin);
    document.getElementById('phrases').value.split(';').map(s => s.trim()).filter(Boolean).forEach(q => u.searchParams.append('q', q));
    for (const k of ['interval', 'by', 'measure']) u.searchParams.set(k, document.getElementById(k).value);
    location.href = u.pathname + u.search;
  });
  const phrases = params.getAll('q');
  if (!phrases.length) return;
  const query = {q: phrases, interval: params.get('interval') || 'month', by: params.get('by') || 'none'};
  let t;
  try {
    t = await api('/api/trends', query);
  } catch (err) {
    showError(document.querySelector('.chart-box'), err);
    return;
  }
  const csv = new URL('/api/trends', location.origin);
  phrases.forEach(q => csv.searchParams.append('q', q));
  csv.searchParams.set('interval', query.interval);
  csv.searchParams.set('by', query.by);
  csv.searchParams.set('format', 'csv');
  document.getElementById('csv-link').setAttribute('href', csv.pathname + csv.search);
  const measure = params.get('measure') === 'ratios' ? 'ratios' : 'counts';
  const series = t.points.length ? Object.keys(t.points[0].counts) : [];
  const palette = ['#1f5fbf', '#d9480f', '#2b8a3e', '#862e9c', '#e67700', '#0b7285', '#c92a2a', '#5c940d'];
  const datasets = series.map((s, i) => ({label: s, data: t.points.map(p => p[measure][s]), borderColor: palette[i % palette.length],
    backgroundColor: palette[i % palette.length], tension: 0.2}));
  if (trendChart) trendChart.destroy();
  trendChart = new Chart(document.getElementById('trend-chart'), {type: 'line',
    data: {labels: t.points.map(p => p.date), datasets: datasets}, options: {animation: false, responsive: true}});
  document.body.dataset.trendSeries = String(series.length);
}

// ---- stories and statements ---------------------------------------------------------------------
async function storiesPage() {
  const form = document.getElementById('stories-form');
  for (const k of ['from', 'to']) if (params.get(k)) document.getElementById(k).value = params.get(k);
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.href = link('/stories.html', {from: form.from.value, to: form.to.value});
  });
  const list = document.getElementById('stories-list');
  const query = {limit: 50};
  for (const k of ['from', 'to']) if (params.get(k)) query[k] = params.get(k);
  let r;
  try {
    r = await api('/api/stories', query);
  } catch (err) {
    showError(list, err);
    return;
  }
  document.getElementById('stories-summary').textContent = r.count + ' stor' + (r.count === 1 ? 'y' : 'ies') + ' of two articles or more';
  list.replaceChildren(...r.stories.map(s => el('li', {class: 'story'},
      el('h3', {}, el('a', {href: link('/article.html', {id: s.article_ids[0]})}, s.headline || '(no headline)')),
      el('div', {class: 'meta'}, [s.articles + ' articles', s.first ? s.first + (s.last && s.last !== s.first ? ' to ' + s.last : '') : 'dates unknown']
          .join(' · ')),
      s.names.length ? el('div', {class: 'meta'}, 'Names: ' + s.names.join(', ')) : null,
      s.speakers.length ? el('div', {class: 'meta'}, 'Speakers: ', ...s.speakers.flatMap((sp, i) =>
          [i ? ', ' : '', el('a', {href: link('/speaker.html', {name: sp})}, sp)])) : null)));
}

async function statementsPage() {
  const form = document.getElementById('statements-form');
  if (params.get('speaker')) document.getElementById('speaker').value = params.get('speaker');
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.href = link('/statements.html', {speaker: form.speaker.value});
  });
  const list = document.getElementById('statements-list');
  const query = {limit: 50, min_reports: params.get('min_reports') || 2};
  if (params.get('speaker')) query.speaker = params.get('speaker');
  let r;
  try {
    r = await api('/api/statements', query);
  } catch (err) {
    showError(list, err);
    return;
  }
  document.getElementById('statements-summary').textContent = r.count + ' statement' + (r.count === 1 ? '' : 's')
      + ' reported at least ' + query.min_reports + ' time' + (Number(query.min_reports) === 1 ? '' : 's')
      + (query.speaker ? ' (speaker: ' + query.speaker + ')' : '');
  list.replaceChildren(...r.statements.map(s => el('li', {class: 'statement'},
      el('blockquote', {}, s.wording),
      el('div', {class: 'meta'}, s.speaker ? el('a', {href: link('/speaker.html', {name: s.speaker})}, s.speaker) : 'unattributed',
          ' · ' + s.report_count + (s.report_count === 1 ? ' report' : ' reports') + ' · first ' + (s.first_reported || 'date unknown')
          + (s.first_outlet ? ' (' + s.first_outlet + ')' : '')),
      el('ul', {}, ...s.reports.map(rep => el('li', {}, el('a', {href: link('/article.html', {id: rep.article})}, rep.outlet || rep.headline || rep.article),
          ' · ' + [rep.published, rep.wording, rep.copy ? 'copy' : null].filter(Boolean).join(' · ')))))));
}

// ---- entities and the timeline ------------------------------------------------------------------
async function entityPage() {
  const box = document.getElementById('entity');
  const name = params.get('name') || '';
  if (!name) {
    showError(box, new Error('no entity name'));
    return;
  }
  let e;
  try {
    e = await api('/api/entity', {name: name});
  } catch (err) {
    showError(box, err);
    return;
  }
  document.getElementById('entity-name').textContent = e.name;
  document.getElementById('entity-summary').textContent = [e.type, e.articles + (e.articles === 1 ? ' article' : ' articles'),
    e.quotes + (e.quotes === 1 ? ' quotation' : ' quotations'),
    'first seen ' + (e.first_seen || 'date unknown'), 'last seen ' + (e.last_seen || 'date unknown')].join(' · ');
  box.replaceChildren(
      e.articles_read < e.articles ? el('p', {class: 'note'}, 'Aliases, roles and quotations from the ' + e.articles_read
          + ' earliest and latest of its ' + e.articles + ' articles.') : null,
      e.aliases.length ? el('p', {}, 'Also written: ' + e.aliases.join(', ')) : null,
      e.roles.length ? el('section', {id: 'roles'}, el('h4', {}, 'Roles over time'), el('table', {class: 'roles'},
          el('tr', {}, el('th', {}, 'Title'), el('th', {}, 'First'), el('th', {}, 'Last'), el('th', {}, 'Articles')),
          ...e.roles.map(r => el('tr', {}, el('td', {}, r.title), el('td', {}, r.first || '—'), el('td', {}, r.last || '—'),
              el('td', {}, String(r.articles)))))) : null,
      el('p', {}, el('a', {href: link('/', {entity: e.id})}, 'Articles naming ' + e.name), ' · ',
          el('a', {href: link('/timeline.html', {entity: e.id})}, 'Timeline'),
          e.quotes ? [' · ', el('a', {href: link('/speaker.html', {name: e.name})}, 'Quotations')] : null),
      e.related.length ? el('section', {}, el('h4', {}, 'Named with'), el('p', {}, ...e.related.flatMap((r, i) =>
          [i ? ', ' : '', el('a', {href: link('/entity.html', {name: r})}, r)]))) : null);
}

async function timelinePage() {
  const form = document.getElementById('timeline-form');
  for (const k of ['entity', 'from', 'to']) if (params.get(k)) document.getElementById(k).value = params.get(k);
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.href = link('/timeline.html', {entity: form.entity.value, from: form.from.value, to: form.to.value});
  });
  const list = document.getElementById('timeline-list');
  const query = {limit: 200};
  for (const k of ['entity', 'from', 'to']) if (params.get(k)) query[k] = params.get(k);
  let r;
  try {
    r = await api('/api/timeline', query);
  } catch (err) {
    showError(list, err);
    return;
  }
  document.getElementById('timeline-summary').textContent = r.events.length + (r.events.length === 1 ? ' event' : ' events')
      + (query.entity ? ' of ' + query.entity : '');
  list.replaceChildren(...r.events.map(t => el('li', {class: 'event'},
      el('div', {class: 'date'}, t.date),
      el('blockquote', {}, t.text),
      t.actors.length ? el('div', {class: 'meta'}, 'Actors: ', ...t.actors.flatMap((a, i) =>
          [i ? ', ' : '', el('a', {href: link('/entity.html', {name: a})}, a)])) : null,
      el('ul', {}, ...t.sources.map(s => el('li', {}, el('a', {href: link('/article.html', {id: s.article})}, s.headline || s.article),
          ' · ' + [s.outlet, s.published].filter(Boolean).join(' · ')))))));
}

const pages = {search: searchPage, article: articlePage, speaker: speakerPage, trends: trendsPage, stories: storiesPage,
  statements: statementsPage, entity: entityPage, timeline: timelinePage};
const run = pages[document.body.dataset.page];
if (run) run().finally(() => { document.body.dataset.ready = 'true'; });
