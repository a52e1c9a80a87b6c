/** Naming scenario things in the current language: decisions, injects, metrics, causes, block reasons. */
import { fmtMoney, t } from '../i18n';
import { pick, type BlockReason, type LoadedScenario, type MetricChange } from '../store';

type Cause = MetricChange['cause'];
type Effects = LoadedScenario['scenario']['rules'][number]['effects'];
type Text = LoadedScenario['scenario']['title'];

const L = (loaded: LoadedScenario) => loaded.scenario.locales;

/** A decision's title (its id if unknown). */
export function decisionTitle(loaded: LoadedScenario, id: string, lang: string): string {
  const d = loaded.scenario.decisions.find((x) => x.id === id);
  return d ? pick(d.title, lang, L(loaded)) : id;
}

/** An inject's title. */
export function injectTitle(loaded: LoadedScenario, id: string, lang: string): string {
  const i = loaded.scenario.injects.find((x) => x.id === id);
  return i ? pick(i.title, lang, L(loaded)) : id;
}

/** A metric's label. */
export function metricLabel(loaded: LoadedScenario, id: string, lang: string): string {
  const m = loaded.scenario.metrics.find((x) => x.id === id);
  return m ? pick(m.label, lang, L(loaded)) : id;
}

/** An actor's name. */
export function actorName(loaded: LoadedScenario, id: string, lang: string): string {
  const a = loaded.scenario.actors.find((x) => x.id === id);
  return a ? pick(a.name, lang, L(loaded)) : id;
}

/**
 * A flag in words. Flags have no label in the format, so a flag is named by what raises it: the
 * note of the effect or rule that sets it, else the decision or inject that does; its id last.
 */
export function flagLabel(loaded: LoadedScenario, id: string, lang: string): string {
  const sc = loaded.scenario;
  const say = (text: Text | undefined) => (text ? pick(text, lang, L(loaded)) : null);
  const raising = (effects: Effects | undefined) => effects?.find((e) => 'flag' in e && e.flag === id && e.set);
  for (const r of sc.rules) {
    const e = raising(r.effects);
    if (e) return say(e.note) ?? say(r.note) ?? id;
  }
  for (const d of sc.decisions) {
    const e = raising(d.effects) ?? d.outcomes?.map((o) => raising(o.effects)).find((x) => x !== undefined);
    if (e) return say(e.note) ?? say(d.title) ?? id;
  }
  for (const i of sc.injects) {
    const e = raising(i.effects);
    if (e) return say(e.note) ?? say(i.title) ?? id;
  }
  return id;
}

/** A piece of evidence's title. */
export function evidenceTitle(loaded: LoadedScenario, id: string, lang: string): string {
  const e = loaded.scenario.evidence.find((x) => x.id === id);
  return e ? pick(e.title, lang, L(loaded)) : id;
}

/** The text of a decision's drawn outcome. */
export function outcomeText(loaded: LoadedScenario, decision: string, index: number | null, lang: string): string {
  if (index === null) return t('game:report.noOutcome');
  const o = loaded.scenario.decisions.find((x) => x.id === decision)?.outcomes?.[index];
  return o ? pick(o.text, lang, L(loaded)) : String(index);
}

/** "Decision: Notify ANSSI", "Rule: …", "Inject: …", "Outcome of «…»: …". */
export function causeText(loaded: LoadedScenario, cause: Cause | { kind: 'none' }, lang: string): string {
  switch (cause.kind) {
    case 'decision':
      return t('game:cause.decision', { name: decisionTitle(loaded, cause.id, lang) });
    case 'outcome':
      return t('game:cause.outcome', { name: decisionTitle(loaded, cause.id, lang), outcome: outcomeText(loaded, cause.id, cause.outcome, lang) });
    case 'inject':
      return t('game:cause.inject', { name: injectTitle(loaded, cause.id, lang) });
    case 'rule': {
      const r = loaded.scenario.rules.find((x) => x.id === cause.id);
      return r?.note ? t('game:cause.rule', { name: pick(r.note, lang, L(loaded)) }) : t('game:cause.ruleId', { id: cause.id });
    }
    case 'none':
      return t('game:cause.none');
  }
}

/** The scenario author's note on the effect that made a change, if any (falls back to the rule's note). */
export function effectNote(loaded: LoadedScenario, cause: Cause, effect: number, lang: string): string | null {
  const sc = loaded.scenario;
  let effects;
  if (cause.kind === 'decision') effects = sc.decisions.find((x) => x.id === cause.id)?.effects;
  else if (cause.kind === 'outcome') effects = sc.decisions.find((x) => x.id === cause.id)?.outcomes?.[cause.outcome]?.effects;
  else if (cause.kind === 'inject') effects = sc.injects.find((x) => x.id === cause.id)?.effects;
  else effects = sc.rules.find((x) => x.id === cause.id)?.effects;
  const note = effects?.[effect]?.note;
  return note ? pick(note, lang, L(loaded)) : null;
}

/** Why a decision cannot be chosen now, as a sentence. */
export function reasonText(loaded: LoadedScenario, r: BlockReason, lang: string): string {
  const names = (ids: string[]) => ids.map((id) => decisionTitle(loaded, id, lang)).join(', ');
  switch (r.code) {
    case 'requires':
      return t('game:reason.requires', { names: names(r.missing) });
    case 'excludes':
      return t('game:reason.excludes', { names: names(r.taken) });
    case 'cooldown':
      return t('game:reason.cooldown', { count: r.turns });
    case 'staff':
      return t('game:reason.staff', { need: r.need, left: r.left });
    case 'budget':
      return t('game:reason.budget', { need: fmtMoney(r.need), left: fmtMoney(r.left) });
    default:
      return t(`game:reason.${r.code}`);
  }
}
