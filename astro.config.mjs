// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { pageChecks } from './src/compliance/integration.ts';
import { contentChecksToolbar } from './src/editor/toolbar/integration.ts';
import { visualEditorEnabled } from './src/editor/cms/enabled.ts';
import { DISCLAIMER_MARKER_ATTRIBUTE, DISCLAIMER_TEXT } from './src/lib/disclaimer.ts';
import { DISCLAIMER_EXEMPT_ROUTES, SITE_URL } from './src/site.config.ts';

/** How the page checks judge the site, after a build and in the dev toolbar alike. */
const checks = {
  disclaimer: {
    attribute: DISCLAIMER_MARKER_ATTRIBUTE,
    text: DISCLAIMER_TEXT,
    exempt: Object.keys(DISCLAIMER_EXEMPT_ROUTES),
  },
  contentRoutes: [
    { pattern: '/articles/[slug]/', source: 'content/articles/[slug].mdx' },
    { pattern: '/products/[slug]/', source: 'content/products/[slug].mdx' },
  ],
};

/** Pages that must not be offered to search engines. */
const notIndexed = new Set(['/404/']);

// The visual editor (`npm run cms`) is loaded only while editing: it needs React and server
// routes, which the static build must never contain, and its API routes need trailingSlash 'ignore'.
const editing = visualEditorEnabled();
const editorIntegrations = editing
  ? (await import('./src/editor/cms/integration.ts')).visualEditor()
  : [];

export default defineConfig({
  site: SITE_URL,
  trailingSlash: editing ? 'ignore' : 'always',
  build: {
    format: 'directory',
    // Stylesheets are always files, never inline <style>, so the
    // Content-Security-Policy in public/_headers needs no hashes for them.
    inlineStylesheets: 'never',
  },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !notIndexed.has(new URL(page).pathname),
    }),
    // After the build: disclaimer, headings, images, links and claims on every page.
    pageChecks(checks),
    // In `astro dev`: the same checks on the page on screen, in the dev toolbar.
    contentChecksToolbar(checks),
    ...editorIntegrations,
  ],
  image: {
    // Our illustrations are hand-written SVGs kept in this repository (no
    // remote or uploaded SVG is ever processed); sharp turns them into the PNG
    // previews that social networks need.
    dangerouslyProcessSVG: true,
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Client scripts (only /search/ has one) always get a file of their own
      // and are never inlined into the HTML, so a Content-Security-Policy of
      // script-src 'self' can serve them. Other assets keep Vite's default.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
  // Visitors get pages with no client-side JavaScript; prefetching would add some.
  prefetch: false,
  // The toolbar exists only in `astro dev` (it carries the content checks app); builds never
  // include it. The component tests render with Astro's dev settings, where the toolbar would
  // add source-location attributes to every element.
  devToolbar: { enabled: !process.env['VITEST'] },
  // Incremental builds: a page whose `cacheKey` (from getStaticPaths) and code are unchanged
  // keeps its previous output; pages without a key (home, lists, feed) are always rendered.
  experimental: { incrementalBuild: true },
});
