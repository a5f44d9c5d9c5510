// The code samples of the READMEs, as the consumer test runs them (docs that run): each fenced block with its
// language, where it is, and what its README says about running it in an HTML comment just above the fence:
//
//   <!-- sample: declare const client: import('@allot/sdk').Client; -->   code the check puts before the sample
//                                                                         (names an earlier sample defined)
//   <!-- sample-skip: installs from the registry -->                       not run, and why (listed by the test)
//
// The comments do not show on GitHub or npm, so a sample reads as written and still runs as written.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Sample {
  /** The README, relative to the workspace (`packages/sdk/README.md`). */
  readme: string;
  /** The line of the opening fence, 1-based. */
  line: number;
  lang: string;
  code: string;
  /** Code put before the sample when it is checked (`<!-- sample: … -->`). */
  prelude: string;
  /** Why the sample is not run (`<!-- sample-skip: … -->`), if it is not. */
  skip?: string;
  /** `packages-sdk-README-L53`: a file name that says where the sample comes from. */
  slug: string;
}

/** The READMEs whose samples run: the workspace's and each package's (what npm users read). */
export const READMES = [
  'README.md',
  'packages/contract/README.md',
  'packages/sdk/README.md',
  'packages/mock/README.md',
  'packages/widgets/README.md',
  'packages/react/README.md',
  'packages/conformance/README.md',
];

/** The samples of one README. Blocks between `<!-- cdn-snippets` and its end are run by their own test. */
export function samplesOf(workspace: string, readme: string): Sample[] {
  const text = readFileSync(join(workspace, readme), 'utf8');
  const samples: Sample[] = [];
  const fence = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (let match = fence.exec(text); match; match = fence.exec(text)) {
    const before = text.slice(0, match.index);
    const line = before.split('\n').length;
    const comment = /<!--\s*(sample(?:-skip)?):\s*([\s\S]*?)\s*-->\s*$/.exec(before);
    const cdn = before.lastIndexOf('<!-- cdn-snippets') > before.lastIndexOf('<!-- /cdn-snippets');
    samples.push({
      readme: relative(workspace, join(workspace, readme)),
      line,
      lang: match[1] || 'text',
      code: match[2]!,
      prelude: comment?.[1] === 'sample' ? comment[2]! : '',
      ...(cdn && { skip: 'a CDN snippet: run by the CDN snippet test, with its integrity' }),
      ...(comment?.[1] === 'sample-skip' && { skip: comment[2]! }),
      slug: `${readme.replace(/\.md$/, '').replace(/[/.]/g, '-')}-L${line}`,
    });
  }
  return samples;
}

/** Every sample of every README. */
export const allSamples = (workspace: string): Sample[] =>
  READMES.flatMap((readme) => samplesOf(workspace, readme));

/** The commands of a shell sample: one per line, `\` continuations joined, comments dropped. */
export const commandsOf = (code: string): string[] =>
  code
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+#\s.*$/, '').trim())
    .filter((line) => line && !line.startsWith('#'));
