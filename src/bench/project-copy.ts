import { cp, mkdir, readdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * What a copy of the project needs to build: the code, the configuration,
 * and `.gitignore`, which Tailwind reads to leave `dist/` out of the files it
 * scans for class names (without it, each build's CSS would differ).
 */
export const PROJECT_FILES = [
  'src',
  'public',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  '.gitignore',
];

/** Copies the project's code and configuration (not its content) from `root` into `site`. */
export async function copyProjectFiles(root: string, site: string): Promise<void> {
  for (const entry of PROJECT_FILES) {
    await cp(join(root, entry), join(site, entry), { recursive: true });
  }
  await linkNodeModules(root, site);
}

/**
 * Gives `site` a `node_modules/` folder of its own whose packages link to
 * the project's. Astro keeps its caches in `node_modules/.astro/` (the
 * incremental build's list of pages among them), so a copy that linked the
 * whole folder would share them with the project and every other copy.
 */
export async function linkNodeModules(root: string, site: string): Promise<void> {
  const target = join(site, 'node_modules');
  await mkdir(target, { recursive: true });
  const entries = await readdir(join(root, 'node_modules'));
  await Promise.all(
    entries
      .filter((name) => !['.astro', '.vite', '.cache'].includes(name))
      .map((name) => symlink(join(root, 'node_modules', name), join(target, name))),
  );
}
