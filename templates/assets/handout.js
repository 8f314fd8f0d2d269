// Fits the handout's pages, so that every page holds what it shows, whole, and nothing runs off it:
//   1. each slide has an equal share of its page; notes that overflow theirs are set smaller, never below 8 pt;
//   2. if some still overflow, the page's slides share it by need instead, all their notes smaller if it helps;
//   3. if they still do not fit, the notes keep their size and go on, on the whole width of a new page after this one,
//      under "Slide 3 of 7, continued"; the slides after them move to that page, which is fitted in turn;
//   4. a closing slide left alone on the last page goes on the page before, when that page holds it as it is.
// When done, <html data-handout-ready> lists the slides whose notes went on over a page (empty when none did).
const smallestNotesPx = (8 * 96) / 72;
const step = 0.04;

const overflows = (element) => element.scrollHeight > element.clientHeight + 1;
const notesOf = (sheet) => [...sheet.querySelectorAll('.handout__notes')];
const blocksOf = (sheet) => [...sheet.children].filter((child) => child.matches('.handout__item, .handout__continued'));

function setFit(notes, fit) {
  if (fit === 1) notes.style.removeProperty('--notes-fit');
  else notes.style.setProperty('--notes-fit', String(fit));
}

/** The smallest fit that keeps these notes at 8 pt or more. */
function smallestFit(notes) {
  setFit(notes, 1);
  return Math.min(1, smallestNotesPx / parseFloat(getComputedStyle(notes).fontSize));
}

/** Shrinks one slide's notes until its share of the page holds them; false if it cannot. */
function fitInShare(notes) {
  const item = notes.closest('.handout__item');
  const floor = smallestFit(notes);
  let fit = 1;
  while (overflows(item) && fit - step >= floor) {
    fit -= step;
    setFit(notes, fit);
  }
  return !overflows(item);
}

/** Lets the slides of one page share it by need, shrinking all their notes together until the page holds them. */
function fitByNeed(sheet) {
  sheet.classList.add('handout__sheet--by-need');
  const notes = notesOf(sheet);
  const floor = Math.max(...notes.map(smallestFit));
  let fit = 1;
  while (overflows(sheet) && fit - step >= floor) {
    fit -= step;
    for (const each of notes) setFit(each, fit);
  }
  return !overflows(sheet);
}

function fitSheet(sheet) {
  if (!sheet.classList.contains('handout__sheet--by-need') && notesOf(sheet).map(fitInShare).every(Boolean)) return true;
  return fitByNeed(sheet);
}

/** The bottom of the page's text area, in the viewport. */
function areaBottom(sheet) {
  const style = getComputedStyle(sheet);
  return sheet.getBoundingClientRect().bottom - parseFloat(style.paddingBottom) - parseFloat(style.borderBottomWidth);
}

/** Where each word of `text` starts: the places a line may begin. */
function wordStarts(text) {
  const starts = [];
  for (const match of text.data.matchAll(/\S+/g)) starts.push(match.index);
  return starts;
}

/**
 * Cuts `paragraph` after its last line that ends above `limit`, and returns a paragraph holding the rest; or
 * undefined when it holds no such line but its first (it is then carried whole).
 */
function splitParagraph(paragraph, limit) {
  const text = paragraph.firstChild;
  if (!text || text.nodeType !== Node.TEXT_NODE || paragraph.childNodes.length !== 1) return undefined;
  const starts = wordStarts(text);
  const range = document.createRange();
  const bottomOf = (index) => {
    range.setStart(text, starts[index]);
    range.setEnd(text, starts[index] + 1);
    return range.getBoundingClientRect().bottom;
  };
  // The first word whose line ends below the limit.
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (bottomOf(middle) > limit) high = middle;
    else low = middle + 1;
  }
  const firstLineBottom = bottomOf(0);
  if (low === 0 || low === starts.length || bottomOf(low - 1) === firstLineBottom) return undefined;
  const rest = document.createElement('p');
  rest.textContent = text.data.slice(starts[low]);
  text.data = text.data.slice(0, starts[low]).trimEnd();
  return rest;
}

