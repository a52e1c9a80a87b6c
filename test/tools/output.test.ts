import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visible } from '../../tools/commands/output';

describe('visible', () => {
  it('shows C0, DEL and C1 as escapes, keeps tabs, line feeds, CR LF and ordinary text', () => {
    expect(visible('a\u001b[2Jb\rc\u009bd\u007fe\tf\u0000\n«é»\r\n\b')).toBe('a\\x1b[2Jb\\x0dc\\u009bd\\u007fe\tf\\x00\n«é»\r\n\\x08');
  });

  it('keeps JSON valid: JSON.stringify escapes C0 itself, and \\u00NN is read back as the same character', () => {
    const json = JSON.stringify({ id: 'x\u009by\u007f\u001b' });
    expect(JSON.parse(visible(json))).toEqual({ id: 'x\u009by\u007f\u001b' });
  });
});

describe('the printing boundary', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

  it('nothing in tools/ writes to the terminal but through output.ts', () => {
    const tools = join(__dirname, '..', '..', 'tools');
    const offenders = files(tools)
      .filter((f) => !f.endsWith('output.ts'))
      .filter((f) => /process\.(stdout|stderr)\.write|console\.(log|error|warn|info)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
