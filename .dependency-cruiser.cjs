/**
 * Import rules for src/, checked by test/import-structure.test.ts (and by
 * `npx depcruise src` for a report): no cycle between modules or between
 * folders, and the compliance core at the bottom.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-module-cycle',
      comment: 'Modules that import each other cannot be read, tested or moved one at a time.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      comment: 'A folder that imports a folder that imports it back has no clear job.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-a-leaf',
      comment:
        "The checker's core (findings, registry, parsers) imports no phase, rule or site code.",
      severity: 'error',
      from: { path: '^src/compliance/core/' },
      to: { path: '^src/', pathNot: '^src/compliance/core/' },
    },
    {
      name: 'security-uses-the-core-only',
      comment: 'The headers check takes findings from the core, never from the page rules.',
      severity: 'error',
      from: { path: '^src/security/' },
      to: { path: '^src/compliance/', pathNot: '^src/compliance/core/' },
    },
    {
      name: 'schemas-know-no-checker',
      comment: 'Astro loads the schemas; the checker reads them, never the other way round.',
      severity: 'error',
      from: { path: '^src/schemas/' },
      to: { path: '^src/compliance/' },
    },
    {
      name: 'checker-knows-no-editor',
      comment:
        'The language server and the editor extension adapt findings; the rules never learn of LSP.',
      severity: 'error',
      from: { path: '^src/(compliance|schemas|security)/' },
      to: { path: '^src/editor/' },
    },
    {
      name: 'toolbar-app-runs-in-the-browser',
      comment:
        'The dev toolbar app is sent to the browser: it gets findings as messages, never the checker or Node.',
      severity: 'error',
      from: { path: '^src/editor/toolbar/(app|page-targets|text-match|messages)\\.ts$' },
      to: {
        pathNot: [
          '^src/editor/toolbar/(page-targets|text-match|messages)\\.ts$',
          '^node_modules/astro/dist/toolbar/',
          '^astro/toolbar$',
        ],
      },
    },
    {
      name: 'visual-editor-panel-runs-in-the-browser',
      comment:
        "The visual editor's checks panel is sent to the browser: it gets findings from the dev server, never the checker or Node.",
      severity: 'error',
      from: { path: '^src/editor/cms/(checks-panel|checks-messages)\\.ts$' },
      to: {
        pathNot: [
          '^src/editor/cms/checks-messages\\.ts$',
          '^src/editor/toolbar/messages\\.ts$',
          '^src/compliance/core/(document|finding)\\.ts$',
        ],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports tie modules together as much as any other.
    tsPreCompilationDeps: true,
    exclude: { path: '\\.test\\.ts$' },
  },
};
