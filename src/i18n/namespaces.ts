/** The namespaces of the UI strings (`src/locales/<lang>/<namespace>.json`). No strings here: the first script imports it. */
export const NAMESPACES = ['common', 'game', 'check', 'diagnostics', 'workshop', 'live', 'studio', 'progress'] as const;
export type Namespace = (typeof NAMESPACES)[number];
