/**
 * A checker diagnostic turned into a sentence of the UI's language. Pure: the translator is
 * passed in, so tests can run it under Node with the real resources.
 *
 * The engine's `params` carry the facts; two of them steer the lookup: `form` is i18next's
 * `context` (which sentence of a code: `diagnostics:diag.schema/too-short_array`), and `count` picks the
 * plural form. A missing variant falls back to the code's plain key, then to the English message.
 */
import type { Diagnostic } from '../store';

export interface Translator {
  t(key: string, options?: Record<string, unknown>): string;
  has(key: string): boolean;
}

/** The params that hold the checker's own words (types, kinds of id), each alternative translated. */
const WORD_PARAMS = ['kind', 'actual', 'expected', 'got'];

const word = (tr: Translator, dictionary: string, w: string): string | undefined =>
  tr.has(`diagnostics:${dictionary}.${w}`) ? tr.t(`diagnostics:${dictionary}.${w}`) : undefined;

/**
 * The i18next options for a diagnostic's params. Each word param `x` is translated
 * (alternatives `a | b` joined with the language's "or"), and also given as `xA`, with its
 * indefinite article (« un indicateur », “an inject”), for the sentences that need one.
 */
export function diagnosticOptions(params: Diagnostic['params'], tr: Translator): Record<string, unknown> {
  const out: Record<string, unknown> = { ...params };
  const or = ` ${tr.t('diagnostics:diagWord.or')} `;
  for (const k of WORD_PARAMS) {
    const v = out[k];
    if (typeof v !== 'string') continue;
    const words = v.split(' | ');
    const plain = words.map((w) => word(tr, 'diagWord', w) ?? w);
    out[k] = plain.join(or);
    out[`${k}A`] = words.map((w, i) => word(tr, 'diagWordA', w) ?? plain[i]).join(or);
  }
  if (typeof params?.form === 'string') out.context = params.form;
  if (typeof params?.count === 'number') out.count = params.count;
  return out;
}

/** A diagnostic's sentence: ours when we know its code, else the engine's English. */
export function diagnosticSentence(d: Pick<Diagnostic, 'code' | 'message' | 'params'>, tr: Translator): string {
  const key = `diagnostics:diag.${d.code}`;
  if (!tr.has(key)) return d.message;
  const text = tr.t(key, { ...diagnosticOptions(d.params, tr), defaultValue: d.message });
  const suggestion = d.params?.suggestion;
  return suggestion ? `${text} ${tr.t('diagnostics:diag.suggestion', { suggestion })}` : text;
}
