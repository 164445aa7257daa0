import { collection, config, fields, type ComponentSchema } from '@keystatic/core';
import { bodyComponents } from './body-components.ts';
import { contentModel } from './content-model.ts';
import { fieldsFor, type FieldHelpMap } from './fields.ts';

/**
 * The visual editor's configuration: local storage (it writes the files in
 * content/ and nothing else), and the three collections with the fields of
 * their zod schemas. Only labels and help text are written here.
 */

const pictureHelp = 'A PNG, JPEG or WebP picture; it is saved in the images folder beside the page';

const pageHelp: FieldHelpMap = {
  title: { description: "10 to 70 characters; the page's only main heading" },
  name: { description: "2 to 70 characters; the page's main heading" },
  description: {
    description: 'The search-result snippet: 50 to 160 characters',
    multiline: true,
  },
  reviewedBy: { label: 'Reviewed by', description: 'Who did the last review' },
  updatedAt: { description: 'The date of the last real change, if any' },
  reviewedAt: { description: 'The next review is due 12 months later' },
  'hero.src': { label: 'Picture', description: pictureHelp },
  'hero.alt': { label: 'Alt text', description: 'What the picture shows', multiline: true },
  'images.src': { label: 'Picture', description: pictureHelp },
  'images.alt': { label: 'Alt text', description: 'What the picture shows', multiline: true },
  'sources.url': { label: 'Address', description: 'An https:// address' },
  'faq.question': { label: 'Question' },
  'faq.answer': { label: 'Answer', multiline: true },
  draft: { description: 'A draft is shown by npm run dev but never published' },
};

/** The body field's settings; exported so a test can run them through Keystatic's editor. */
export const bodyField = {
  label: 'Body',
  description:
    'Headings start at level 2. Cite a source after each statement about what helps or harms.',
  components: bodyComponents,
  options: {
    // Pictures in the body are not handled by the editor yet: add them in the file.
    image: false,
  },
};
const body = fields.mdx(bodyField);

type SlugField = ReturnType<typeof fields.slug>;

/** A collection's form fields, with `slugField` (which names the file) typed as Keystatic needs. */
function formOf<K extends string>(
  model: Parameters<typeof fieldsFor>[0],
  slugField: K,
  help: FieldHelpMap = {},
  pictureFolder?: string,
): Record<string, ComponentSchema> & Record<K, SlugField> {
  const made = fieldsFor(model, '', {
    help,
    slugField,
    ...(pictureFolder !== undefined ? { pictureFolder } : {}),
  });
  if (made[slugField]?.kind !== 'form') throw new Error(`${slugField} is not in the schema`);
  return made as Record<string, ComponentSchema> & Record<K, SlugField>;
}

const peopleForm = formOf(contentModel.people, 'name');

export default config({
  storage: { kind: 'local' },
  ui: { brand: { name: 'Backrack Health' } },
  collections: {
    articles: collection({
      label: 'Articles',
      path: 'content/articles/*',
      slugField: 'title',
      format: { contentField: 'body' },
      entryLayout: 'content',
      previewUrl: '/articles/{slug}/',
      columns: ['title'],
      schema: { ...formOf(contentModel.articles, 'title', pageHelp, 'content/articles'), body },
    }),
    products: collection({
      label: 'Products',
      path: 'content/products/*',
      slugField: 'name',
      format: { contentField: 'body' },
      entryLayout: 'content',
      previewUrl: '/products/{slug}/',
      columns: ['name'],
      schema: { ...formOf(contentModel.products, 'name', pageHelp, 'content/products'), body },
    }),
    people: collection({
      label: 'People',
      path: 'content/people/*',
      slugField: 'name',
      format: { data: 'yaml' },
      schema: { ...peopleForm, name: peopleForm.name },
    }),
  },
});
