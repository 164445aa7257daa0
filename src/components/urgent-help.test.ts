import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, it } from 'vitest';
import UrgentHelp from './UrgentHelp.astro';

it('names both NHS pages it is based on, each a safe link to another website', async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(UrgentHelp);
  const text = html.replace(/<span aria-hidden="true">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, '');
  expect(text).toContain(
    'Based on the NHS pages "Back pain" (another website) and "Sciatica" (another website).',
  );
  expect(html).toContain(
    'href="https://www.nhs.uk/conditions/sciatica/" rel="noopener noreferrer"',
  );
});
