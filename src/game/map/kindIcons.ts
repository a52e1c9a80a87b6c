/** The map's node icons by kind: lucide-static SVG files (ISC), recoloured white for textures. */
import attacker from 'lucide-static/icons/skull.svg?raw';
import filter from 'lucide-static/icons/filter.svg?raw';
import service from 'lucide-static/icons/server.svg?raw';
import people from 'lucide-static/icons/users.svg?raw';
import site from 'lucide-static/icons/building.svg?raw';
import authority from 'lucide-static/icons/landmark.svg?raw';
import system from 'lucide-static/icons/cpu.svg?raw';
import type { NodeKind } from '../../store';

export const KIND_ICONS: Record<NodeKind, string> = { attacker, filter, service, people, site, authority, system };

/** Texture key of a node kind's icon. */
export const kindTexture = (kind: NodeKind) => `kind-${kind}`;