/** Notes of `block` past `limit`, taken out of it into a block of their own under the "continued" label. */
function carryNotes(block, limit) {
  const notes = block.querySelector('.handout__notes');
  const carried = [];
  for (const paragraph of notes.querySelectorAll(':scope > p:not(.handout__label)')) {
    // A paragraph's last line must leave room for its margin below it.
    const end = limit - parseFloat(getComputedStyle(paragraph).marginBottom);
    if (carried.length > 0 || paragraph.getBoundingClientRect().top >= end) carried.push(paragraph);
    else if (paragraph.getBoundingClientRect().bottom > end) carried.push(splitParagraph(paragraph, end) ?? paragraph);
  }
  if (carried.length === 0) return undefined;
  const continued = document.createElement('section');
  continued.className = 'handout__continued';
  continued.dataset.slide = block.dataset.slide;
  continued.dataset.continued = block.dataset.continued;
  continued.setAttribute('aria-label', block.dataset.continued);
  const label = document.createElement('p');
  label.className = 'handout__label';
  label.textContent = block.dataset.continued;
  const box = document.createElement('div');
  box.className = 'handout__notes';
  box.append(label, ...carried);
  continued.append(box);
  return continued;
}

/**
 * Lays the page out by need with its notes at their own size, and moves what runs past its end to a new page after
 * it: the rest of the notes that cross the end, and every slide after them. Returns the slide whose notes went on,
 * or undefined when none did.
 */
function carryOver(sheet) {
  sheet.classList.add('handout__sheet--by-need');
  for (const notes of notesOf(sheet)) setFit(notes, 1);
  const bottom = areaBottom(sheet);
  const blocks = blocksOf(sheet);
  const index = blocks.findIndex((block) => block.getBoundingClientRect().bottom > bottom + 1);
  if (index === -1) return undefined;
  const block = blocks[index];
  const slide = block.querySelector('.handout__slide');
  const limit = bottom - parseFloat(getComputedStyle(block).paddingBottom);
  const stays = index === 0 || !slide || slide.getBoundingClientRect().bottom <= limit;
  const rest = stays ? carryNotes(block, limit) : undefined;
  const moved = [...(rest ? [rest] : []), ...blocks.slice(stays ? index + 1 : index)];
  if (moved.length === 0) return undefined;
  const next = document.createElement('div');
  next.className = 'handout__sheet handout__sheet--by-need';
  next.append(...moved);
  sheet.after(next);
  return rest ? block.dataset.slide : undefined;
}

/** A closing slide alone on the last page goes on the page before, if that page holds it without smaller notes. */
function keepClosing() {
  const sheets = [...document.querySelectorAll('.handout__sheet')];
  const [previous, last] = sheets.slice(-2);
  const blocks = last ? blocksOf(last) : [];
  if (!previous || blocks.length !== 1 || blocks[0].dataset.kind !== 'closing' || last.children.length !== 1) return;
  const byNeed = previous.classList.contains('handout__sheet--by-need');
  previous.classList.add('handout__sheet--by-need');
  previous.append(blocks[0]);
  if (!overflows(previous)) {
    last.remove();
    return;
  }
  last.append(blocks[0]);
  if (!byNeed) previous.classList.remove('handout__sheet--by-need');
}

function fitHandout() {
  const carried = [];
  for (let sheet = document.querySelector('.handout__sheet'); sheet; sheet = sheet.nextElementSibling) {
    if (fitSheet(sheet)) continue;
    const slide = carryOver(sheet);
    if (slide && !carried.includes(slide)) carried.push(slide);
    if (overflows(sheet)) sheet.classList.add('handout__sheet--runs-over');
  }
  keepClosing();
  document.documentElement.dataset.handoutReady = carried.join(' ');
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
