import { z } from 'astro/zod';

/** `content/people/<id>.yaml`: who writes and who reviews the pages. */
export const personSchema = z.strictObject({
  /** The name shown in bylines and review lines, e.g. "Backrack editorial team". */
  name: z.string().min(2),
  /** What this person or team does, e.g. "Writers and editors". */
  role: z.string().min(2),
  /** Professional registration or qualifications, only when they can be checked. */
  credentials: z.string().min(2).optional(),
  /** A short description shown on the about page. */
  bio: z.string().min(10).optional(),
});

export type Person = z.infer<typeof personSchema>;
