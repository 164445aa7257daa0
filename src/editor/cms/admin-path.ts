/** Where Keystatic's admin lives in `npm run cms`. */
export const ADMIN_PATH = '/keystatic';
