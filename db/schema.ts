// The whole product's data model. Keys are camelCase, columns snake_case (drizzle `casing`).
// Locations are plain lat/lng doubles; distance queries use earthdistance's ll_to_earth() over a
// GiST expression index, which both PGlite and PostgreSQL provide.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const ROLES = ['member', 'facilitator', 'municipality'] as const;
export const MEMBERSHIP_STATUSES = ['pending', 'approved', 'declined'] as const;
export const LISTING_KINDS = ['offer', 'need'] as const;
export const LISTING_CATEGORIES = [
  'capacity',
  'staff',
  'purchasing',
  'premises',
  'equipment',
  'competence',
  'logistics',
  'materials',
  'collaboration',
] as const;
export const VISIBILITIES = ['public', 'network', 'facilitators'] as const;
export const LISTING_STATUSES = ['open', 'paused', 'closed'] as const;
export const COUNTRIES = ['DK', 'FI'] as const;
export const UI_LOCALES = ['da', 'en', 'fi'] as const;
export const THEME_STATUSES = ['open', 'archived'] as const;
export const MATCH_TYPES = ['pair', 'pooling', 'bundling'] as const;
export const INTRODUCTION_KINDS = ['interest', 'facilitator'] as const;
export const INTRODUCTION_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export const COMPANY_MEMBER_ROLES = ['owner', 'member'] as const;

export type Role = (typeof ROLES)[number];
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
export type ListingKind = (typeof LISTING_KINDS)[number];
export type ListingCategory = (typeof LISTING_CATEGORIES)[number];
export type Visibility = (typeof VISIBILITIES)[number];
export type ListingStatus = (typeof LISTING_STATUSES)[number];
export type Country = (typeof COUNTRIES)[number];
export type UiLocale = (typeof UI_LOCALES)[number];

const id = () => uuid().primaryKey().defaultRandom();
const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
const updatedAt = () =>
  timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

// ---------------------------------------------------------------- accounts (Auth.js tables)

