// Starts reveal.js for a Lectern deck. The settings live here rather than inline, so a page runs no inline script.
/* global Reveal, RevealNotes */
// With ?print-pdf, reveal.js lays out one slide per page; without a margin each page is exactly the 1280×720 slide.
const printing = /print-pdf/i.test(window.location.search);

// reveal.js lays the print view out with every slide but the first still hidden from assistive technology, so a
// tagged PDF would hold the headings and lists of the first slide alone; and it numbers the pages "1", "2" … where the
// screen says "1 / 7". Once it has laid the pages out, every slide is shown to all, and numbered as on screen.
Reveal.on('pdf-ready', () => {
  for (const slide of document.querySelectorAll('.reveal .slides section')) {
    for (const attribute of ['hidden', 'aria-hidden', 'inert']) slide.removeAttribute(attribute);
  }
  const numbers = document.querySelectorAll('.reveal .slide-number-pdf');
  numbers.forEach((number, index) => {
    number.textContent = `${index + 1} / ${numbers.length}`;
  });
  document.documentElement.dataset.printReady = '';
});

// The scroll view is the deck as one page to read, for whoever reads the statement afterwards: deck.html?view=scroll,
// and reveal.js's own choice on a narrow screen. It flattens the slides into a column but, as in its print view, shows
// no speaker notes: each slide's notes follow its page here, copied as text (never as markup) from its <aside>.
// reveal.js builds the scroll view's pages when it activates it, at start or when a window narrows past
// scrollActivationWidth, and puts the slides back when it leaves it: watching the slides' container catches both.
const slides = document.querySelector('.reveal .slides');
new MutationObserver(addReadingNotes).observe(slides, { childList: true });

function addReadingNotes() {
  if (!Reveal.isScrollView() || slides.querySelector('.reading-notes')) return;
  for (const page of slides.querySelectorAll('.scroll-page')) {
    const paragraphs = [...page.querySelectorAll('aside.notes p')].map((source) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = source.textContent;
      return paragraph;
    });
    if (paragraphs.length === 0) continue;
    const notes = document.createElement('div');
    notes.className = 'reading-notes';
    notes.append(...paragraphs);
    page.after(notes);
  }
  // The page is longer now: reveal.js measures it again. It placed the slide the address names as if every page were
  // one slide tall, so that slide is brought into view again.
  Reveal.layout();
  const named = decodeURIComponent(window.location.hash.replace(/^#\/?/, '').split('/')[0] ?? '');
  const slide = named ? (document.getElementById(named) ?? slides.querySelectorAll('section')[Number(named)]) : undefined;
  const page = slide?.closest('.scroll-page');
  if (page) holdAtTop(page);
}

// The notes above the slide the address names change height when the theme's fonts arrive, which on a slow connection
// is after the page is built (they moved that slide 28 px off the top): once they have come, the slide is brought to
// the top again, unless the reader has started scrolling meanwhile.
function holdAtTop(page) {
  page.scrollIntoView({ block: 'start' });
  let held = true;
  const release = () => {
    held = false;
  };
  for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown']) window.addEventListener(type, release, { once: true, passive: true, capture: true });
  document.fonts.ready.then(() => {
    if (held && Reveal.isScrollView() && page.isConnected) page.scrollIntoView({ block: 'start' });
  });
}

// The deck's link to its scroll view, at the slide on screen. Not on paper, and not in the speaker view's previews.
const readingLink = document.querySelector('.reveal .reading-link');
if (!printing && !/receiver/i.test(window.location.search)) {
  readingLink.hidden = false;
  const follow = () => {
    const path = Reveal.getSlidePath();
    readingLink.href = `?view=scroll${path === '/' ? '' : `#${path}`}`;
  };
  Reveal.on('ready', follow);
  Reveal.on('slidechanged', follow);
}

Reveal.initialize({
  // The address names the current slide, so a reload (and the live preview) keeps your place.
  hash: true,
  // Every deck is laid out for 1280×720 (16:9); reveal.js scales it to the screen.
  width: 1280,
  height: 720,
  margin: printing ? 0 : 0.04,
  // A slide prints on one page; the deck is planned so that nothing overflows one.
  pdfMaxPagesPerSlide: 1,
  center: false,
  controls: true,
  progress: true,
  // "3 / 7": the title slide is 1, as in every output.
  slideNumber: 'c/t',
  showSlideNumber: 'all',
  transition: 'fade',
  transitionSpeed: 'fast',
  rtl: document.documentElement.dir === 'rtl',
  // The scroll view (see above) comes up by itself in a window up to 435 px wide, less the margin: a phone held
  // upright. This is reveal.js's default, kept; a phone on its side, or a tablet, shows the slides. Each slide is as
  // tall as the width allows, not a screen each; the page scrolls freely, with no snapping to slides that would fight
  // reading the notes, and with the browser's own scroll bar rather than reveal.js's slide-by-slide one.
  scrollActivationWidth: 435,
  scrollLayout: 'compact',
  scrollSnap: false,
  scrollProgress: false,
  // The speaker view's pacing timer: each slide's data-timing (seconds, from the words spoken over it) sets its time.
  defaultTiming: 0,
  plugins: [RevealNotes],
});
