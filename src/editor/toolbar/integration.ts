import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toPosix } from '../../compliance/core/files.ts';
import type { BuiltRoute } from '../../compliance/built/sources.ts';
import { pageChecksOptionsSchema, type PageChecksOptions } from '../../compliance/built/options.ts';
import {
  APP_ID,
  CHANGED_EVENT,
  CHECK_EVENT,
  REPORT_EVENT,
  type ChangedFile,
  type CheckReport,
  type CheckRequest,
} from './messages.ts';
import { DevPageChecker } from './page-checker.ts';

/** A clipboard with a tick: the content checks. */
const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><rect x="5" y="4" width="14" height="17" rx="2"/><path d="M9 4h6v3H9z"/><path d="m9 14 2 2 4-4"/></svg>';

/** Saved files the findings of a page can depend on; the rest (dist/, .astro/) never matter. */
const MATTERS = /^(?:content|src|public)\/|^\.markdownlint-cli2\.jsonc$/;

/**
 * The "Content checks" app in Astro's dev toolbar: in `astro dev` the app
 * asks for the findings of the page on screen, and this hook answers with
 * both phases of the checks (`DevPageChecker`), and tells the app when a
 * saved file may have changed them. Takes the same options as
 * `pageChecks()`. Only `astro dev` loads the app; builds get nothing of it.
 */
export function contentChecksToolbar(options: PageChecksOptions): AstroIntegration {
  const resolved = pageChecksOptionsSchema.parse(options);
  let root = process.cwd();
  let origin = 'http://localhost';
  let routes: BuiltRoute[] = [];
  return {
    name: 'backrack-content-checks-toolbar',
    hooks: {
      'astro:config:setup': ({ command, addDevToolbarApp }) => {
        if (command !== 'dev') return;
        addDevToolbarApp({
          id: APP_ID,
          name: 'Content checks',
          icon: ICON,
          entrypoint: fileURLToPath(new URL('./app.ts', import.meta.url)),
        });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        if (config.site) origin = new URL(config.site).origin;
      },
      'astro:routes:resolved': ({ routes: resolvedRoutes }) => {
        routes = resolvedRoutes.map((route) => ({
          pattern: route.patternRegex,
          entrypoint: route.entrypoint,
        }));
      },
      'astro:server:setup': ({ server, toolbar, logger }) => {
        const checker = new DevPageChecker({ root, origin, routes: () => routes }, resolved);
        toolbar.on<CheckRequest>(CHECK_EVENT, (request) => {
          checker.check(request).then(
            (report) => toolbar.send<CheckReport>(REPORT_EVENT, report),
            (error: unknown) => {
              const failure = error instanceof Error ? error.message : String(error);
              logger.error(`content checks failed on ${request.pathname}: ${failure}`);
              toolbar.send<CheckReport>(REPORT_EVENT, {
                id: request.id,
                pathname: request.pathname,
                source: null,
                findings: [],
                elapsedMs: 0,
                failure,
              });
            },
          );
        });
        const onFile = (path: string): void => {
          const file = toPosix(relative(root, path));
          if (!MATTERS.test(file)) return;
          checker.changed(file);
          toolbar.send<ChangedFile>(CHANGED_EVENT, { file });
        };
        server.watcher.on('change', onFile);
        server.watcher.on('add', onFile);
        server.watcher.on('unlink', onFile);
      },
    },
  };
}
