import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/errors';

/** For pages: the DAL's not_found (missing, or not yours to see) becomes Next's 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
}
