/** `@allot/conformance`: checks over HTTP that a server behaves as the Allot contract says. */
export { runConformance } from './run.js';
export type { RunOptions } from './run.js';
export { formatSummary } from './summary.js';
export { areaNames } from './result.js';
export type { AreaName, AreaResult, Failure, Report } from './result.js';
export type { Exchange } from './http.js';
export type { InvariantOptions } from './areas/invariants.js';
