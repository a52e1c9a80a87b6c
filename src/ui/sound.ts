/** A few short synthesised sounds (no files): new inject, turn end, timer. Muted by the settings switch. */

export type Cue = 'inject' | 'turn' | 'timer' | 'tick';

let ctx: AudioContext | null = null;
let muted = false;

/** Follow the mute setting. */
export function setMuted(value: boolean): void {
  muted = value;
}

function audio(): AudioContext | null {
  if (muted) return null;
  try {
    ctx ??= new AudioContext();
    if (ctx.state === 'suspended') void ctx.resume();
    return ctx;
  } catch {
    return null;
  }
}

/** One enveloped tone: frequency in Hz, start offset and length in seconds. */
function tone(ac: AudioContext, freq: number, at: number, length: number, type: OscillatorType, volume: number): void {
  const osc = ac.createOscillator();
  const gain = ac.createGain();
  const t0 = ac.currentTime + at;
  osc.type = type;
  osc.frequency.setValueAtTime(freq, t0);
  gain.gain.setValueAtTime(0.0001, t0);
  gain.gain.exponentialRampToValueAtTime(volume, t0 + 0.015);
  gain.gain.exponentialRampToValueAtTime(0.0001, t0 + length);
  osc.connect(gain).connect(ac.destination);
  osc.start(t0);
  osc.stop(t0 + length + 0.02);
}

/**
 * Create the audio context ahead of time, on the player's first gesture and when the page is idle:
 * creating one can take hundreds of milliseconds, which must not land inside a turn's resolution.
 */
export function warmUpAudio(): void {
  const start = () => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
    idle(() => void audio());
  };
  window.addEventListener('pointerdown', start, { once: true, capture: true });
  window.addEventListener('keydown', start, { once: true, capture: true });
}

/** Play a cue, unless muted or audio is unavailable. */
export function play(cue: Cue): void {
  const ac = audio();
  if (!ac) return;
  switch (cue) {
    case 'inject':
      tone(ac, 880, 0, 0.12, 'sine', 0.12);
      tone(ac, 1320, 0.1, 0.16, 'sine', 0.1);
      break;
    case 'turn':
      tone(ac, 392, 0, 0.5, 'triangle', 0.1);
      tone(ac, 494, 0.04, 0.5, 'triangle', 0.08);
      tone(ac, 587, 0.08, 0.6, 'triangle', 0.08);
      break;
    case 'timer':
      for (let i = 0; i < 3; i++) tone(ac, 660, i * 0.3, 0.2, 'square', 0.06);
      break;
    case 'tick':
      tone(ac, 1000, 0, 0.05, 'square', 0.04);
      break;
  }
}
