// Fits each slide's speaker notes into its share of the handout page: notes that would overflow are set smaller,
// never below 8 pt. Notes still too long at that size let their page grow onto the next one rather than lose text.
// When done, <html data-handout-ready> is set, listing the slides whose notes ran over (empty when none did).
const smallestNotesPx = (8 * 96) / 72;
const step = 0.04;

function overflows(notes) {
  return notes.scrollHeight > notes.clientHeight + 1;
}

function fitNotes(notes) {
  notes.style.removeProperty('--notes-fit');
  const size = parseFloat(getComputedStyle(notes).fontSize);
  let fit = 1;
  while (overflows(notes) && size * (fit - step) >= smallestNotesPx) {
    fit -= step;
    notes.style.setProperty('--notes-fit', String(fit));
  }
  return !overflows(notes);
}

function fitHandout() {
  const long = [];
  for (const item of document.querySelectorAll('.handout__item')) {
    if (!fitNotes(item.querySelector('.handout__notes'))) {
      long.push(item.dataset.slide);
      item.closest('.handout__sheet').classList.add('handout__sheet--long');
    }
  }
  document.documentElement.dataset.handoutReady = long.join(' ');
}

document.fonts.ready.then(fitHandout);
