// The geometry of a slide and of the briefing, as templates/assets/deck.css, templates/marp.css and
// templates/assets/briefing.css lay them out. The fitting model reads these numbers; a test checks the CSS says the same.

/** Both decks lay out every slide on a 1280×720 canvas, in CSS px. */
export const slide = {
  width: 1280,
  height: 720,
  padding: { top: 56, right: 88, bottom: 60, left: 88 },
  /**
   * "Point 2 of 3" above the headline: a fraction of the slide's text size, bold, upper case, letter-spaced (as the
   * wider of the two decks tracks it).
   */
  marker: { size: 0.62, letterSpacing: 0.08, marginBottom: 20 },
  /** The headline: the theme's `slideHeading` size, a rule under it. */
  headline: { lineHeight: 1.12, paddingBottom: 20, rule: 4, marginBottom: 30 },
  /** Key messages: the theme's `slide` size, each indented for its square marker, with gaps between them. */
  messages: { indent: 1.1, gap: 0.6 },
  title: {
    /** The title's size, against the theme's `slideHeading`. */
    headline: 0.84,
    headlineMarginBottom: 24,
    /** The reveal.js title slide: panel, speaker, role and organization, then venue and date. */
    reveal: { panel: 0.66, panelMarginBottom: 24, role: 0.8, organization: 0.8, occasion: 0.66, occasionMarginTop: 24 },
    /** The Marp title slide: paragraphs at 0.66 em with 0.4 em under each. */
    marp: { paragraph: 0.66, paragraphMarginBottom: 0.4 },
  },
  /**
   * The organization's logo, when there is one: on the title slide, above the event, a line of its own that fitting
   * counts; on the other slides at the start of the footer, in the bottom padding, where it takes nothing from the text.
   */
  logo: { title: { height: 72, marginBottom: 28 }, footer: { height: 28 } },
  closing: {
    /** The closing words, against the theme's `slideHeading`. */
    headline: 1.2,
    /** Marp's paragraphs keep 0.4 em under each. */
    paragraphMarginBottom: 0.4,
  },
} as const;

/** The box a slide's content must stay inside, in px. */
export const slideContent = {
  width: slide.width - slide.padding.left - slide.padding.right,
  height: slide.height - slide.padding.top - slide.padding.bottom,
} as const;

/**
 * The smallest type a slide may shrink to, in px on the 1280×720 canvas: key messages never go below `text`,
 * headlines never below `heading`. A part whose text would need smaller type is split instead; a title or closing slide cannot be.
 */
export const slideFloor = { text: 24, heading: 32 } as const;

/**
 * The most key messages one slide shows. Parts are written with 2–4 (`lectern check` warns past that); a fifth is
 * let through, and a part with more is split into continuation slides in every theme alike. Without this limit a
 * long list shrank where the theme's type is small and split where it is large, so the same statement gave other
 * slides in another theme; and ten messages on one slide are more than a room reads while the speaker talks.
 */
export const slideMessagesMax = 5;

/**
 * The scale below which a part is split rather than shrunk further: 85% of the theme's size keeps key messages at
 * 29–31 px and headlines at 46–49 px on the 1280×720 canvas, still easy to read from the back of a meeting room,
 * while the floor (`slideFloor`, about 70%) is only just legible. Five key messages of one line each fit at full size;
 * five of two lines would need about 80%, and are split instead. A slide goes below it only as far as one of its key
 * messages needs on a slide of its own under its headline: a split that would not make the type larger is not made.
 */
export const slideSplitScale = 0.85;

/** Scales are chosen in steps of this, so a build is deterministic and the CSS value is short. */
export const scaleStep = 0.01;

/** Millimetres in a point. */
const mm = 72 / 25.4;

/**
 * The briefing, in pt. Its text block must fit the area A4 (210×297 mm) and US Letter (215.9×279.4 mm) share
 * inside the @page margins of 14 mm and 16 mm: 178 × 251 mm. One layout then prints on one page on either paper.
 */
export const briefing = {
  width: 178 * mm,
  height: 251 * mm,
  mm,
  /** No body text below this many pt. */
  floor: 9,
  /** The organization's logo, when there is one: a line of its own at the head of the page. */
  logo: { height: 9 * mm, marginBottom: 3 * mm },
  kind: { size: 0.8, letterSpacing: 0.1, marginBottom: 2 * mm },
  header: {
    event: 0.9,
    title: { size: 1.6, lineHeight: 1.15, margin: 1.5 * mm },
    occasion: 0.95,
    facts: { size: 0.9, marginTop: 2.5 * mm, rowGap: 1 * mm, columnGap: 6 * mm },
    paddingBottom: 3 * mm,
    rule: 1.5,
    marginBottom: 4 * mm,
  },
  headline: { size: 1.15, lineHeight: 1.25, marginBottom: 1 * mm },
  messages: { indent: 1.2, itemMarginBottom: 0.5 * mm },
  introduction: { marginBottom: 3 * mm },
  points: { indent: 2.2, itemMarginBottom: 2.5 * mm, marginBottom: 3 * mm },
  ask: {
    padding: { block: 3 * mm, inline: 4 * mm },
    rule: 3,
    marginBottom: 3 * mm,
    label: { size: 0.8, letterSpacing: 0.1, marginBottom: 1 * mm },
    headline: { size: 1.15, marginBottom: 1 * mm },
  },
  footer: { size: 0.85, paddingTop: 2 * mm, rule: 0.75 },
} as const;
