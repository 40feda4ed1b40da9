import { describe, expect, it } from 'vitest';
import type { Committee } from '../../../shared/domain/committee.ts';
import type { AgendaItem, Meeting } from '../../../shared/domain/meeting.ts';
import { newAgendaItem } from '../../../shared/domain/newAgendaItem.ts';
import { publishCheck, type CheckInput, type CheckRule, type Finding } from '../../../shared/domain/publishCheck/publishCheck.ts';
import { cprBirthYear, findAddresses, findCprNumbers, findPhoneNumbers } from '../../../shared/domain/publishCheck/patterns.ts';
import { bilagNumbersIn } from '../../../shared/domain/publishCheck/bilagCheck.ts';
import { datesIn } from '../../../shared/domain/publishCheck/datesCheck.ts';
import { docFromParagraphs, type RichDoc } from '../../../shared/text/richText.ts';
import { fixtureCommittee, fixtureMeeting } from '../../fixtures/export/referatFixture.ts';
import { seedInputs } from '../export/seedInputs.ts';

type Setup = { committee: Committee; meeting: Meeting };

/** The fixture meeting (items 10–15), changed by `change`, checked as `variant`/`audience`. */
/** The setup the last `check` ran on, to name its ids. */
let last: Setup;

function check(change: (s: Setup) => void, options: Partial<Omit<CheckInput, 'committee' | 'meeting'>> = {}): Finding[] {
  const setup = { committee: fixtureCommittee(), meeting: fixtureMeeting() };
  last = setup;
  change(setup);
  return publishCheck({ ...setup, variant: 'referat', audience: 'offentlig', ...options }).findings;
}

const of = (findings: Finding[], rule: CheckRule): Finding[] => findings.filter((f) => f.rule === rule);
const item = (s: Setup, label: number): AgendaItem => s.meeting.items[label - s.meeting.firstItemNumber]!;
const setText = (s: Setup, label: number, sectionTitle: string, body: RichDoc) => {
  item(s, label).sections.find((x) => x.title === sectionTitle)!.body = body;
};

describe('1. CPR numbers', () => {
  it('finds DDMMYY-XXXX with a dash, a space or nothing, only where the date is real', () => {
    expect(findCprNumbers('CPR 010203-1234, 0102031234 og 010203 1234').map((m) => m.text)).toEqual(['010203-1234', '0102031234', '010203 1234']);
    expect(findCprNumbers('320103-1234 131303-1234')).toEqual([]); // no 32nd, no 13th month
    expect(findCprNumbers('290223-1234')).toEqual([]); // 1923 was no leap year
    expect(findCprNumbers('290224-4234').map((m) => m.text)).toEqual(['290224-4234']); // seventh digit 4, 24: 2024, a leap year
    expect(findCprNumbers('sag 26-000257, 00.22.00-G01-2-24, 12345678901')).toEqual([]);
    // No modulus-11 requirement: this number fails it and is still a CPR number.
    expect(findCprNumbers('010203-1235')).toHaveLength(1);
    expect([cprBirthYear(99, 0), cprBirthYear(20, 4), cprBirthYear(40, 9), cprBirthYear(57, 5), cprBirthYear(58, 8)]).toEqual([1999, 2020, 1940, 2057, 1858]);
  });

  it('is an error in the public text, in any title and in any bilag name, masked in the message', () => {
    const findings = of(
      check((s) => {
        setText(s, 11, 'Sagsresume', docFromParagraphs('Borgeren (CPR 010203-1234) har klaget.'));
        item(s, 13).publicTitle = 'Personalesag';
        item(s, 13).title = 'Personalesag vedr. 020304-2345';
        item(s, 12).attachments[0]!.name = 'Journal 030405 3456.pdf';
      }),
      'cpr',
    );
    expect(findings.map((f) => [f.severity, f.field, f.message])).toEqual([
      ['fejl', 'section', 'Punkt 11: CPR-nummer i afsnittet »Sagsresume«: 010203-xxxx. Fjern det, før dokumentet offentliggøres.'],
      ['fejl', 'attachment', 'Punkt 12: CPR-nummer i bilagsnavnet »Journal 030405 3456.pdf«: 030405-xxxx. Fjern det, før dokumentet offentliggøres.'],
      ['fejl', 'title', 'Punkt 13: CPR-nummer i titlen: 020304-xxxx. Fjern det, før dokumentet offentliggøres.'],
    ]);
    expect(findings[0]!.sectionId).toBe(item(last, 11).sections[0]!.id);
    expect(findings[1]!.attachmentId).toBe(item(last, 12).attachments[0]!.id);
  });

  it('leaves a closed item’s text alone: the public version does not print it', () => {
    expect(of(check((s) => setText(s, 13, 'Sagsfremstilling', docFromParagraphs('Medarbejder 010203-1234 er fritstillet.'))), 'cpr')).toEqual([]);
  });
});

