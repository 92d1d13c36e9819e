// rating.js saves the rating grid's forms in place. Without it each form
// posts and the page reloads; with it the save goes by fetch and the
// form's status line (an aria-live region) says what happened.
const fields = ['commentary', 'evidence', 'owner', 'target_date'];

function describe(r) {
  const parts = [r.rag_label];
  if (r.commentary) parts.push('commentary “' + r.commentary + '”');
  if (r.owner) parts.push('owner ' + r.owner);
  if (r.target_date) parts.push('target ' + r.target_date);
  if (r.evidence) parts.push('evidence ' + r.evidence);
  return parts.join(', ');
}

function savedLine(r) {
  let s = 'Saved: ' + r.rag_label;
  if (r.updated_by) s += ', by ' + r.updated_by;
  if (r.updated_at) s += ', ' + r.updated_at;
  return s + ' (version ' + r.version + ').';
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
    if (input) input.value = r[f] || '';
  }
  form.elements.namedItem('version').value = String(r.version);
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
    fill(form, data.rating);
    box.hidden = true;
    status.textContent = 'Showing the saved rating. ' + savedLine(data.rating);
  });
  box.append(heading, list, mine, theirs);
  status.textContent = 'Not saved: ' + data.error;
  heading.focus();
}

async function save(form) {
  const status = form.querySelector('.sv-rating__status');
  const button = form.querySelector('button[type="submit"]');
  status.textContent = 'Saving…';
  button.disabled = true;
  try {
    const resp = await fetch(form.action, {
      method: 'POST',
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(new FormData(form)),
      credentials: 'same-origin',
    });
    const data = await resp.json();
    if (resp.status === 401 && data.editor) {
      window.location.assign(data.editor);
    } else if (resp.ok) {
      form.elements.namedItem('version').value = String(data.rating.version);
      status.textContent = savedLine(data.rating);
      form.closest('.sv-rating').classList.remove('sv-rating--error');
    } else if (resp.status === 409) {
      showConflict(form, status, data);
    } else {
      status.textContent = 'Not saved: ' + (data.error || 'something went wrong.');
      form.closest('.sv-rating').classList.add('sv-rating--error');
    }
  } catch (err) {
    status.textContent = 'Not saved: svbench could not be reached. Try again.';
  } finally {
    button.disabled = false;
  }
}

for (const form of document.querySelectorAll('form[data-rating-form]')) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save(form);
  });
}
