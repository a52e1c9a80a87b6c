/**
 * jsep, configured once (its configuration is global) so that it knows only Cellule's
 * operators. No other module may import jsep. The lexer refuses the rest first, with a
 * clearer message; this configuration is the second line of defence.
 */
import jsep from 'jsep';

for (const op of ['??', '|', '^', '&', '===', '!==', '<<', '>>', '>>>', '**']) jsep.removeBinaryOp(op);
jsep.removeUnaryOp('~');
jsep.removeLiteral('null');

export type Node = jsep.Expression;

export type Parsed = { ok: true; node: Node } | { ok: false; detail: string; offset: number };

/** Parse one expression; a syntax error is returned with jsep's character index. */
export function parse(source: string): Parsed {
  try {
    const node = jsep(source);
    if (node.type === 'Compound' && (node as jsep.Compound).body.length === 0) {
      return { ok: false, detail: 'empty expression', offset: 0 };
    }
    return { ok: true, node };
  } catch (e) {
    const err = e as { description?: unknown; index?: unknown; message?: unknown };
    if (typeof err.index !== 'number') throw e;
    const detail = typeof err.description === 'string' ? err.description : String(err.message);
    return { ok: false, detail, offset: Math.min(err.index, source.length) };
  }
}
