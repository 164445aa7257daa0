import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import type { AstroIntegration } from 'astro';
import { realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EDITOR_ENV } from './enabled.ts';
import { toPosix } from '../../compliance/core/files.ts';
import { sharedInputOf } from '../lsp/project-files.ts';
import { checksMiddleware } from './checks-endpoint.ts';

const apiRoute = fileURLToPath(new URL('./api-route.ts', import.meta.url));
const adminPage = fileURLToPath(new URL('./admin-page.astro', import.meta.url));

/**
 * Keystatic as Astro sets it up, with its two routes swapped for ours: the
 * API route keeps the formatting of the files it saves, and the admin page
 * adds the panel with the content checks of the open entry.
 */
function keystaticWithOurRoutes(): AstroIntegration {
  const inner = keystatic();
  const setup = inner.hooks['astro:config:setup'];
  let root = process.cwd();
  return {
    name: 'backrack-visual-editor',
    hooks: {
      'astro:config:setup': async (params) => {
        root = fileURLToPath(params.config.root);
        if (params.command !== 'dev') {
          throw new Error(
            `The visual editor runs only in \`astro dev\` (${EDITOR_ENV}=1 is set): unset it to build.`,
          );
        }
        // The admin's browser code comes from node_modules; where that is a link to another
        // folder (as in the end-to-end test's copy of the project), Vite must be allowed to serve it.
        params.updateConfig({
          vite: { server: { fs: { allow: [root, realpathSync(join(root, 'node_modules'))] } } },
        });
        await setup?.({
          ...params,
          injectRoute: (route) =>
            params.injectRoute({
              ...route,
              entrypoint: route.pattern.startsWith('/api/') ? apiRoute : adminPage,
            }),
        });
      },
      'astro:server:setup': ({ server }) => {
        const { checker, middleware } = checksMiddleware(root);
        server.middlewares.use(middleware);
        // A saved claims list, product page or person changes what every entry's checks say.
        const onFile = (path: string): void => {
          const input = sharedInputOf(toPosix(relative(root, path)));
          if (input) checker.forget(input);
        };
        server.watcher.on('change', onFile);
        server.watcher.on('add', onFile);
        server.watcher.on('unlink', onFile);
      },
    },
  };
}

/** The integrations `npm run cms` adds to `astro dev`. */
export function visualEditor(): AstroIntegration[] {
  return [react(), keystaticWithOurRoutes()];
}
