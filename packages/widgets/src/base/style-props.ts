import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * Like Lit's `styleMap`, but always through the CSSOM (`element.style.setProperty`), first render included:
 * `styleMap` writes a `style` attribute on first render, which a strict CSP (`style-src 'self'`) refuses.
 * Use in a `style=` binding with CSS property names: `style=${styleProps({ height: '40px' })}`.
 */
class StyleProps extends Directive {
  #previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') {
      throw new Error('styleProps() goes in a style= binding');
    }
  }

  // Everything happens in update(), on the element itself; render() only declares the argument's type.
  render(props: Readonly<Record<string, string>>) {
    void props;
    return noChange;
  }

  override update(part: AttributePart, [props]: [Readonly<Record<string, string>>]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.#previous) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.#previous = new Set(Object.keys(props));
    return noChange;
  }
}

export const styleProps = directive(StyleProps);
