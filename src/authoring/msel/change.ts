/** One value an MSEL import changed in the scenario file. */
export interface MselChange {
  inject: string;
  /** `at`, `title` or `body` (with the locale for a translated text). */
  field: 'at' | 'title' | 'body';
  locale?: string;
  from: string | number | null;
  to: string | number | null;
}