describe('2. closed items', () => {
  it('is an error when a closed item without a public title has a name, an address, a CPR number or an e-mail in its title', () => {
    for (const [title, what] of [
      ['Ansøgning om dispensation, Skolevej 14', 'en adresse'],
      ['Klage fra Jens Hansen over afgørelse', 'et navn'],
      ['Henvendelse fra borger@example.dk', 'en e-mailadresse'],
      ['Sag om 010203-1234', 'et CPR-nummer'],
    ]) {
      const findings = of(
        check((s) => {
          item(s, 13).title = title!;
        }),
        'lukketPunkt',
      ).filter((f) => f.itemId === 'i4');
      expect(findings[0], title).toMatchObject({ severity: 'fejl', field: 'publicTitle', message: `Punkt 13: Lukket punkt uden offentlig titel, men titlen indeholder ${what}. Den offentlige udgave viser titlen; skriv en offentlig titel.` });
    }
  });

  it('warns about a closed item without a public title or without a reason, and is quiet when both are there', () => {
    const findings = of(check(() => {}), 'lukketPunkt');
    expect(findings.map((f) => [f.itemId, f.severity, f.field])).toEqual([
      ['i4', 'advarsel', 'publicTitle'],
      ['i5', 'advarsel', 'publicTitle'],
      ['i5', 'advarsel', 'closedReason'],
    ]);
    const fixed = check((s) => {
      for (const label of [13, 14]) {
        item(s, label).publicTitle = 'Lukket punkt';
        item(s, label).closedReason = { ground: 'tilbud_udbud', text: '' };
      }
    });
    expect(of(fixed, 'lukketPunkt')).toEqual([]);
  });
});

describe('3. decisions', () => {
  it('is an error for a referat item without a decision, not in a dagsorden', () => {
    const change = (s: Setup) => setText(s, 11, 'Beslutning', docFromParagraphs(''));
    expect(of(check(change), 'beslutning')).toEqual([
      { rule: 'beslutning', severity: 'fejl', itemId: 'i2', sectionId: item(last, 11).sections.at(-1)!.id, field: 'section', message: 'Punkt 11: Punktet har ingen beslutning.' },
    ]);
    expect(of(check(change, { variant: 'dagsorden' }), 'beslutning')).toEqual([]);
  });

  it('exempts the Underskriftsside, a standard item that is no decision item, a postponed item, and a closed item in the public version', () => {
    const findings = check((s) => {
      s.committee.template.standardItems = [{ title: 'Gensidig orientering', placement: 'sidst', kind: 'orientering' }];
      setText(s, 15, 'Beslutning', docFromParagraphs(''));
      setText(s, 13, 'Beslutning', docFromParagraphs(''));
      item(s, 12).postponedTo = { meetingId: 'senere', date: '2026-03-03' };
      setText(s, 12, 'Beslutning', docFromParagraphs(''));
      const signature = newAgendaItem({ id: 'sig', title: 'Underskriftsside', sections: [{ id: 'sig-b', title: 'Beslutning', kind: 'beslutning', body: docFromParagraphs('') }] });
      s.meeting.items.push(signature);
    });
    expect(of(findings, 'beslutning')).toEqual([]);
    // The full version looks for the closed item's decision.
    expect(of(check((s) => setText(s, 13, 'Beslutning', docFromParagraphs(''))), 'beslutning')).toEqual([]);
    expect(of(check((s) => setText(s, 13, 'Beslutning', docFromParagraphs('')), { audience: 'fuld' }), 'beslutning').map((f) => f.itemId)).toEqual(['i4']);
  });
});

