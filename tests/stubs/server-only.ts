// Vitest runs DAL modules outside React Server Components; the real package would throw there.
export {};
