import { defineElements } from '../base/define.js';
import { AllotProvider } from './provider.component.js';

export { AllotProvider };

defineElements([AllotProvider]);

declare global {
  interface HTMLElementTagNameMap {
    'allot-provider': AllotProvider;
  }
}
