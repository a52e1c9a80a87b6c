/** The HSEEP After-Action Report of a workshop, as Markdown and as a printable HTML page. */
import type { LoadedScenario } from '../../engine';
import type { Room, Workshop } from '../types';
import { reportContext, type ReportContext, type ReportOptions } from './context';
import type { Doc } from './doc';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { highlights } from './sections/highlights';
import { missedSection } from './sections/missed';
import { objectivesTable } from './sections/objectives';
import { overview } from './sections/overview';
import { improvementPlan } from './sections/plan';
import { referenceSection } from './sections/reference';
import { teamSections } from './sections/teams';
import { timeline } from './sections/timeline';

/** The report's content, in HSEEP order, as plain-text blocks. */
export function aarDoc(ctx: ReportContext): Doc {
  const title = ctx.t('aar.heading', { scenario: ctx.text(ctx.loaded.scenario.title) });
  return {
    title,
    lang: ctx.locale,
    colon: ctx.t('aar.colon'),
    blocks: [
      { kind: 'heading', level: 1, text: title },
      ...overview(ctx),
      ...objectivesTable(ctx),
      ...teamSections(ctx),
      ...highlights(ctx),
      ...referenceSection(ctx),
      ...missedSection(ctx),
      ...timeline(ctx),
      ...improvementPlan(ctx),
    ],
  };
}

/** The After-Action Report as Markdown. */
export function aarMarkdown(loaded: LoadedScenario, session: Workshop, room: Room, options: ReportOptions): string {
  const ctx = reportContext(loaded, session, room, options);
  const doc = aarDoc(ctx);
  doc.blocks.push({ kind: 'paragraph', text: ctx.t('aar.footer') });
  return renderMarkdown(doc);
}

/** The After-Action Report as a standalone HTML page with a print stylesheet. */
export function aarHtml(loaded: LoadedScenario, session: Workshop, room: Room, options: ReportOptions): string {
  const ctx = reportContext(loaded, session, room, options);
  return renderHtml(aarDoc(ctx), ctx.t('aar.footer'));
}
