import { docFromParagraphs } from '../../shared/text/richText.ts';
import type { HostHandle } from './fixtures.ts';

export const CHEFFORUM = 'Chefforum';
export const HENRIK = 'Henrik Harder (Kommunaldirektør)';
export const ANNE = 'Anne Andersen (A)';
export const BO = 'Bo Berg (V)';

/**
 * A meeting ready to be sent for approval, arranged through the service (the
 * UI that builds one is covered by the spine test): three present members and
 * three items, one decided as recommended, one decided differently, one with a
 * recommendation but no decision yet.
 */
export async function arrangeMeeting(host: HostHandle) {
  const service = host.app.service;
  const committee = await service['committees.create']({
    name: CHEFFORUM,
    members: [
      { name: 'Henrik Harder', label: 'Kommunaldirektør', role: 'formand' },
      { name: 'Anne Andersen', label: 'A', role: 'medlem' },
      { name: 'Bo Berg', label: 'V', role: 'medlem' },
    ],
  });
  let meeting = await service['meetings.create']({ committeeId: committee.id, date: '2026-03-16', time: '09:00', location: 'Mødelokale 915' });
  const items: [string, string, Record<string, string>][] = [
    ['Godkendelse af dagsorden', '00.01.00-A00-1-26', { Indstilling: 'Direktøren indstiller, at dagsordenen godkendes.', Beslutning: 'Godkendt' }],
    [
      'Budgetopfølgning 2026',
      '00.30.00-S55-2-26',
      {
        Sagsfremstilling: 'Forventet regnskab viser et merforbrug på anlæg.',
        Indstilling: 'Direktøren indstiller, at budgetopfølgningen godkendes.',
        Beslutning: 'Godkendt med den ændring, at anlægsrammen nedsættes med 2 mio. kr.',
      },
    ],
    ['Ny persondatapolitik', '', { Indstilling: 'Direktøren indstiller, at orienteringen tages til efterretning.' }],
  ];
  for (const [title, caseNumber, texts] of items) {
    meeting = await service['items.add']({ meetingId: meeting.id, title, caseNumber });
    const item = meeting.items.at(-1)!;
    for (const section of item.sections) {
      const text = texts[section.title];
      if (text) meeting = await service['items.setSection']({ meetingId: meeting.id, itemId: item.id, sectionId: section.id, body: docFromParagraphs(text) });
    }
  }
  return { committee, meeting };
}
