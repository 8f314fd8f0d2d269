// Fits the speaker notes on each page of the handout, so every page holds its slides whole:
//   1. each slide has an equal share of the page; notes that overflow theirs are set smaller, never below 8 pt;
//   2. if some still overflow, the page's slides share it by need instead, all their notes smaller if it helps;
//   3. if they still do not fit, the page runs onto the next one: text is never cut.
// When done, <html data-handout-ready> lists the slides of the pages that ran over (empty when none did).
const smallestNotesPx = (8 * 96) / 72;
const step = 0.04;

const overflows = (element) => element.scrollHeight > element.clientHeight + 1;

function setFit(notes, fit) {
  if (fit === 1) notes.style.removeProperty('--notes-fit');
  else notes.style.setProperty('--notes-fit', String(fit));
}

/** The smallest fit that keeps these notes at 8 pt or more. */
function smallestFit(notes) {
  setFit(notes, 1);
  return Math.min(1, smallestNotesPx / parseFloat(getComputedStyle(notes).fontSize));
}

/** Shrinks one slide's notes until they fit their share of the page; false if they cannot. */
function fitInShare(notes) {
  const floor = smallestFit(notes);
  let fit = 1;
  while (overflows(notes) && fit - step >= floor) {
    fit -= step;
    setFit(notes, fit);
  }
  return !overflows(notes);
}

/** Lets the slides of one page share it by need, shrinking all their notes together until the page holds them. */
function fitByNeed(sheet, notes) {
  sheet.classList.add('handout__sheet--by-need');
  const floor = Math.max(...notes.map(smallestFit));
  let fit = 1;
  while (overflows(sheet) && fit - step >= floor) {
    fit -= step;
    for (const each of notes) setFit(each, fit);
  }
  return !overflows(sheet);
}

function fitHandout() {
  const ranOver = [];
  for (const sheet of document.querySelectorAll('.handout__sheet')) {
    const notes = [...sheet.querySelectorAll('.handout__notes')];
    if (notes.map(fitInShare).every(Boolean)) continue;
    if (fitByNeed(sheet, notes)) continue;
    sheet.classList.add('handout__sheet--runs-over');
    for (const item of sheet.querySelectorAll('.handout__item')) ranOver.push(item.dataset.slide);
  }
  document.documentElement.dataset.handoutReady = ranOver.join(' ');
}

// Fonts are only asked for when text is laid out with them, so document.fonts.ready can resolve before the theme's
// fonts have even started loading. Wait for the page, lay it out, then wait for the fonts that layout asked for.
function whenLaidOut() {
  const loaded =
    document.readyState === 'complete' ? Promise.resolve() : new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  return loaded.then(() => {
    void document.body.offsetHeight;
    return document.fonts.ready;
  });
}

whenLaidOut().then(fitHandout);
