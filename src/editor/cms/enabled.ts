/**
 * The environment variable that loads the visual editor into `astro dev`.
 * `npm run cms` sets it; `npm run dev` and every build leave it unset, so
 * the published site never contains the editor, React or its server routes.
 */
export const EDITOR_ENV = 'BACKRACK_VISUAL_EDITOR';

export function visualEditorEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[EDITOR_ENV] === '1';
}
