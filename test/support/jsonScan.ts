/** Every key and every primitive value in a JSON value: what a view leaks, whatever its nesting. */
export function scan(value: unknown, keys = new Set<string>(), values = new Set<string>()): { keys: Set<string>; values: Set<string> } {
  if (Array.isArray(value)) value.forEach((v) => scan(v, keys, values));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      keys.add(k);
      scan(v, keys, values);
    }
  } else values.add(String(value));
  return { keys, values };
}
