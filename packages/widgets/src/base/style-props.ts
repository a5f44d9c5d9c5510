import { noChange } from 'lit';
import { Directive, directive, type AttributePart } from 'lit/directive.js';

/**
 * Like Lit's `styleMap`, but always through the CSSOM (`element.style.setProperty`), first render included:
 * `styleMap` writes a `style` attribute on first render, which a strict CSP (`style-src 'self'`) refuses.
 * Use in a `style=` binding with CSS property names, and bind the same names every time (properties are set,
 * never removed): `style=${styleProps({ height: '40px' })}`.
 */
class StyleProps extends Directive {
  // Everything happens in update(), on the element itself; render() only declares the argument's type.
  render(props: Readonly<Record<string, string>>) {
    void props;
    return noChange;
  }

  override update(part: AttributePart, [props]: [Readonly<Record<string, string>>]) {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    return noChange;
  }
}

export const styleProps = directive(StyleProps);
