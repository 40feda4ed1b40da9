import { describe, expect, it } from 'vitest';
import { firstNumberForNewMeeting, itemLabels } from '../../../shared/domain/numbering.ts';
import { defaultTemplate, type Committee } from '../../../shared/domain/committee.ts';
import { newAgendaItem } from '../../../shared/domain/newAgendaItem.ts';

const items = (...kinds: ('main' | 'sub')[]) => kinds.map((k, i) => newAgendaItem({ id: `i${i}`, title: `T${i}`, sections: [], subItem: k === 'sub' }));

const committee = (mode: 'perMoede' | 'loebende', startNumber = 1): Committee => ({
  id: 'c',
  name: 'Udvalg',
  members: [],
  template: { ...defaultTemplate(), numbering: { mode, startNumber } },
  createdAt: '',
});

describe('numbering', () => {
  it('numbers main items on from the first number and sub-items with letters', () => {
    expect(itemLabels({ firstItemNumber: 12, items: items('main', 'sub', 'sub', 'main', 'sub', 'main') })).toEqual(['12', '12.a', '12.b', '13', '13.a', '14']);
    expect(itemLabels({ firstItemNumber: 1, items: items('sub', 'main') })).toEqual(['1', '2']);
  });

  it('restarts every meeting when numbering is per meeting', () => {
    expect(firstNumberForNewMeeting(committee('perMoede'), '2026-06-10', [])).toBe(1);
    expect(firstNumberForNewMeeting(committee('perMoede', 5), '2026-06-10', [])).toBe(5);
  });

  it('runs on through the year from the configured start, and restarts in a new year', () => {
    const c = committee('loebende', 1);
    const held = [
      { committeeId: 'c', date: '2026-02-03', time: '14:30', firstItemNumber: 10, items: items('main', 'main', 'sub', 'main') },
      { committeeId: 'c', date: '2026-01-13', time: '14:30', firstItemNumber: 1, items: items('main', 'main') },
      { committeeId: 'other', date: '2026-05-01', time: '14:30', firstItemNumber: 90, items: items('main') },
    ];
    expect(firstNumberForNewMeeting(c, '2026-06-02', held)).toBe(13);
    expect(firstNumberForNewMeeting(c, '2026-01-20', held)).toBe(3);
    expect(firstNumberForNewMeeting(c, '2027-01-12', held)).toBe(1);
    expect(firstNumberForNewMeeting(committee('loebende', 42), '2026-06-02', [])).toBe(42);
  });
});
