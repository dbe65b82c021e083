// Marking notifications read (one, or all of the viewer's).
import { z } from 'zod';

export const markReadSchema = z.object({
  notificationId: z.uuid(),
});

export const markAllReadSchema = z.object({});

export type MarkReadInput = z.output<typeof markReadSchema>;
