/** Our icons inside lit-html templates: the SVG node is made once and kept while its name stays the same. */
import { noChange } from 'lit-html';
import { Directive, directive, type Part } from 'lit-html/directive.js';
import { icon, type IconName } from './icons';

class IconDirective extends Directive {
  private key = '';

  render(name: IconName, className = 'icon'): SVGSVGElement {
    return icon(name, className);
  }

  override update(_part: Part, [name, className = 'icon']: [IconName, string?]): SVGSVGElement | typeof noChange {
    const key = `${name} ${className}`;
    if (key === this.key) return noChange;
    this.key = key;
    return this.render(name, className);
  }
}

/** `${iconOf('check')}` in a template: our own bundled SVG, never scenario text. */
export const iconOf = directive(IconDirective);