describe('4. numbering', () => {
  const previous = (lastNumber: number): Meeting => ({ ...fixtureMeeting(), id: 'forrige', date: '2026-01-13', firstItemNumber: lastNumber - 5, items: fixtureMeeting().items });

  it('warns when a meeting numbered through the year does not start after the previous one', () => {
    const running = (s: Setup) => {
      s.committee.template.numbering = { mode: 'loebende', startNumber: 1 };
    };
    expect(of(check(running, { otherMeetings: [previous(9)] }), 'nummerering')).toEqual([]);
    expect(of(check(running, { otherMeetings: [previous(7)] }), 'nummerering')[0]!.message).toBe(
      'Mødet: Nummereringen springer: udvalgets forrige møde sluttede, så dette møde skulle begynde ved punkt 8, men det begynder ved punkt 10.',
    );
    expect(of(check(running, { otherMeetings: [previous(11)] }), 'nummerering')[0]!.message).toBe(
      'Mødet: Nummereringen gentager numre: udvalgets forrige møde brugte numrene op til 11, men dette møde begynder ved punkt 10.',
    );
  });

  it('warns about `punkt N` pointing at no item and a title with its own number, not about points of a bilag or an indstilling', () => {
    const findings = of(
      check((s) => {
        setText(s, 11, 'Sagsresume', docFromParagraphs('Se punkt 42 og punkt 12.', 'Jf. ØA26-bilag punkt 7 og Dagsordenspunkt 220.'));
        item(s, 15).title = '6. Gensidig orientering';
      }),
      'nummerering',
    );
    expect(findings.map((f) => f.message)).toEqual([
      'Punkt 11: »punkt 42« i afsnittet »Sagsresume« peger ikke på noget punkt på dette møde.',
      'Punkt 15: Titlen begynder med et nummer; punktet nummereres af sig selv, så nummeret står to gange.',
    ]);
    // `Tiltrådte indstillingen, idet punkt 2 og 3 blev byttet rundt` in the fixture speaks of the indstilling's points.
    expect(of(check(() => {}), 'nummerering')).toEqual([]);
  });
});

describe('5. placeholders and help text', () => {
  it('warns about XX, [indsæt …], TODO, UDKAST and […], not about the word udkast in a sentence', () => {
    const findings = of(
      check((s) => {
        setText(s, 11, 'Sagsresume', docFromParagraphs('Udgiften er kr. XX.', '[Indsæt dato]', 'TODO: tjek tal', 'UDKAST', 'Citat […]', 'Et udkast til kommissorium er vedlagt.'));
      }),
      'pladsholder',
    );
    expect(findings.map((f) => f.message.replace(/^Punkt 11: Pladsholder i afsnittet »Sagsresume«: /, ''))).toEqual(['»XX«.', '»[Indsæt dato]«.', '»TODO«.', '»[…]«.', '»UDKAST«.']);
  });

  it('warns when a section still holds the template’s help text, not a default such as »Intet at bemærke.«', () => {
    const findings = of(
      check((s) => {
        s.committee.template.sections[0]!.defaultText = 'Skriv et kort resumé af sagen.';
        s.committee.template.sections[2]!.defaultText = 'Intet at bemærke.';
        setText(s, 11, 'Sagsresume', docFromParagraphs('Skriv et kort resumé af sagen.'));
        setText(s, 11, 'Sagsfremstilling', docFromParagraphs('Intet at bemærke.'));
      }),
      'pladsholder',
    );
    expect(findings.map((f) => f.message)).toEqual(['Punkt 11: Skabelonens hjælpetekst står uændret i afsnittet »Sagsresume«.']);
  });
});

