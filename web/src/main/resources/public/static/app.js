// Progressive enhancement only: every page works without this script.
'use strict';

// Copy buttons beside code snippets
document.querySelectorAll('button.copy').forEach((button) => {
  button.addEventListener('click', async () => {
    const code = document.getElementById(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(code.textContent);
      button.textContent = 'Copied';
    } catch (e) {
      // no clipboard permission (plain http, old browser): select the text for Ctrl+C instead
      const range = document.createRange();
      range.selectNodeContents(code);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      button.textContent = 'Press Ctrl+C';
    }
    setTimeout(() => { button.textContent = 'Copy'; }, 1500);
  });
});

// After a submit the answer stands below the form, out of sight on a phone: bring it into view and give it the focus
const answer = document.querySelector('#recommendation, #findings, [id^="findings-"], #notice, #error');
if (answer && document.querySelector('form.card')) {
  answer.setAttribute('tabindex', '-1');
  answer.focus({ preventScroll: true });
  answer.scrollIntoView({ block: 'start' });
}

// Validate page: show a chosen JSON file in the text area, so that it can be edited and is sent once;
// a .keras archive is binary and goes up as the file
const file = document.getElementById('file');
const description = document.getElementById('description');
if (file && description) {
  file.addEventListener('change', async () => {
    const chosen = file.files[0];
    if (!chosen || !chosen.name.toLowerCase().endsWith('.json') || chosen.size > 1000000) return;
    description.value = await chosen.text();
    file.value = '';
  });
}

// Confirm job page: follow the job's status URL until it finishes, then show the results
const job = document.getElementById('job');
const FINISHED = ['done', 'failed', 'timed-out', 'interrupted'];
if (job && !FINISHED.includes(job.dataset.state)) {
  const bar = document.getElementById('job-progress');
  const line = document.getElementById('job-status');
  const poll = async () => {
    try {
      const response = await fetch('/api/confirm/' + encodeURIComponent(job.dataset.job), { cache: 'no-store' });
      const status = await response.json();
      if (!response.ok || FINISHED.includes(status.state)) {
        window.location.reload();
        return;
      }
      const p = status.progress;
      bar.max = p.total_epochs;
      bar.value = p.done_epochs;
      line.textContent = status.state === 'queued' ? 'Queued: waiting for a free worker.'
        : `${p.done_epochs} of ${p.total_epochs} epochs (${Math.round(100 * p.fraction)}%): `
          + (p.candidate ? `${p.candidate}, seed ${p.seed}, loss ${typeof p.loss === 'number' ? p.loss.toFixed(4) : p.loss}` : 'starting');
    } catch (e) {
      line.textContent = 'Lost contact with the server; retrying…';
    }
    setTimeout(poll, 500);
  };
  setTimeout(poll, 300);
}
