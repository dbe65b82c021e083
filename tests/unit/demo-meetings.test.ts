import { describe, expect, it } from 'vitest';
import { meetingStart } from '@/db/seed/demo-meetings';

const copenhagen = (d: Date) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(d);

describe('demo meeting dates', () => {
  it('puts the next meeting on a Tuesday at 16:00 Danish time, at least three days ahead, in winter and summer', () => {
    for (const now of [new Date('2026-11-23T10:00:00Z'), new Date('2027-06-10T10:00:00Z'), new Date('2027-03-27T23:30:00Z')]) {
      const next = meetingStart(now, 0);
      expect(copenhagen(next)).toBe('Tue 16:00');
      expect(next.getTime() - now.getTime()).toBeGreaterThan(2.5 * 24 * 3600 * 1000);
      expect(next.getTime() - now.getTime()).toBeLessThan(11 * 24 * 3600 * 1000);
      expect(copenhagen(meetingStart(now, -2))).toBe('Tue 16:00');
    }
  });
});
