// rating.js saves the rating grid's forms in place as they change, and
// asks before the page is left with a change unsaved. Without it each form
// posts and the page reloads; with it the save goes by fetch and the
// form's status line (an aria-live region) says what happened. A refused
// save shows each problem beside its field, as the page does without the
// script, and the status line reads them all out. The evidence link, owner
// and target date sit in a details component: a problem with one of them
// while it is closed opens it and takes focus to the field.
const fields = ['commentary', 'evidence', 'owner', 'target_date'];

function describe(r) {
  const parts = [r.rag_label];
  if (r.commentary) parts.push('commentary “' + r.commentary + '”');
  if (r.owner) parts.push('owner ' + r.owner);
  if (r.target_date) parts.push('target ' + r.target_date_uk);
  if (r.evidence) parts.push('evidence ' + r.evidence);
  return parts.join(', ');
}

// showMore brings the folded fields' summary up to date with a rating, in
// the line the server wrote for it, and opens them when asked to and they
// hold something.
function showMore(form, r, open) {
  const more = form.querySelector('details[data-more]');
  if (!more) return;
  more.querySelector('[data-more-filled]').textContent = r.more;
  if (open && r.more) more.open = true;
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text) e.textContent = text;
  return e;
}

function fill(form, r) {
  const radio = form.querySelector('input[name="rag"][value="' + r.rag + '"]');
  if (radio) radio.checked = true;
  for (const f of fields) {
    const input = form.elements.namedItem(f);
    if (input) input.value = f === 'target_date' ? r.target_date_uk : (r[f] || '');
  }
  fillDate(form, 'target_date', r.target_date);
  form.elements.namedItem('version').value = String(r.version);
  showMore(form, r, true);
}

// fillDate puts an ISO date (2026-03-31) in a date input's day, month and
// year boxes, as 31, 3 and 2026.
function fillDate(form, name, iso) {
  const [y, m, d] = (iso || '').split('-');
  for (const [part, v] of [['day', d], ['month', m], ['year', y]]) {
    const input = form.elements.namedItem(name + '-' + part);
    if (input) input.value = v ? String(Number(v)) : '';
  }
}

// dateInputOf is the GOV.UK date input holding a form control, or null.
function dateInputOf(node) {
  return node.closest ? node.closest('.govuk-date-input') : null;
}

// dateWhole reports whether each box of a date input holds something.
function dateWhole(date) {
  return Array.from(date.querySelectorAll('input')).every((i) => i.value.trim() !== '');
}

// describedBy adds or removes an id in an element's aria-describedby.
function describedBy(node, id, on) {
  const ids = (node.getAttribute('aria-describedby') || '').split(/\s+/).filter((x) => x && x !== id);
  if (on) ids.push(id);
  if (ids.length) node.setAttribute('aria-describedby', ids.join(' '));
  else node.removeAttribute('aria-describedby');
}

// controlsOf lists what a field's error describes: the rating's fieldset,
// or the input or textarea.
function controlsOf(group) {
  const fieldset = group.querySelector('fieldset');
  return fieldset ? [fieldset] : Array.from(group.querySelectorAll('input, textarea'));
}

// clearErrors removes every problem shown on the form, whether the page or
// the script put it there.
function clearErrors(form) {
  for (const p of form.querySelectorAll('[data-field-error]')) {
    for (const n of form.querySelectorAll('[aria-describedby]')) describedBy(n, p.id, false);
    p.remove();
  }
  for (const group of form.querySelectorAll('[data-field]')) {
    group.classList.remove('govuk-form-group--error');
    for (const c of group.querySelectorAll('.govuk-input--error, .govuk-textarea--error')) {
      c.classList.remove('govuk-input--error', 'govuk-textarea--error');
    }
  }
  form.closest('.sv-rating').classList.remove('sv-rating--error');
}

// errorMessage is a GOV.UK error message paragraph.
function errorMessage(id, text) {
  const p = el('p', 'govuk-error-message');
  p.id = id;
  p.dataset.fieldError = '';
  const hidden = el('span', 'govuk-visually-hidden', 'Error:');
  p.append(hidden, ' ' + text);
  return p;
}

