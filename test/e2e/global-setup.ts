// Serves the built demo for the whole run; the URL reaches the workers through the environment.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from './static-server.mjs';

export const DEMO_DIST = join(import.meta.dirname, '../../apps/demo/dist');

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(join(DEMO_DIST, 'index.html'))) {
    throw new Error(
      `No built demo in ${DEMO_DIST}: run \`pnpm --filter @allot/demo build\` (turbo does it first).`,
    );
  }
  const server = await startStaticServer(DEMO_DIST);
  process.env['DEMO_URL'] = server.url;
  return () => server.close();
}
