/** What every report section needs: the session, its analysis, the translator and the formatters. */
import { TIME_ENDING, textOf, type LoadedScenario, type MissedResult, type Text } from '../../engine';
import { hotWash, type HotWash } from '../hotwash';
import type { Translate } from '../strings';
import type { Room, Workshop } from '../types';

export interface ReportOptions {
  /** Workshop-namespace translator with interpolation escaping off (the renderers escape). */
  t: Translate;
  /** Language of the report; defaults to the session's. */
  locale?: string;
  /** Time zone for dates and times (IANA name); defaults to the environment's. */
  timeZone?: string;
  /** A hot wash already computed for this room, to avoid computing it again. */
  hotwash?: HotWash;
  /** Each team's missed chances searched beforehand (the browser does it in a worker), by team id; a team not in it is searched here. */
  missed?: ReadonlyMap<string, MissedResult | null>;
}

export interface ReportContext {
  loaded: LoadedScenario;
  session: Workshop;
  room: Room;
  hot: HotWash;
  missed: ReadonlyMap<string, MissedResult | null>;
  t: Translate;
  locale: string;
  text: (text: Text) => string;
  decision: (id: string) => string;
  inject: (id: string) => string;
  objective: (id: string) => string;
  ending: (id: string) => string;
  team: (id: string) => string;
  num: (n: number, digits?: number) => string;
  money: (euros: number) => string;
  dateTime: (iso: string) => string;
  time: (iso: string) => string;
}

/** Build the context once per report. */
export function reportContext(loaded: LoadedScenario, session: Workshop, room: Room, options: ReportOptions): ReportContext {
  const s = loaded.scenario;
  const locale = options.locale ?? session.locale;
  const text = (x: Text) => textOf(x, locale, s.locales);
  const titleOf = (list: readonly { id: string; title: Text }[], id: string) => {
    const found = list.find((x) => x.id === id);
    return found ? text(found.title) : id;
  };
  const zone = options.timeZone !== undefined ? { timeZone: options.timeZone } : {};
  // The game's formats: British English or French, and a 24-hour clock in both (never "06:30 AM" in one place and "06:30" in another).
  const intl = locale.startsWith('fr') ? 'fr-FR' : 'en-GB';
  const numbers = new Map<number, Intl.NumberFormat>();
  const dateTime = new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23', ...zone });
  const time = new Intl.DateTimeFormat(intl, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...zone });
  const money = new Intl.NumberFormat(intl, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  return {
    loaded,
    session,
    room,
    hot: options.hotwash ?? hotWash(loaded, room),
    missed: options.missed ?? new Map(),
    t: options.t,
    locale,
    text,
    decision: (id) => titleOf(s.decisions, id),
    inject: (id) => titleOf(s.injects, id),
    objective: (id) => titleOf(s.objectives, id),
    ending: (id) => (id === TIME_ENDING ? options.t('aar.timeEnding') : titleOf(s.endings, id)),
    team: (id) => session.teams.find((x) => x.id === id)?.name ?? id,
    num: (n, digits = 1) => {
      let f = numbers.get(digits);
      if (!f) numbers.set(digits, (f = new Intl.NumberFormat(intl, { maximumFractionDigits: digits })));
      return f.format(n);
    },
    money: (euros) => money.format(euros),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    time: (iso) => time.format(new Date(iso)),
  };
}
