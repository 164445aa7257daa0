import { parseClaimModel, type ClaimModel } from './claim-model.ts';

/**
 * A claim model with no categories, for tests of the listed-wording rules on
 * their own: with the project's model, a category would own the sentence.
 */
export const NO_CLAIM_CATEGORIES: ClaimModel = parseClaimModel(
  'subjects: []\npromises: []\nbody: []\ncategories: []\n',
);
