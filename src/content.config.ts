import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { personSchema } from './schemas/person.ts';
import { productSchema } from './schemas/product.ts';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
  schema: ({ image }) => articleSchema({ image: image(), person: reference('people') }),
});

const products = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/products' }),
  schema: ({ image }) => productSchema({ image: image(), person: reference('people') }),
});

const people = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './content/people' }),
  schema: personSchema,
});

export const collections = { articles, products, people };
