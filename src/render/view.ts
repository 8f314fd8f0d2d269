// What every template sees besides its own model: where the assets are, the theme, and the labels.
import type { Logo } from '../content/logo.js';
import type { MetaView } from '../plan/meta.js';
import { labelsFor } from '../plan/labels.js';
import type { ResolvedTheme } from '../themes/load.js';
import { logoView, type LogoView } from './logo.js';
import { assetsDir } from './output.js';

export interface PageView {
  readonly meta: MetaView;
  readonly rtl: boolean;
  /** Relative URL of the shared assets from a statement's page. */
  readonly assets: string;
  readonly theme: { readonly name: string; readonly label: string };
  readonly labels: Readonly<Record<string, string>>;
  /** The organization's logo, beside the page, when the statement or its theme names one. */
  readonly logo: LogoView | undefined;
}

/** The common part of a statement page's view. Pages live in `dist/<slug>/`, one level below the assets. */
export function pageView(meta: MetaView, theme: ResolvedTheme, logo?: Logo): PageView {
  const labels = labelsFor(meta.lang);
  return {
    meta,
    rtl: meta.dir === 'rtl',
    assets: `../${assetsDir}`,
    theme: { name: theme.name, label: theme.tokens.label },
    logo: logoView(logo),
    labels: {
      introduction: labels.introduction,
      conclusion: labels.conclusion,
      keyMessages: labels.keyMessages,
      ask: labels.ask,
      deliveredBy: labels.deliveredBy,
      venue: labels.venue,
      date: labels.date,
      briefing: labels.briefing,
      handout: labels.handout,
      speakerNotes: labels.speakerNotes,
    },
  };
}
