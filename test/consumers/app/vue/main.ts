// A Vue app as an integrator writes it: the bare tags in a template, typed by @allot/widgets/vue for vue-tsc.
import type {} from '@allot/widgets/vue';
import '@allot/widgets';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#root');
