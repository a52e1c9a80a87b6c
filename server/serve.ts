/** `npm run serve`: the production build and the live endpoint from one process on one port (PORT, default 8080; HOST, default 127.0.0.1). */
process.env.PORT ??= '8080';
process.env.CELLULE_STATIC ??= 'dist';
await import('./main');
export {};
