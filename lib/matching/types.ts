// The plain listing shape the matching logic works on: what the DB layer loads for a source
// listing and its candidates (company NACE codes and distance included), no Drizzle types, so the
// whole engine is testable without a database.
import type { ListingCategory, ListingKind, ListingStatus } from '@/db/schema';

export interface MatchListing {
  id: string;
  ref?: string;
  companyId: string;
  kind: ListingKind;
  category: ListingCategory;
  title: string;
  description: string;
  /** The text's language (da | en | fi); other values fall back to Danish rules. */
  language: string;
  quantity?: number | null;
  unit?: string | null;
  /** ISO dates (YYYY-MM-DD); null = open-ended. */
  availableFrom?: string | null;
  availableUntil?: string | null;
  status: ListingStatus;
  expiresAt?: Date | string | null;
  updatedAt: Date | string;
  lat?: number | null;
  lng?: number | null;
  /** Distance to the source listing when the query already computed it. */
  distanceKm?: number | null;
  /** NACE codes of the listing's company. */
  companyNace?: readonly string[];
  /** Whether the viewer (the source listing's company) may see this listing; default true. */
  visible?: boolean;
  /** How the candidate stage found it: the distance walk (default) or the text source, which
   * finds listings of any category that share the source's words. */
  via?: 'walk' | 'text';
}
