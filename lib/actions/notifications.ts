'use server';
// Marking the viewer's own notifications read; the DAL scopes every change to the viewer.
import { getTranslations } from 'next-intl/server';
import { revalidatePath } from 'next/cache';
import { memberAction } from '@/lib/actions/form-action';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/dal/notifications';
import { markAllReadSchema, markReadSchema } from '@/lib/validations/notifications';

export const markReadAction = memberAction(markReadSchema, async ({ viewer, data }) => {
  await markNotificationRead(viewer, data.notificationId);
  revalidatePath('/', 'layout');
  return { ok: true };
});

export const markAllReadAction = memberAction(markAllReadSchema, async ({ viewer }) => {
  await markAllNotificationsRead(viewer);
  revalidatePath('/', 'layout');
  const t = await getTranslations('notifications');
  return { ok: true, message: t('allRead') };
});
