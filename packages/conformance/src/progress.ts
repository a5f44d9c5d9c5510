import type { AreaName } from './result.js';

/**
 * The progress line of a run on a terminal: a bar of the areas done, which area runs and how many requests it
 * has sent, e.g. `[#######.............] 2/6 rbac, 316 requests`. Areas run in the order given.
 */
export function progressLine(
  areas: readonly AreaName[],
  area: AreaName,
  requests: number,
  width = 20,
): string {
  const index = Math.max(0, areas.indexOf(area));
  const filled = Math.round((index / Math.max(1, areas.length)) * width);
  const bar = '#'.repeat(filled) + '.'.repeat(width - filled);
  return `[${bar}] ${index + 1}/${areas.length} ${area}, ${requests} requests`;
}
