import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listContentFiles, personIds } from './content-files.ts';
import { compareFindings, type Finding } from './finding.ts';
import { checkSchema } from './rules/schema.ts';

export interface CheckResult {
  findings: Finding[];
  filesChecked: number;
}

/** Runs every source rule over the content in `root`. */
export async function checkContent(root: string): Promise<CheckResult> {
  const files = await listContentFiles(root);
  const people = personIds(files);
  const findings: Finding[] = [];
  for (const { file, collection } of files) {
    const source = await readFile(join(root, file), 'utf8');
    findings.push(...checkSchema(file, source, collection, { people, root }));
  }
  return { findings: findings.sort(compareFindings), filesChecked: files.length };
}
