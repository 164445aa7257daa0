import {
  parseClaimModel,
  productNamesIn,
  CLAIM_MODEL_FILE,
} from '../../compliance/claims/claim-model.ts';
import { parseClaimsList, CLAIMS_FILE } from '../../compliance/claims/claims-list.ts';
import { LEARNED_COUNTS_FILE } from '../../compliance/claims/learned-data.ts';
import type { LearnedCounts } from '../../compliance/claims/learned.ts';
import type { ClaimsData } from '../../compliance/source/rules/with-claims-data.ts';

/** The claims data, or why it cannot be read: the file at fault and the parser's message. */
export type ClaimsDataResult =
  { ok: true; data: ClaimsData } | { ok: false; file: string; message: string };

/** The text of a project file as the editor has it (unsaved changes included), or undefined. */
export type ReadFile = (file: string) => string | undefined;

const failure = (file: string, error: unknown): ClaimsDataResult => ({
  ok: false,
  file,
  message: error instanceof Error ? error.message : String(error),
});

/** Parses the claims list and the claims model from the texts the editor has. */
export function readClaimsData(productFiles: readonly string[], read: ReadFile): ClaimsDataResult {
  let claims;
  try {
    claims = parseClaimsList(read(CLAIMS_FILE) ?? '', CLAIMS_FILE);
  } catch (error) {
    return failure(CLAIMS_FILE, error);
  }
  try {
    const counts = read(LEARNED_COUNTS_FILE);
    const model = {
      ...parseClaimModel(
        read(CLAIM_MODEL_FILE) ?? '',
        productNamesIn(productFiles.map((file) => read(file) ?? '')),
      ),
      // The same learned second opinion as npm run check, when its counts were made.
      learned: counts === undefined ? null : (JSON.parse(counts) as LearnedCounts),
    };
    return { ok: true, data: { claims, model } };
  } catch (error) {
    return failure(CLAIM_MODEL_FILE, error);
  }
}
