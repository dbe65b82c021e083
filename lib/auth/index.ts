import 'server-only';
import NextAuth from 'next-auth';
import { authConfig } from './config';

// Lazy: the configuration reads the environment and the database only when a request needs it
// (so `next build` does not touch either, and tests can install their own database first).
export const { auth, signIn, signOut, handlers } = NextAuth(() => authConfig());
