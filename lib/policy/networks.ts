import 'server-only';
// Roles within a network: facilitators run it (decide memberships, manage themes, propose
// introductions, see its figures); municipality staff see its figures. A platform admin may do all.
import type { Viewer } from './viewer';

/** Facilitates this network (or is a platform admin): decides its memberships, runs its themes. */
export function isFacilitatorOf(viewer: Viewer | null, networkId: string): boolean {
  return !!viewer && (viewer.isAdmin || viewer.facilitatorNetworkIds.includes(networkId));
}

/** May see a network's aggregate figures (the municipality page and the introduction statistics):
 * its facilitators, its municipality staff and platform admins. */
export function canSeeAreaFigures(viewer: Viewer | null, networkId: string): boolean {
  return !!viewer && (viewer.isAdmin || viewer.municipalityNetworkIds.includes(networkId) || viewer.facilitatorNetworkIds.includes(networkId));
}
