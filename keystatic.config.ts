// The visual editor (`npm run cms`) reads its configuration from this file's place.
export { default } from './src/editor/cms/keystatic-config.ts';