// showErrors puts each problem beside its field (or at the top of the form
// when it names none) and returns the messages in form order.
function showErrors(form, errors) {
  const rec = form.closest('.sv-rating').dataset.recommendation;
  const messages = [];
  for (const e of errors) {
    messages.push(e.message);
    const group = e.field && form.querySelector('[data-field="' + e.field + '"]');
    if (!group) {
      form.prepend(errorMessage('rec-' + rec + '-error', e.message));
      continue;
    }
    const id = group.dataset.errorId;
    const fieldset = group.querySelector('fieldset');
    const p = errorMessage(id, e.message);
    if (fieldset) {
      fieldset.querySelector('legend').after(p);
      for (const c of fieldset.querySelectorAll('input.govuk-input')) c.classList.add('govuk-input--error');
    } else {
      group.querySelector('input, textarea').before(p);
      for (const c of group.querySelectorAll('input')) c.classList.add('govuk-input--error');
      for (const c of group.querySelectorAll('textarea')) c.classList.add('govuk-textarea--error');
    }
    for (const c of controlsOf(group)) describedBy(c, id, true);
    group.classList.add('govuk-form-group--error');
  }
  form.closest('.sv-rating').classList.add('sv-rating--error');
  revealFolded(form);
  return messages;
}

// revealFolded opens the folded fields when one of them has a problem and
// they are closed, and moves focus to the first such field, so that the
// problem is neither hidden nor missed.
function revealFolded(form) {
  const more = form.querySelector('details[data-more]');
  if (!more || more.open) return;
  const group = more.querySelector('[data-field].govuk-form-group--error');
  if (!group) return;
  more.open = true;
  const control = group.querySelector('input, textarea');
  if (control) control.focus();
}

function showConflict(form, status, data) {
  const box = form.querySelector('.sv-rating__conflict');
  box.replaceChildren();
  box.hidden = false;
  const heading = el('h4', 'govuk-heading-s', 'Not saved: ' + data.error);
  heading.tabIndex = -1;
  const list = el('ul', 'govuk-list');
  list.append(el('li', '', 'Your change: ' + describe(data.mine)));
  list.append(el('li', '', 'Saved by ' + (data.rating.updated_by || 'someone else') + ': ' + describe(data.rating) + ' (version ' + data.rating.version + ')'));
  const mine = el('button', 'govuk-button govuk-!-margin-right-2', 'Keep my change');
  mine.type = 'button';
  const theirs = el('button', 'govuk-button govuk-button--secondary', 'Use the saved rating');
  theirs.type = 'button';
  mine.addEventListener('click', () => {
    form.elements.namedItem('version').value = String(data.rating.version);
    box.hidden = true;
    save(form);
  });
  theirs.addEventListener('click', () => {
    const st = stateOf(form);
    st.sent = st.edits;
    st.held = false;
    fill(form, data.rating);
    savedRated(form, data.rating);
    box.hidden = true;
    status.textContent = 'Showing the saved rating. ' + data.rating.status;
  });
  box.append(heading, list, mine, theirs);
  status.textContent = 'Not saved: ' + data.error;
  heading.focus();
}

// Each form saves itself as it changes: a rating at once, typed text once
// typing pauses. A form's state is kept beside it: edits counts changes,
// sent the edits the last save carried, busy whether a save is on its way,
// queued whether a save was asked for while one was, and held whether a
// conflict waits for the person to choose.
// typingPause is how long typing rests before it is saved, and
// choicePause how long arrow keys may pass over the RAG choices.
const typingPause = 2000;
const choicePause = 400;
const states = new Map();

function stateOf(form) {
  let st = states.get(form);
  if (!st) {
    st = { edits: 0, sent: 0, busy: false, queued: false, held: false, timer: 0 };
    states.set(form, st);
  }
  return st;
}

// countRated moves the grid's progress figures ("18 of 33 rated") on by
// delta (1 or -1) for a recommendation whose rating was saved: the round's,
// and those of the sections that hold it.
function countRated(form, delta) {
  const rec = form.closest('.sv-rating').dataset.recommendation;
  for (const p of document.querySelectorAll('[data-progress]')) {
    if (p.dataset.recs !== undefined && !p.dataset.recs.split(' ').includes(rec)) continue;
    const rated = Number(p.dataset.rated) + delta;
    p.dataset.rated = String(rated);
    p.textContent = rated + ' of ' + p.dataset.total + ' rated';
  }
}

