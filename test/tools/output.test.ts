import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { styled, useColour, visible } from '../../tools/commands/output';

describe('visible', () => {
  it('shows C0, DEL and C1 as escapes, keeps tabs, line feeds, CR LF and ordinary text', () => {
    expect(visible('a\u001b[2Jb\rc\u009bd\u007fe\tf\u0000\n«é»\r\n\b')).toBe('a\\x1b[2Jb\\x0dc\\u009bd\\u007fe\tf\\x00\n«é»\r\n\\x08');
  });

  it('keeps JSON valid: JSON.stringify escapes C0 itself, and \\u00NN is read back as the same character', () => {
    const json = JSON.stringify({ id: 'x\u009by\u007f\u001b' });
    expect(JSON.parse(visible(json))).toEqual({ id: 'x\u009by\u007f\u001b' });
  });
});

describe('colour', () => {
  it('only on a terminal, never with NO_COLOR set (but empty means unset) or a dumb terminal', () => {
    expect(useColour({ isTTY: true }, {})).toBe(true);
    expect(useColour({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(useColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(useColour({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(useColour({ isTTY: false }, {})).toBe(false);
    expect(useColour({}, {})).toBe(false);
  });

  it('colours each line after escaping, so a file cannot smuggle its own escapes in', () => {
    expect(styled('a\u001b[2Jb\n\nc\n', 'error', true)).toBe('\u001b[31ma\\x1b[2Jb\u001b[39m\n\n\u001b[31mc\u001b[39m\n');
    expect(styled('a\u001b[2Jb\n', 'error', false)).toBe('a\\x1b[2Jb\n');
    expect(styled('a\n', undefined, true)).toBe('a\n');
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
