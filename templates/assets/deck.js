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
  // The speaker view's pacing timer: each slide's data-timing (seconds, from the words spoken over it) sets its time.
  defaultTiming: 0,
  plugins: [RevealNotes],
});
