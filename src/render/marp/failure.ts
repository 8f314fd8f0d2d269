// The one way a Marp render fails, on either thread.

/** marp-core failed; `theme` says it could not read the theme's CSS (a mistake in a theme or in templates/marp.css). */
export class MarpFailure extends Error {
  constructor(
    message: string,
    readonly theme: boolean,
  ) {
    super(message);
    this.name = 'MarpFailure';
  }
}
