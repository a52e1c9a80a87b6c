/** Numbers, money, percentages and dates through Intl, in the current language. */
import i18next from 'i18next';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function locale(): string {
  return (i18next.resolvedLanguage ?? 'en').startsWith('fr') ? 'fr-FR' : 'en-GB';
}

function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `${locale()}|n|${key}`;
  let f = cache.get(k) as Intl.NumberFormat | undefined;
  if (!f) cache.set(k, (f = new Intl.NumberFormat(locale(), options)));
  return f;
}

function dateFormat(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = `${locale()}|d|${key}`;
  let f = cache.get(k) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(k, (f = new Intl.DateTimeFormat(locale(), options)));
  return f;
}

/** A plain number, at most `digits` decimals. */
export function fmtNumber(n: number, digits = 1): string {
  return numberFormat(`num${digits}`, { maximumFractionDigits: digits }).format(n);
}

/** A short number for axis ticks: 20 k, 1.5 M. */
export function fmtCompact(n: number): string {
  return numberFormat('compact', { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

/** A signed change: +12, −3.5. */
export function fmtSigned(n: number, digits = 1): string {
  return numberFormat(`sig${digits}`, { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(n);
}

/** A probability 0..1 as a percentage. */
export function fmtPercent(p: number, digits = 0): string {
  return numberFormat(`pct${digits}`, { style: 'percent', maximumFractionDigits: digits }).format(p);
}

/** Euros, without cents. */
export function fmtMoney(euros: number): string {
  return numberFormat('eur', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(euros);
}

/** A metric value with its unit ("55 %", "1 200 req/s"). */
export function fmtValue(n: number, unit: string | undefined): string {
  const v = fmtNumber(n, Math.abs(n) < 10 && !Number.isInteger(n) ? 1 : 0);
  if (!unit) return v;
  return unit === '%' ? `${v}${locale() === 'fr-FR' ? '\u202f' : ''}%` : `${v}\u00a0${unit}`;
}

/** Minutes of offset in an ISO 8601 date-time ("+01:00" → 60, "Z" → 0). */
export function offsetOf(iso: string): number {
  const m = /([+-])(\d\d):?(\d\d)$/.exec(iso);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** A simulated instant shown in the scenario's own time zone offset. */
function shifted(iso: string, offsetMinutes: number): Date {
  return new Date(Date.parse(iso) + offsetMinutes * 60_000);
}

/** "Mon 22 Dec 2025" in the scenario's offset. */
export function fmtDate(iso: string, offsetMinutes: number): string {
  return dateFormat('date', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(shifted(iso, offsetMinutes));
}

/** "06:30" in the scenario's offset. */
export function fmtTime(iso: string, offsetMinutes: number): string {
  return dateFormat('time', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(shifted(iso, offsetMinutes));
}

/** "Mon 22 Dec, 06:30" in the scenario's offset. */
export function fmtDateTime(iso: string, offsetMinutes: number): string {
  return dateFormat('dt', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    shifted(iso, offsetMinutes),
  );
}

/** A real (not simulated) instant, in the player's own zone: when a game was saved. */
export function fmtLocalDateTime(iso: string): string {
  return dateFormat('local', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A countdown in real seconds, as a clock reads it: "4:05". */
export function fmtCountdown(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** A duration in minutes, in the language's units: "30 min", "2 h", "1 h 30 min", "7 j 11 h". */
export function fmtDuration(minutes: number): string {
  const unit = (u: 'minute' | 'hour' | 'day', n: number) => numberFormat(`u-${u}`, { style: 'unit', unit: u, unitDisplay: 'short' }).format(n);
  if (minutes < 60) return unit('minute', minutes);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h < 48) return m === 0 ? unit('hour', h) : `${unit('hour', h)} ${unit('minute', m)}`;
  const d = Math.floor(h / 24);
  const rest = h % 24;
  return rest === 0 ? unit('day', d) : `${unit('day', d)} ${unit('hour', rest)}`;
}
