/** A QR code as an SVG template (uqr's module matrix drawn as one path): no markup from strings, fine under the CSP. */
import { encode } from 'uqr';
import { svg } from '../view';

export function qrCode(text: string, label: string) {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
  return svg`<svg class="live-qr" viewBox=${`0 0 ${size} ${size}`} role="img" aria-label=${label} shape-rendering="crispEdges"><rect width=${size} height=${size} fill="#fff"/><path d=${d} fill="#000"/></svg>`;
}
