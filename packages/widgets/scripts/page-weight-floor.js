// The floor under every widget's page weight (scripts/page-weight.mjs): the provider and a widget that renders
// one string through the shared base, so what every page pays before a widget's own code and words is measured
// rather than estimated: lit, @lit/context, ky, the SDK, the base class, i18n, styles, theme and common strings.
import { html } from 'lit';
import '../dist/provider/provider.js';
import { AllotElement } from '../dist/base/allot-element.js';
import { defineElements } from '../dist/base/define.js';

class FloorWidget extends AllotElement {
  static tagName = 'floor-widget';
  render() {
    return html`<p>${this.i18n.t('action.retry')}</p>`;
  }
}
defineElements([FloorWidget]);
