import { makePage } from '@keystatic/astro/ui';
import keystaticConfig from '../../../keystatic.config.ts';

/** Keystatic's admin application, rendered in the browser only. */
export const KeystaticAdmin = makePage(keystaticConfig);