export const users = pgTable(
  'users',
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text(),
    email: text().notNull(),
    emailVerified: timestamp({ withTimezone: true, mode: 'date' }),
    image: text(),
    passwordHash: text(),
    isPlatformAdmin: boolean().notNull().default(false),
    locale: text({ enum: UI_LOCALES }).notNull().default('da'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_email_lower_idx').on(sql`lower(${t.email})`)],
);

export const accounts = pgTable(
  'accounts',
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refresh_token: text(),
    access_token: text(),
    expires_at: integer(),
    token_type: text(),
    scope: text(),
    id_token: text(),
    session_state: text(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

// A row per signed-in browser. The JWT carries the row's token; a session is valid only while its
// row exists, so sign-out (and "sign out everywhere") ends it server-side.
export const sessions = pgTable(
  'sessions',
  {
    sessionToken: text().primaryKey(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expires: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    createdAt: createdAt(),
    userAgent: text(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text().notNull(),
    token: text().notNull(),
    expires: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    tokenHash: text().notNull(),
    lastUsedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('api_tokens_hash_idx').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

// Fixed-window counters, in the database so that several app instances share them.
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text().notNull(),
    windowStart: timestamp({ withTimezone: true, mode: 'date' }).notNull(),
    count: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

// ---------------------------------------------------------------- networks and companies

export const networks = pgTable('networks', {
  id: id(),
  ref: text().notNull().unique(),
  name: text().notNull(),
  country: text({ enum: COUNTRIES }).notNull(),
  locale: text().notNull().default('da'),
  centerLat: doublePrecision().notNull(),
  centerLng: doublePrecision().notNull(),
  radiusKm: real().notNull().default(25),
  description: text(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const companies = pgTable(
  'companies',
  {
    id: id(),
    ref: text().notNull().unique(),
    name: text().notNull(),
    country: text({ enum: COUNTRIES }).notNull(),
    registrationNumber: text(),
    nace: text().array().notNull().default(sql`'{}'::text[]`),
    employees: integer(),
    street: text(),
    postcode: text(),
    city: text(),
    lat: doublePrecision(),
    lng: doublePrecision(),
    description: text(),
    languages: text().array().notNull().default(sql`'{}'::text[]`),
    website: text(),
    // Contact details: shown to another firm only after an accepted introduction.
    email: text(),
    phone: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('companies_registration_idx')
      .on(t.country, t.registrationNumber)
      .where(sql`${t.registrationNumber} is not null`),
    index('companies_nace_idx').using('gin', t.nace),
    index('companies_postcode_idx').on(t.country, t.postcode),
    index('companies_earth_idx')
      .using('gist', sql`ll_to_earth(${t.lat}, ${t.lng})`)
      .where(sql`${t.lat} is not null and ${t.lng} is not null`),
  ],
);

export const companyMembers = pgTable(
  'company_members',
  {
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text({ enum: COMPANY_MEMBER_ROLES }).notNull().default('member'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.userId] }), index('company_members_user_idx').on(t.userId)],
);

// A colleague invited by e-mail who has no account yet (or has not accepted): on sign-in they
// see the invitation on /onboarding and join with one click. Existing users are added directly.
export const companyInvites = pgTable(
  'company_invites',
  {
    id: id(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    email: text().notNull(),
    invitedById: text().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('company_invites_company_email_idx').on(t.companyId, sql`lower(${t.email})`),
    index('company_invites_email_idx').on(sql`lower(${t.email})`),
  ],
);

// Who belongs to a network and as what. A *member* is a firm (companyId; every user of the firm
// acts as member), a *facilitator* or *municipality* role is a person (userId).
export const networkMemberships = pgTable(
  'network_memberships',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    role: text({ enum: ROLES }).notNull(),
    companyId: uuid().references(() => companies.id, { onDelete: 'cascade' }),
    userId: text().references(() => users.id, { onDelete: 'cascade' }),
    status: text({ enum: MEMBERSHIP_STATUSES }).notNull().default('pending'),
    message: text(),
    requestedById: text().references(() => users.id, { onDelete: 'set null' }),
    decidedById: text().references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      'network_memberships_subject_chk',
      sql`(${t.role} = 'member' and ${t.companyId} is not null) or (${t.role} <> 'member' and ${t.userId} is not null)`,
    ),
    uniqueIndex('network_memberships_company_idx')
      .on(t.networkId, t.companyId)
      .where(sql`${t.role} = 'member'`),
    uniqueIndex('network_memberships_user_role_idx')
      .on(t.networkId, t.userId, t.role)
      .where(sql`${t.role} <> 'member'`),
    index('network_memberships_company_lookup_idx').on(t.companyId, t.status),
    index('network_memberships_user_lookup_idx').on(t.userId, t.status),
    index('network_memberships_network_status_idx').on(t.networkId, t.status),
  ],
);

// ---------------------------------------------------------------- offers and needs

export const listings = pgTable(
  'listings',
  {
    id: id(),
    ref: text().notNull().unique(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    kind: text({ enum: LISTING_KINDS }).notNull(),
    category: text({ enum: LISTING_CATEGORIES }).notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    quantity: doublePrecision(),
    unit: text(),
    availableFrom: date({ mode: 'string' }),
    availableUntil: date({ mode: 'string' }),
    lat: doublePrecision(),
    lng: doublePrecision(),
    visibility: text({ enum: VISIBILITIES }).notNull().default('network'),
    status: text({ enum: LISTING_STATUSES }).notNull().default('open'),
    expiresAt: timestamp({ withTimezone: true }),
    language: text().notNull().default('da'),
    createdById: text().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      'listings_window_chk',
      sql`${t.availableFrom} is null or ${t.availableUntil} is null or ${t.availableFrom} <= ${t.availableUntil}`,
    ),
    index('listings_company_idx').on(t.companyId, t.status),
    index('listings_browse_idx').on(t.status, t.kind, t.category, t.updatedAt),
    index('listings_updated_idx').on(t.updatedAt),
    index('listings_earth_idx')
      .using('gist', sql`ll_to_earth(${t.lat}, ${t.lng})`)
      .where(sql`${t.lat} is not null and ${t.lng} is not null`),
  ],
);

// ---------------------------------------------------------------- themes and meetings

export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    hostCompanyId: uuid().references(() => companies.id, { onDelete: 'set null' }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    place: text(),
    title: text().notNull(),
    challenge: text(),
    notes: text(),
    createdById: text().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('meetings_network_idx').on(t.networkId, t.startsAt)],
);

export const themes = pgTable(
  'themes',
  {
    id: id(),
    ref: text().notNull().unique(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    description: text().notNull().default(''),
    meetingId: uuid().references(() => meetings.id, { onDelete: 'set null' }),
    status: text({ enum: THEME_STATUSES }).notNull().default('open'),
    createdById: text().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('themes_network_idx').on(t.networkId, t.status)],
);

export const listingThemes = pgTable(
  'listing_themes',
  {
    listingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    themeId: uuid()
      .notNull()
      .references(() => themes.id, { onDelete: 'cascade' }),
    pinned: boolean().notNull().default(false),
    addedById: text().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.listingId, t.themeId] }), index('listing_themes_theme_idx').on(t.themeId)],
);

export const themeFollows = pgTable(
  'theme_follows',
  {
    themeId: uuid()
      .notNull()
      .references(() => themes.id, { onDelete: 'cascade' }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.themeId, t.userId] }), index('theme_follows_user_idx').on(t.userId)],
);

// ---------------------------------------------------------------- matching and contact by consent

// A stored suggestion for `listingId`: `otherListingIds` holds one listing for a pair, and the
// partners of a pooling or bundling group otherwise.
export const matches = pgTable(
  'matches',
  {
    id: id(),
    listingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    otherListingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    type: text({ enum: MATCH_TYPES }).notNull().default('pair'),
    groupListingIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    score: real().notNull(),
    components: jsonb().$type<Record<string, number>>().notNull().default({}),
    reasons: jsonb().$type<{ key: string; values?: Record<string, string | number> }[]>().notNull().default([]),
    computedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('matches_pair_idx').on(t.listingId, t.otherListingId, t.type),
    index('matches_listing_score_idx').on(t.listingId, t.score),
    index('matches_other_idx').on(t.otherListingId),
  ],
);

export const matchDismissals = pgTable(
  'match_dismissals',
  {
    companyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    listingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    otherListingId: uuid()
      .notNull()
      .references(() => listings.id, { onDelete: 'cascade' }),
    dismissedById: text().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.listingId, t.otherListingId] })],
);

