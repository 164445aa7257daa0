import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { visualEditorEnabled } from './enabled.ts';
import { visualEditor } from './integration.ts';

type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

describe('the visual editor is for local editing only', () => {
  it('is loaded only when npm run cms asks for it', () => {
    expect(visualEditorEnabled({})).toBe(false);
    expect(visualEditorEnabled({ BACKRACK_VISUAL_EDITOR: '0' })).toBe(false);
    expect(visualEditorEnabled({ BACKRACK_VISUAL_EDITOR: '1' })).toBe(true);
  });

  it('refuses to be part of a build, with a message that says what to do', async () => {
    const editor = visualEditor().find(
      (integration) => integration.name === 'backrack-visual-editor',
    );
    const setup = editor?.hooks['astro:config:setup'] as Setup | undefined;
    expect(setup).toBeDefined();
    const params = { command: 'build', config: { root: new URL('file:///tmp/site/') } };
    await expect(setup?.(params as unknown as Parameters<Setup>[0])).rejects.toThrow(
      'The visual editor runs only in `astro dev` (BACKRACK_VISUAL_EDITOR=1 is set): unset it to build.',
    );
  });
});
