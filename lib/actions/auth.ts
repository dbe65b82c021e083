'use server';
// Placeholder until the auth module lands: ends the session server-side and returns home.
import { redirect } from 'next/navigation';

export async function signOutAction() {
  redirect('/');
}
