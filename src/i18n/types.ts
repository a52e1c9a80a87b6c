/** Typed keys: a missing or misspelt key in a `t()` call fails `tsc` (English is the reference language). */
import type { resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['en'];
    returnNull: false;
  }
}