describe('6. dates', () => {
  it('reads Danish dates', () => {
    expect(datesIn('den 3. februar 2026, 03-02-2026 og 3.2.2026; 31-02-2026 er ingen dato').map((d) => d.iso)).toEqual(['2026-02-03', '2026-02-03', '2026-02-03']);
  });

  it('is an error when this committee’s own line or a typed decision heading names another date', () => {
    const findings = of(
      check((s) => {
        item(s, 11).sections.push({ id: 'proc', title: 'Procedure', kind: 'tekst', body: docFromParagraphs('Organisations- og Beredskabsudvalget den 4. februar 2026.', 'Økonomiudvalget den 10. marts 2026.') });
        setText(s, 12, 'Sagsresume', docFromParagraphs('Beslutning i Organisations- og Beredskabsudvalget den 03-03-2026', 'Økonomiudvalget den 9. december 2025 godkendte kommissorierne.'));
      }),
      'datoer',
    );
    expect(findings.map((f) => [f.itemId, f.severity, f.message])).toEqual([
      ['i2', 'fejl', 'Punkt 11: Datoen 4. februar 2026 i afsnittet »Procedure« passer ikke med mødedatoen 03-02-2026.'],
      ['i3', 'fejl', 'Punkt 12: Datoen 03-03-2026 i afsnittet »Sagsresume« passer ikke med mødedatoen 03-02-2026.'],
    ]);
  });

  it('is an error for an approval or a sending dated before the meeting began, and for a postponement the wrong way in time', () => {
    const findings = of(
      check((s) => {
        s.meeting.approvals[0]!.approvedAt = '2026-02-03T13:00:00.000Z'; // 14:00 in Copenhagen, half an hour before the meeting
        s.meeting.approvalRound = { sentAt: '2026-02-02T09:00:00.000Z', fingerprint: '0'.repeat(64), content: {} };
        item(s, 14).postponedTo = { meetingId: 'tidligere', date: '2026-01-13' };
      }),
      'datoer',
    );
    // The meeting's own findings come first, then the items'.
    expect(findings.map((f) => f.message)).toEqual([
      'Mødet: Referatet blev sendt til godkendelse 02-02-2026 kl. 10:00, før mødet begyndte.',
      'Mødet: Holger Mikkelsen (A) har godkendt 03-02-2026 kl. 14:00, før mødet begyndte.',
      'Punkt 14: Punktet er udsat til et møde den 13-01-2026, som ligger før dette møde.',
    ]);
    expect(of(check(() => {}), 'datoer')).toEqual([]);
  });
});

describe('7. bilag', () => {
  it('reads the numbers of `bilag 3`, `Bilag 1-7`, `bilag 2 og 4`', () => {
    expect(bilagNumbersIn('jf. bilag 3. Bilag 1-7 og bilag 2 og 4, ØA26-bilag punkt 7')).toEqual([3, 1, 7, 2, 4]);
  });

  it('is an error when the text names a bilag the item does not have', () => {
    const findings = of(check((s) => setText(s, 11, 'Sagsresume', docFromParagraphs('Aftalen fremgår af bilag 2, tidsplanen af bilag 3.'))), 'bilag');
    expect(findings.map((f) => f.message)).toEqual(['Punkt 11: Afsnittet »Sagsresume« nævner bilag 3, men punktet har kun 2 bilag.']);
  });

  it('is an error when a bilag file is missing or altered, for the bilag the document goes out with', () => {
    const withFiles = (s: Setup) => {
      for (const a of [...item(s, 11).attachments, ...item(s, 12).attachments]) a.file = { path: `bilag/${'a'.repeat(64)}`, sha256: 'a'.repeat(64), size: 1, mimeType: 'application/pdf' };
    };
    const integrity = { [fixtureMeeting().items[1]!.attachments[0]!.id]: 'mangler' as const, 'bilag-lukket': 'aendret' as const };
    expect(of(check(withFiles, { bilagIntegrity: integrity }), 'bilag').map((f) => [f.attachmentId, f.message])).toEqual([
      [fixtureMeeting().items[1]!.attachments[0]!.id, 'Punkt 11: Filen til bilaget »Aftale om kommunernes økonomi for 2026 (ØA26).pdf« mangler i datamappen.'],
    ]);
    // The closed bilag of item 12 goes out with the full version only.
    expect(of(check(withFiles, { bilagIntegrity: integrity, audience: 'fuld' }), 'bilag').map((f) => f.message)).toContain(
      'Punkt 12: Filen til bilaget »Lukket bilag: lønoplysninger pr. medarbejder.xlsx« er ændret, siden den blev vedhæftet.',
    );
  });
});