// "Express interest" (firm → firm) or a facilitator's proposed introduction. Contact details are
// revealed to both firms only once the introduction is accepted.
export const introductions = pgTable(
  'introductions',
  {
    id: id(),
    kind: text({ enum: INTRODUCTION_KINDS }).notNull(),
    networkId: uuid().references(() => networks.id, { onDelete: 'set null' }),
    fromCompanyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    toCompanyId: uuid()
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    fromListingId: uuid().references(() => listings.id, { onDelete: 'set null' }),
    toListingId: uuid().references(() => listings.id, { onDelete: 'set null' }),
    proposedById: text().references(() => users.id, { onDelete: 'set null' }),
    message: text().notNull().default(''),
    status: text({ enum: INTRODUCTION_STATUSES }).notNull().default('pending'),
    fromAcceptedAt: timestamp({ withTimezone: true }),
    toAcceptedAt: timestamp({ withTimezone: true }),
    respondedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('introductions_from_idx').on(t.fromCompanyId, t.status),
    index('introductions_to_idx').on(t.toCompanyId, t.status),
    index('introductions_network_idx').on(t.networkId, t.createdAt),
  ],
);

// Documented results for the municipality and the facilitator (a deal, a shared hire, a project).
export const outcomes = pgTable(
  'outcomes',
  {
    id: id(),
    networkId: uuid()
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    introductionId: uuid().references(() => introductions.id, { onDelete: 'set null' }),
    meetingId: uuid().references(() => meetings.id, { onDelete: 'set null' }),
    kind: text().notNull(),
    summary: text().notNull(),
    recordedById: text().references(() => users.id, { onDelete: 'set null' }),
    occurredOn: date({ mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [index('outcomes_network_idx').on(t.networkId, t.createdAt)],
);

export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text().notNull(),
    data: jsonb().$type<Record<string, string | number | null>>().notNull().default({}),
    href: text(),
    readAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

// Work done off the request path (match recomputation, e-mail), claimed with FOR UPDATE SKIP LOCKED
// so that several app instances can share the queue.
export const jobs = pgTable(
  'jobs',
  {
    id: id(),
    type: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    runAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    attempts: integer().notNull().default(0),
    lockedAt: timestamp({ withTimezone: true }),
    lastError: text(),
    createdAt: createdAt(),
  },
  (t) => [index('jobs_due_idx').on(t.runAt)],
);

export type User = typeof users.$inferSelect;
export type Network = typeof networks.$inferSelect;
export type NewNetwork = typeof networks.$inferInsert;
export type Company = typeof companies.$inferSelect;
export type NewCompany = typeof companies.$inferInsert;
export type CompanyInvite = typeof companyInvites.$inferSelect;
export type NetworkMembership = typeof networkMemberships.$inferSelect;
export type Listing = typeof listings.$inferSelect;
export type NewListing = typeof listings.$inferInsert;
export type Theme = typeof themes.$inferSelect;
export type NewTheme = typeof themes.$inferInsert;
export type Meeting = typeof meetings.$inferSelect;
export type Match = typeof matches.$inferSelect;
export type Introduction = typeof introductions.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
