/** Our icons: lucide-static SVG files (ISC), bundled as text and parsed once each. */
import i_briefcase from 'lucide-static/icons/briefcase.svg?raw';
import i_chart_line from 'lucide-static/icons/chart-line.svg?raw';
import i_check from 'lucide-static/icons/check.svg?raw';
import i_circle_alert from 'lucide-static/icons/circle-alert.svg?raw';
import i_clock from 'lucide-static/icons/clock.svg?raw';
import i_download from 'lucide-static/icons/download.svg?raw';
import i_eye from 'lucide-static/icons/eye.svg?raw';
import i_file_up from 'lucide-static/icons/file-up.svg?raw';
import i_fingerprint from 'lucide-static/icons/fingerprint.svg?raw';
import i_flag from 'lucide-static/icons/flag.svg?raw';
import i_handshake from 'lucide-static/icons/handshake.svg?raw';
import i_hard_hat from 'lucide-static/icons/hard-hat.svg?raw';
import i_history from 'lucide-static/icons/history.svg?raw';
import i_house from 'lucide-static/icons/house.svg?raw';
import i_info from 'lucide-static/icons/info.svg?raw';
import i_landmark from 'lucide-static/icons/landmark.svg?raw';
import i_languages from 'lucide-static/icons/languages.svg?raw';
import i_list_checks from 'lucide-static/icons/list-checks.svg?raw';
import i_megaphone from 'lucide-static/icons/megaphone.svg?raw';
import i_message_circle from 'lucide-static/icons/message-circle.svg?raw';
import i_newspaper from 'lucide-static/icons/newspaper.svg?raw';
import i_play from 'lucide-static/icons/play.svg?raw';
import i_radar from 'lucide-static/icons/radar.svg?raw';
import i_rotate_ccw from 'lucide-static/icons/rotate-ccw.svg?raw';
import i_search from 'lucide-static/icons/search.svg?raw';
import i_search_x from 'lucide-static/icons/search-x.svg?raw';
import i_shield from 'lucide-static/icons/shield.svg?raw';
import i_shield_alert from 'lucide-static/icons/shield-alert.svg?raw';
import i_siren from 'lucide-static/icons/siren.svg?raw';
import i_target from 'lucide-static/icons/target.svg?raw';
import i_timer from 'lucide-static/icons/timer.svg?raw';
import i_user_cog from 'lucide-static/icons/user-cog.svg?raw';
import i_users from 'lucide-static/icons/users.svg?raw';
import i_volume_2 from 'lucide-static/icons/volume-2.svg?raw';
import i_volume_x from 'lucide-static/icons/volume-x.svg?raw';
import i_wallet from 'lucide-static/icons/wallet.svg?raw';
import i_workflow from 'lucide-static/icons/workflow.svg?raw';
import i_wrench from 'lucide-static/icons/wrench.svg?raw';
import i_x from 'lucide-static/icons/x.svg?raw';

const SOURCES = {
  soc: i_shield_alert,
  exec: i_briefcase,
  press: i_newspaper,
  social: i_message_circle,
  regulator: i_landmark,
  partner: i_handshake,
  customer: i_users,
  intel: i_radar,
  staff: i_hard_hat,
  containment: i_shield,
  communication: i_megaphone,
  recovery: i_wrench,
  coordination: i_workflow,
  attribution: i_fingerprint,
  volumeOn: i_volume_2,
  volumeOff: i_volume_x,
  clock: i_clock,
  person: i_user_cog,
  wallet: i_wallet,
  flag: i_flag,
  play: i_play,
  search: i_search,
  searchEmpty: i_search_x,
  upload: i_file_up,
  download: i_download,
  close: i_x,
  check: i_check,
  timer: i_timer,
  history: i_history,
  again: i_rotate_ccw,
  target: i_target,
  alert: i_circle_alert,
  info: i_info,
  home: i_house,
  languages: i_languages,
  chart: i_chart_line,
  list: i_list_checks,
  eye: i_eye,
  siren: i_siren,
} as const;

export type IconName = keyof typeof SOURCES;

const parsed = new Map<IconName, SVGSVGElement>();

/**
 * An icon as inline SVG, decorative (aria-hidden). The SVG text is our own package file, not
 * scenario or user text; it is parsed as XML (no script runs in a parsed SVG document).
 */
export function icon(name: IconName, className = 'icon'): SVGSVGElement {
  let base = parsed.get(name);
  if (!base) {
    const doc = new DOMParser().parseFromString(SOURCES[name], 'image/svg+xml');
    base = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    base.removeAttribute('width');
    base.removeAttribute('height');
    parsed.set(name, base);
  }
  const el = base.cloneNode(true) as SVGSVGElement;
  el.setAttribute('class', className);
  el.setAttribute('aria-hidden', 'true');
  el.setAttribute('focusable', 'false');
  return el;
}

/** The raw SVG text of an icon, for the Phaser map's textures. */
export function iconSource(name: IconName): string {
  return SOURCES[name];
}