// savedRated notes whether a form's stored rating is now Green, Amber or
// Red, and moves the progress figures when that changed.
function savedRated(form, rating) {
  const now = rating.rag !== 'none' && rating.rag !== '';
  const was = form.dataset.rated === '1';
  form.dataset.rated = now ? '1' : '0';
  if (now !== was) countRated(form, now ? 1 : -1);
}

function unsaved(st) {
  return st.busy || st.edits !== st.sent;
}

// changed notes an edit and saves after wait milliseconds, unless a
// conflict is waiting for the person to choose.
function changed(form, wait) {
  const st = stateOf(form);
  st.edits++;
  if (!st.busy && !st.held && st.edits === st.sent + 1) {
    form.querySelector('.sv-rating__status').textContent = 'Changes not saved yet.';
  }
  clearTimeout(st.timer);
  if (st.held) return;
  st.timer = setTimeout(() => save(form), wait);
}

async function save(form) {
  const st = stateOf(form);
  clearTimeout(st.timer);
  if (st.busy) { // the running save sends the rest when it ends
    st.queued = true;
    return;
  }
  st.busy = true;
  st.queued = false;
  st.held = false;
  const edits = st.edits;
  const status = form.querySelector('.sv-rating__status');
  const card = form.closest('.sv-rating');
  card.dataset.saveState = 'saving';
  status.textContent = 'Saving…';
  let again = false;
  try {
    const resp = await fetch(form.action, {
      method: 'POST',
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin',
    });
    const data = await resp.json();
    if (resp.status === 401 && data.signin) {
      // The session has ended: svbench kept what was typed, and shows it
      // again on this page after signing in.
      st.sent = st.edits;
      st.busy = false;
      card.dataset.saveState = 'signin';
      window.location.assign(data.signin);
      return;
    } else if (resp.ok) {
      clearErrors(form);
      form.elements.namedItem('version').value = String(data.rating.version);
      showMore(form, data.rating, false);
      savedRated(form, data.rating);
      st.sent = edits;
      again = st.edits !== edits || st.queued;
      card.dataset.saveState = again ? 'changed' : 'saved';
      status.textContent = data.rating.status;
    } else if (resp.status === 409) {
      clearErrors(form);
      st.held = true;
      card.dataset.saveState = 'conflict';
      showConflict(form, status, data);
    } else {
      clearErrors(form);
      again = st.queued; // a save asked for meanwhile may carry the fix
      card.dataset.saveState = 'failed';
      const errors = data.errors && data.errors.length ? data.errors : [{ field: '', message: data.error || 'Something went wrong' }];
      const messages = showErrors(form, errors);
      status.textContent = 'Not saved. ' + messages.map((m) => m.replace(/\.$/, '') + '.').join(' ');
    }
  } catch (err) {
    card.dataset.saveState = 'failed';
    status.textContent = 'Not saved: svbench could not be reached. Your change is still here; press Save to try again.';
  } finally {
    st.busy = false;
  }
  if (again) save(form);
}

for (const form of document.querySelectorAll('form[data-rating-form]')) {
  // A form the page shows with a refused or kept change is unsaved until
  // it saves.
  if (form.hasAttribute('data-unsaved')) stateOf(form).edits = 1;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save(form);
  });
  form.addEventListener('change', (event) => {
    const st = stateOf(form);
    if (dateInputOf(event.target)) return; // saved when focus leaves its boxes
    if (event.target.name === 'rag') changed(form, choicePause);
    else if (event.target.name && st.edits !== st.sent && !st.busy && !st.held) save(form); // leaving a typed field saves it now
  });
  form.addEventListener('input', (event) => {
    if (event.target.name && event.target.name !== 'rag') changed(form, typingPause);
    const date = dateInputOf(event.target);
    if (date && !dateWhole(date)) clearTimeout(stateOf(form).timer); // not half a date
  });
  // A date input saves when focus leaves its three boxes, not between them.
  form.addEventListener('focusout', (event) => {
    const date = dateInputOf(event.target);
    if (!date || (event.relatedTarget && date.contains(event.relatedTarget))) return;
    const st = stateOf(form);
    if (st.edits !== st.sent && !st.busy && !st.held) save(form);
  });
}

// Leaving the page while a change is unsaved asks first.
window.addEventListener('beforeunload', (event) => {
  for (const st of states.values()) {
    if (unsaved(st)) {
      event.preventDefault();
      event.returnValue = '';
      return;
    }
  }
});
