// The only reader of process.env: every setting is validated once, and a wrong one fails at start.
import { z } from 'zod';

const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: optional.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
      .optional(),
  ),
  PGLITE_DIR: optional,
  AUTH_SECRET: optional,
  APP_URL: optional.pipe(z.url().optional()),
  SMTP_URL: optional,
  MAIL_FROM: optional,
  SEED_DEMO: optional.pipe(z.enum(['true', 'false']).optional()),
  MAP_TILE_URL: optional,
  MAP_TILE_ATTRIBUTION: optional,
  RATE_LIMIT_SCALE: optional.pipe(
    z
      .string()
      .regex(/^\d+(\.\d+)?$/)
      .transform(Number)
      .optional(),
  ),
  LOG_MAIL: optional.pipe(z.enum(['true', 'false']).optional()),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= load();
  return cached;
}

/** For tests that change a setting: the next env() call reads process.env again. */
export function resetEnvCache() {
  cached = undefined;
}

export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const DEFAULT_TILE_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

export function appUrl() {
  return env().APP_URL ?? 'http://localhost:3000';
}