describe('8. contact data', () => {
  it('finds e-mails, eight-digit phone numbers and street addresses, not dates, years or amounts', () => {
    expect(findPhoneNumbers('tlf. 20 30 40 50, 12345678, +45 1234 5678; 03022026, 2026 2027, 1.234.567, 195 mio.').map((m) => m.text)).toEqual([
      '20 30 40 50',
      '12345678',
      '+45 1234 5678',
    ]);
    expect(findAddresses('Skolevej 14, Nørre Allé 12B og H.C. Andersens Boulevard 3; Danmark 2030, side 14, Albertslund\n09').map((m) => m.text)).toEqual([
      'Skolevej 14',
      'Nørre Allé 12B',
      'H.C. Andersens Boulevard 3',
    ]);
  });

  it('warns about them in the public text only', () => {
    const findings = of(
      check((s) => {
        setText(s, 11, 'Sagsresume', docFromParagraphs('Henvendelse fra jens@example.dk, tlf. 20 30 40 50, Skolevej 14.'));
        setText(s, 13, 'Sagsfremstilling', docFromParagraphs('Medarbejderen bor på Møllevej 3.'));
      }),
      'kontaktdata',
    );
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      ['advarsel', 'Punkt 11: E-mailadresse i afsnittet »Sagsresume«: jens@example.dk. Er det en privatpersons, skal den ud af den offentlige udgave.'],
      ['advarsel', 'Punkt 11: Telefonnummer i afsnittet »Sagsresume«: 20 30 40 50. Er det en privatpersons, skal det ud af den offentlige udgave.'],
      ['advarsel', 'Punkt 11: Adresse i afsnittet »Sagsresume«: Skolevej 14. Er det en privatpersons, skal den ud af den offentlige udgave.'],
    ]);
  });
});

describe('9. votes', () => {
  it('warns about a split vote that does not say who voted how, and a member vote whose count is not its names', () => {
    const findings = of(
      check((s) => {
        item(s, 12).vote = { by: 'parti', for: { who: [], count: 7 }, imod: { who: ['Ø'], count: 2 }, undlod: { who: [], count: 0 } };
        item(s, 11).vote = { by: 'medlem', for: { who: ['m1', 'm2'], count: 3 }, imod: { who: [], count: 0 }, undlod: { who: [], count: 0 } };
      }),
      'afstemning',
    );
    expect(findings.map((f) => [f.field, f.message])).toEqual([
      ['vote', 'Punkt 11: »For stemte«: 2 navne, men 3 stemmer.'],
      ['vote', 'Punkt 12: Afstemningen er delt, men det står ikke, hvem der stemte hvad.'],
    ]);
  });

  it('warns when the decision tells of a vote none was recorded for, and not about a unanimous count', () => {
    const findings = of(
      check((s) => {
        setText(s, 11, 'Beslutning', docFromParagraphs('Indstillingen blev vedtaget med 5 stemmer mod 2.'));
        item(s, 12).vote = { by: 'parti', for: { who: [], count: 7 }, imod: { who: [], count: 0 }, undlod: { who: [], count: 0 } };
      }),
      'afstemning',
    );
    expect(findings.map((f) => f.message)).toEqual(['Punkt 11: Beslutningen nævner en afstemning, men stemmerne er ikke registreret.']);
  });
});

describe('the seeds', () => {
  it('passes the approved Haderslev protocol with no errors, and logs the findings on every seed meeting', () => {
    const log: string[] = [];
    for (const [name, { committee, meeting }] of Object.entries(seedInputs())) {
      for (const variant of ['referat', 'dagsorden'] as const) {
        for (const audience of ['fuld', 'offentlig'] as const) {
          const result = publishCheck({ committee, meeting, variant, audience });
          log.push(`${name} ${variant}/${audience}: ${result.errors} fejl, ${result.warnings} advarsler`);
          for (const f of result.findings) log.push(`  ${f.severity} [${f.rule}] ${f.message}`);
          if (name === 'seed-haderslev-obu-2026-02-03') expect(result.errors, `${variant}/${audience}`).toBe(0);
        }
      }
    }
    console.log(log.join('\n'));
  });
});
