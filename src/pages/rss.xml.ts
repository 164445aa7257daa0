import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { publishedArticles } from '../lib/collections.ts';
import { feedItems } from '../lib/feed.ts';
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from '../site.config.ts';

/** The articles as an RSS 2.0 feed, newest first; linked from every page's head. */
export const GET: APIRoute = async ({ site }) =>
  rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: site ?? SITE_URL,
    items: feedItems(await publishedArticles()),
    customData: '<language>en-gb</language>',
  });
