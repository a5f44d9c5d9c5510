import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Vue must know the widgets are custom elements, not Vue components it failed to resolve.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } })],
});
