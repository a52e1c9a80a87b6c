/**
 * The strings of play (game, check, diagnostics) load in their own chunk once the title is up
 * (main.ts starts it); every screen and panel that shows them waits for it, which on a served or
 * cached page is a few milliseconds at most.
 */
let loading: Promise<void> | null = null;
let ready = false;

export function loadPlayStrings(): Promise<void> {
  loading ??= import('../i18n/bundles/play').then(
    ({ registerPlayStrings }) => {
      registerPlayStrings();
      ready = true;
    },
    (e: unknown) => {
      loading = null; // a failed fetch is tried again by the next screen that asks
      throw e;
    },
  );
  return loading;
}

/** Run `show` at once when the strings of play are there, else as soon as they are. */
export function withPlayStrings(show: () => void): void {
  if (ready) show();
  else void loadPlayStrings().then(show);
}
