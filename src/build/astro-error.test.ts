import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroErrorToFinding } from './astro-error.ts';

const root = join(sep, 'project');
const DEFAULT_HINT = 'Run `npm run build -- --debug` for the full error.';

describe('an error from astro build, as a finding', () => {
  it('points at the project file and line Astro names, with its title, message and hint', () => {
    const error = {
      name: 'AstroError',
      title: 'Invalid frontmatter',
      message: 'title: Required\nmore detail on the next line',
      hint: 'See   the content\n  collection schema.',
      loc: { file: join(root, 'src', 'pages', 'index.astro'), line: 12, column: 5 },
    };
    expect(astroErrorToFinding(error, root)).toStrictEqual({
      ruleId: 'build/astro',
      severity: 'error',
      file: 'src/pages/index.astro',
      position: { line: 12, column: 5 },
      message: 'Invalid frontmatter: title: Required',
      hint: 'See the content collection schema.',
    });
  });

  it('takes column 1 when Astro gives a line only, and the id when it gives no location', () => {
    const lineOnly = { message: 'm', loc: { file: join(root, 'a.mdx'), line: 3 } };
    expect(astroErrorToFinding(lineOnly, root).position).toStrictEqual({ line: 3, column: 1 });
    const byId = { message: 'm', id: join(root, 'src', 'b.ts') };
    expect(astroErrorToFinding(byId, root)).toStrictEqual({
      ruleId: 'build/astro',
      severity: 'error',
      file: 'src/b.ts',
      position: null,
      message: 'm',
      hint: DEFAULT_HINT,
    });
  });

  it('trims the white space around a hint', () => {
    const error = { message: 'm', hint: '\n  Check the schema.  \n' };
    expect(astroErrorToFinding(error, root).hint).toBe('Check the schema.');
  });

  it('does not repeat a title that is the message itself', () => {
    const error = { title: 'Build failed', message: 'Build failed' };
    expect(astroErrorToFinding(error, root).message).toBe('Build failed');
  });

  it('gives no editor position for an error inside node_modules', () => {
    const error = {
      message: 'boom',
      loc: { file: join(root, 'node_modules', 'astro', 'dist', 'x.js'), line: 9, column: 2 },
    };
    expect(astroErrorToFinding(error, root)).toStrictEqual({
      ruleId: 'build/astro',
      severity: 'error',
      file: 'astro build',
      position: null,
      message: 'boom',
      hint: DEFAULT_HINT,
    });
  });

  it('reads a thrown string or an Error without a location as the build as a whole', () => {
    expect(astroErrorToFinding('out of memory\nat line', root)).toStrictEqual({
      ruleId: 'build/astro',
      severity: 'error',
      file: 'astro build',
      position: null,
      message: 'out of memory',
      hint: DEFAULT_HINT,
    });
    expect(astroErrorToFinding(new Error('disk full'), root)).toStrictEqual({
      ruleId: 'build/astro',
      severity: 'error',
      file: 'astro build',
      position: null,
      message: 'disk full',
      hint: DEFAULT_HINT,
    });
    expect(astroErrorToFinding(null, root).message).toBe('null');
    expect(astroErrorToFinding(undefined, root).message).toBe('undefined');
  });
});
