import { dev } from 'astro';
import { EDITOR_ENV } from './enabled.ts';
import { ADMIN_PATH } from './admin-path.ts';

/**
 * `npm run cms`: `astro dev` with the visual editor loaded. Arguments are
 * passed on (`npm run cms -- --port 4400`); the editor is at /keystatic.
 */
process.env[EDITOR_ENV] = '1';
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const port = option('--port');
const host = option('--host');
const server = await dev({
  server: {
    ...(port ? { port: Number(port) } : {}),
    ...(host ? { host } : {}),
  },
});
console.log(`Visual editor: http://${host ?? 'localhost'}:${server.address.port}${ADMIN_PATH}`);
