/** The minimal scenario with its ids renamed to Object.prototype's members, for the tests that every valid id works everywhere. */
import { minimalScenario } from './load/minimal';

/** Each renaming covers metric, flag, decision, inject, actor and evidence ids. */
export const RENAMINGS: readonly Readonly<Record<string, string>>[] = [
  { trust: 'constructor', warned: 'hasOwnProperty', scrub: 'toString', phishing: 'valueOf', hacktivists: 'isPrototypeOf', claim: 'propertyIsEnumerable', outage: 'toLocaleString' },
  // An actor missing from a likelihood, named like a member: its 0.5 default must hold.
  { criminals: 'constructor', load: 'valueOf', warned: 'toString', warnCustomers: 'hasOwnProperty', outage: 'isPrototypeOf', claim: 'toLocaleString', keepTrust: 'propertyIsEnumerable' },
];

/** `text` with each whole-word id renamed (texts change too, which changes no result). */
export function renamed(text: string, names: Readonly<Record<string, string>>): string {
  return text.replace(/\b[a-zA-Z]+\b/g, (w) => (Object.hasOwn(names, w) ? names[w]! : w));
}

/** The minimal scenario with likelihoods that leave the second actor out, so its default is used. */
export function protoBaseText(): string {
  const s = minimalScenario();
  for (const e of s.evidence as { likelihood: Record<string, number> }[]) delete e.likelihood.criminals;
  return JSON.stringify(s, null, 2);
}
