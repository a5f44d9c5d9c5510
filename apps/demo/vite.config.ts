import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs so the built site works from any static host and any sub-path.
  base: './',
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5173, strictPort: false },
});
