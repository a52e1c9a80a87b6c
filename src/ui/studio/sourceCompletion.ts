/**
 * Completion in the source view's expressions: when the caret is inside a JSON string that the forms
 * treat as an expression (`isExprPath`), CodeMirror offers the names the forms offer (exprAssist's
 * `completeAt`: the draft's ids, the variables, the functions with their arity).
 */
import type { CompletionSource } from '@codemirror/autocomplete';
import { syntaxTree } from '@codemirror/language';
import { getLocation } from 'jsonc-parser';
import { completeAt, isExprPath, type Completion, type NameKind } from './exprAssist';

const TYPE: Record<NameKind, string> = { metric: 'constant', flag: 'constant', decision: 'constant', inject: 'constant', evidence: 'constant', variable: 'variable', function: 'function' };

/** A completion source over `names()` (the draft's names as of the last pause) and `kindWord(kind)` (what a kind is called, in the author's language). */
export function exprCompletion(names: () => readonly Completion[], kindWord: (kind: NameKind) => string): CompletionSource {
  return (ctx) => {
    const node = syntaxTree(ctx.state).resolveInner(ctx.pos, -1);
    if (node.name !== 'String' || ctx.pos <= node.from) return null;
    // Inside the quotes: not past a closing one.
    if (ctx.pos === node.to && node.to - node.from >= 2 && ctx.state.sliceDoc(node.to - 1, node.to) === '"') return null;
    const location = getLocation(ctx.state.sliceDoc(0, node.to), node.from + 1);
    if (location.isAtPropertyKey || !isExprPath(location.path)) return null;
    const inside = ctx.state.sliceDoc(node.from + 1, ctx.pos);
    const { from, items } = completeAt(inside, inside.length, names());
    if (items.length === 0) return null;
    return {
      from: node.from + 1 + from,
      filter: false,
      options: items.map((n) => ({ label: n.insert, displayLabel: n.label, type: TYPE[n.kind], detail: kindWord(n.kind) })),
    };
  };
}
