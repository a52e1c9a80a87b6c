/**
 * The walls between Cellule's layers (DESIGN.md, "Architecture"), checked by `npm run walls`.
 * Layers: src/engine, src/i18n, src/theme, src/workshop, src/authoring, src/store, src/game,
 * src/ui, tools, server, and the app shell src/main.ts. Tests, benches and e2e are not layers:
 * they are not cruised and may import anything.
 */

/** A layer's own folder, as a path regex. */
const layer = (name) => (name === 'tools' || name === 'server' ? `^${name}/` : `^src/${name}/`);
/** Any file of ours (what a wall is about; packages are checked by the Phaser rule only). */
const OURS = '^(src|tools|server)/';

/** The UI strings (src/locales/{en,fr}/*.json): data, not a layer; i18n registers them, the workshop core types its report keys from them. */
const LOCALES = '^src/locales/';

/** `from` may import only itself and `allowed` (other layers' public entries, see no-deep-import). */
function wall(name, from, allowed, comment, extra = {}) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: from },
    to: { path: OURS, pathNot: [from, ...allowed.map(layer), ...(extra.toPathNot ?? [])] },
  };
}

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No circle between modules, not even a type-only one (tsPreCompilationDeps sees type imports).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-deep-import',
      comment: "Across layers, import only a layer's public entry (its index.ts), never its inner files.",
      severity: 'error',
      from: { path: '^(src/[^/]+|tools|server)/' },
      // The i18n namespace bundles are public entries too: imported by the screens that load with them, so the first script does not carry their strings.
      to: { path: '^src/[^/]+/', pathNot: ['^$1/', '^src/[^/]+/index\\.ts$', '^src/i18n/bundles/[^/]+\\.ts$', LOCALES] },
    },
    {
      name: 'no-deep-import-from-shell',
      comment: "The app shell src/main.ts imports layers' public entries (and the ui's stylesheet).",
      severity: 'error',
      from: { path: '^src/main\\.ts$' },
      to: { path: '^src/[^/]+/', pathNot: ['^src/[^/]+/index\\.ts$', '^src/ui/styles/index\\.css$'] },
    },
    wall('engine-imports-nothing-of-ours', layer('engine'), [], 'The engine is the heart: pure, and it imports nothing of ours.'),
    wall('i18n-imports-nothing-of-ours', layer('i18n'), [], 'i18n imports nothing of ours but the strings it registers.', { toPathNot: [LOCALES] }),
    wall('theme-imports-nothing-of-ours', layer('theme'), [], 'theme imports nothing of ours.'),
    wall('workshop-imports-only-engine', layer('workshop'), ['engine'], 'The workshop core imports only the engine (and its own report strings).', { toPathNot: ['^src/locales/(en|fr)/workshop\\.json$'] }),
    wall('authoring-imports-only-engine', layer('authoring'), ['engine'], 'Authoring (checker views, analyser, MSEL) imports only the engine.'),
    wall('store-imports-engine-workshop-authoring', layer('store'), ['engine', 'workshop', 'authoring'], 'The store wraps the pure layers for the app.'),
    wall('game-imports-store-i18n-theme', layer('game'), ['store', 'i18n', 'theme'], 'Phaser scenes render the store and forward input to it.'),
    wall(
      'ui-imports-store-i18n-theme-game-and-read-only-cores',
      layer('ui'),
      ['store', 'i18n', 'theme', 'game', 'engine', 'workshop', 'authoring'],
      'DOM panels: every change of state goes through a store action; engine, workshop and authoring only for read-only functions.',
    ),
    wall('tools-import-engine-authoring-workshop', layer('tools'), ['engine', 'authoring', 'workshop'], 'The CLIs are thin wrappers over the pure layers.'),
    wall('server-imports-engine-workshop', layer('server'), ['engine', 'workshop'], 'The live server adapts messages to the workshop core.'),
    wall('shell-imports-store-i18n-game-ui', '^src/main\\.ts$', ['store', 'i18n', 'game', 'ui'], 'src/main.ts wires the store, i18n, the stage and the DOM shell.'),
    {
      name: 'no-unknown-layer',
      comment: 'Every file of ours belongs to a layer above (add a new folder here, with its walls).',
      severity: 'error',
      from: { path: OURS, pathNot: '^(src/(engine|i18n|theme|workshop|authoring|store|game|ui|locales)/|src/main\\.ts$|tools/|server/)' },
      to: {},
    },
    {
      name: 'phaser-only-in-game',
      comment: 'Phaser cannot load under Node; only src/game imports it (and lazily).',
      severity: 'error',
      from: { path: OURS, pathNot: layer('game') },
      to: { path: 'node_modules/phaser/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(test|bench|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
