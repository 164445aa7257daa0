import { fields } from '@keystatic/core';
import { createElement } from 'react';
import { block, inline } from '@keystatic/core/content-components';

/**
 * Our MDX components as Keystatic content components, so an editor inserts
 * them from the body's toolbar and never types JSX. Keystatic writes them
 * back as `<Cite n={2} />` and `<UrgentHelp />`, as the site's pages expect.
 */
export const bodyComponents = {
  Cite: inline({
    label: 'Citation',
    description: "A numbered link to one of the page's sources",
    schema: {
      n: fields.integer({
        label: 'Source number',
        description: 'The position of the source in "Sources", counting from 1',
        defaultValue: 1,
        validation: { isRequired: true, min: 1 },
      }),
    },
    // Shown in the text as the page shows it: [2].
    ContentView: ({ value }) => `[${value.n ?? '?'}]`,
    // Selected, it offers its number to change in place, and a way to remove it.
    ToolbarView: ({ value, onChange, onRemove }) =>
      createElement(
        'span',
        { style: { display: 'flex', gap: '8px', alignItems: 'center', padding: '4px 8px' } },
        createElement(
          'label',
          { style: { display: 'flex', gap: '6px', alignItems: 'center' } },
          'Source number',
          createElement('input', {
            type: 'number',
            min: 1,
            step: 1,
            value: value.n ?? '',
            style: { width: '4em' },
            onChange: (event: { currentTarget: HTMLInputElement }) => {
              const n = event.currentTarget.valueAsNumber;
              onChange({ n: Number.isInteger(n) ? n : null });
            },
          }),
        ),
        createElement('button', { type: 'button', onClick: onRemove }, 'Remove'),
      ),
  }),
  UrgentHelp: block({
    label: 'Urgent help callout',
    description: 'The NHS warning signs; every condition article needs it',
    schema: {},
  }),
};
