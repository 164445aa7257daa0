// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { SITE_URL } from './src/site.config.ts';

/** Pages that must not be offered to search engines. */
const notIndexed = new Set(['/404/']);

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !notIndexed.has(new URL(page).pathname),
    }),
  ],
  image: {
    // Our illustrations are hand-written SVGs kept in this repository (no
    // remote or uploaded SVG is ever processed); sharp turns them into the PNG
    // previews that social networks need.
    dangerouslyProcessSVG: true,
  },
  vite: {
    plugins: [tailwindcss()],
  },
  // Visitors get pages with no client-side JavaScript; prefetching would add some.
  prefetch: false,
  devToolbar: { enabled: false },
});
