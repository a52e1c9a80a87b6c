/** A small, strict flag parser for the CLI: unknown flags and missing values are errors. */

export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | true>;
}

/** Parse `args`; `valued` flags take the next argument, `boolean` flags take none. */
export function parseArgs(args: string[], valued: string[], boolean: string[]): ParsedArgs | string {
  const out: ParsedArgs = { positional: [], flags: {} };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) {
      out.positional.push(a);
      continue;
    }
    const name = a.slice(2);
    if (boolean.includes(name)) out.flags[name] = true;
    else if (valued.includes(name)) {
      const v = args[++i];
      if (v === undefined) return `--${name} needs a value`;
      out.flags[name] = v;
    } else return `unknown option ${a}`;
  }
  return out;
}

/** An integer flag, or an error message. */
export function intFlag(value: string | true | undefined, name: string, fallback: number): number | string {
  if (value === undefined) return fallback;
  const n = Number(value);
  return typeof value === 'string' && /^-?\d+$/.test(value) && Number.isSafeInteger(n) ? n : `--${name} must be an integer`;
}
