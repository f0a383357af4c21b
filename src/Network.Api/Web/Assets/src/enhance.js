// Progressive enhancement only: every journey works without this script.

// A form that would change something asks once more when it says so (data-confirm), e.g. revoking trust.
document.addEventListener('submit', (event) => {
  const question = event.submitter?.dataset.confirm ?? event.target.dataset?.confirm;
  if (question && !window.confirm(question)) event.preventDefault();
});

// The language switch submits itself when a language is picked; without the script its button does it.
for (const select of document.querySelectorAll('select[data-autosubmit]')) {
  select.addEventListener('change', () => select.form?.requestSubmit());
  select.form?.querySelector('[data-autosubmit-button]')?.setAttribute('hidden', '');
}
