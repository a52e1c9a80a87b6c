/**
 * Offsets for jsep's nodes, which carry none: every node of the language lists its children
 * in source order, so a walk meets the Identifier and Literal nodes in the order the lexer
 * met the leaf tokens. A node's offset is that of its first leaf.
 */
import type { Leaf } from './lexer';
import type { Node } from './parser';

/** Each node of `root` mapped to the offset of its first leaf in the source. */
export function locate(root: Node, leaves: readonly Leaf[]): Map<Node, number> {
  const offsets = new Map<Node, number>();
  let next = 0;

  const leafOffset = (text: string): number => {
    // The texts agree when the walk and the lexer agree; if not, find the next leaf that matches.
    let i = next;
    while (i < leaves.length && leaves[i]!.text !== text) i++;
    const leaf = leaves[i] ?? leaves[next];
    next = i < leaves.length ? i + 1 : next + 1;
    return leaf?.offset ?? 0;
  };

  const walk = (node: Node): number => {
    let offset: number;
    if (node.type === 'Identifier') offset = leafOffset(String(node.name));
    else if (node.type === 'Literal') offset = leafOffset(String(node.raw));
    else {
      const children = childrenOf(node);
      offset = children.length === 0 ? (leaves[next]?.offset ?? 0) : walk(children[0]!);
      for (let i = 1; i < children.length; i++) walk(children[i]!);
    }
    offsets.set(node, offset);
    return offset;
  };

  walk(root);
  return offsets;
}

/** The child nodes of a node, in source order. */
export function childrenOf(node: Node): Node[] {
  const out: Node[] = [];
  const add = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v !== null && typeof v === 'object' && typeof (v as Node).type === 'string') out.push(v as Node);
  };
  switch (node.type) {
    case 'BinaryExpression':
      add(node.left);
      add(node.right);
      break;
    case 'UnaryExpression':
      add(node.argument);
      break;
    case 'ConditionalExpression':
      add(node.test);
      add(node.consequent);
      add(node.alternate);
      break;
    case 'CallExpression':
      add(node.callee);
      add(node.arguments);
      break;
    case 'MemberExpression':
      add(node.object);
      add(node.property);
      break;
    case 'Compound':
      add(node.body);
      break;
    case 'SequenceExpression':
      add(node.expressions);
      break;
    case 'ArrayExpression':
      add(node.elements);
      break;
  }
  return out;
}
