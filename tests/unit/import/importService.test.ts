import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { readAttachmentFile } from '../../../electron/core/store/attachmentFiles.ts';
import { effectiveCommittee } from '../../../shared/domain/printedContent.ts';
import { importText } from '../../../shared/i18n/import.da.ts';
import { docToPlainText } from '../../../shared/text/richText.ts';
import { tempDir } from '../helpers/tempDir.ts';

const COUNCIL = join(import.meta.dirname, '../../fixtures/import/council');
const now = () => new Date('2026-03-01T10:00:00.000Z');

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      // The search index (cache/) is derived and written as it is built; the daily backup is made in the background
      // after open; the lock is the open store's. None of them is data an import could change.
      if (entry.isDirectory()) {
        if (entry.name !== 'cache' && entry.name !== 'backups') await walk(path);
      } else if (!entry.name.startsWith('referent.lock')) out[relative(dir, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
    }
  };
  await walk(dir);
  return out;
}

async function importHaderslev(format: 'docx' | 'pdf' = 'docx') {
  const dir = await tempDir();
  const app = await openApp(dir, { now });
  const bytes = readFileSync(join(COUNCIL, `haderslev-obu-2026-02-03-fed.${format}`));
  const base64 = bytes.toString('base64');
  const analysis = await app.service['import.analyse']({ fileName: `referat.${format}`, base64 });
  const committed = await app.service['import.commit']({
    fileName: `referat.${format}`,
    base64,
    meeting: analysis.meeting,
    committee: { kind: 'ny', name: analysis.proposedCommittee.name, template: analysis.proposedCommittee.template },
  });
  return { dir, app, bytes, base64, analysis, ...committed };
}

describe('import through the service', () => {
  it('analysing a file writes nothing to the data directory', async () => {
    const dir = await tempDir();
    const app = await openApp(dir, { now });
    const before = await snapshot(dir);
    const analysis = await app.service['import.analyse']({ fileName: 'referat.pdf', base64: readFileSync(join(COUNCIL, 'kalundborg-direktionen-2026-03-16-overskrifter.pdf')).toString('base64') });
    await app.close();
    expect(analysis.meeting.items).toHaveLength(8);
    expect(analysis.plainText).toContain('Punkt 4: Beslutning om forpligtende samarbejde');
    expect(analysis.uncertainties.every((u) => u.where !== '' && u.message !== '')).toBe(true);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('proposes a committee from the document: its name, members and a template from the section headings in order', async () => {
    const { analysis } = await importHaderslev();
    expect(analysis.proposedCommittee.name).toBe('Organisations- og Beredskabsudvalget');
    expect(analysis.proposedCommittee.members.map((m) => m.name)).toEqual(['Holger Mikkelsen', 'Finn Lykkeskov', 'Carsten Dyhre Hansen', 'Jørgen Smed', 'Svend Brandt']);
    const template = analysis.proposedCommittee.template;
    expect(template.sections.map((s) => [s.title, s.kind])).toEqual([
      ['Sagsresume', 'tekst'],
      ['Indstilling', 'tekst'],
      ['Sagsfremstilling', 'tekst'],
      ['Procedure', 'tekst'],
      ['Beslutning', 'beslutning'],
    ]);
    expect(template).toMatchObject({ decisionHeading: 'medUdvalgOgDato', defaultTime: '14:30', numbering: { mode: 'loebende', startNumber: 1 } });
    expect(template.standardItems.map((s) => [s.title, s.placement])).toEqual([
      ['Godkendelse af dagsorden', 'foerst'],
      ['Gensidig orientering', 'sidst'],
      ['Underskriftsside', 'sidst'],
    ]);
  });

  it('commits a referat as historic: no approvals, the original as a closed bilag under its SHA-256, numbers as printed', async () => {
    const { dir, app, bytes, meeting, committee } = await importHaderslev();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(meeting).toMatchObject({ historic: { approvedOn: null }, approvals: [], approvalRound: null, status: 'afholdt', firstItemNumber: 10, date: '2026-02-03', time: '14:30' });
    expect(meeting.imported).toEqual({ fileName: 'referat.docx', sha256, format: 'docx', documentKind: 'referat', importedAt: '2026-03-01T10:00:00.000Z' });
    const source = meeting.items[0]!.attachments.at(-1)!;
    expect(source).toMatchObject({ name: importText.commit.sourceAttachment('referat.docx'), closed: true, file: { sha256, size: bytes.byteLength, path: `bilag/${sha256}` } });
    expect((await readAttachmentFile(dir, source.file!)).check).toBe('ok');
    // The body as the document printed it is frozen with the meeting; the live committee is the one made from the document.
    expect(committee.name).toBe('Organisations- og Beredskabsudvalget');
    expect(effectiveCommittee(committee, meeting).members.map((m) => m.name)).toEqual(committee.members.map((m) => m.name));
    expect(meeting.participants).toHaveLength(5);
    expect(app.store.meeting(meeting.id)).toEqual(meeting);
  });

  it('a historic referat is read-only, cannot be sent for approval, and reopens as a draft copy', async () => {
    const { app, meeting } = await importHaderslev();
    const item = meeting.items[1]!;
    await expect(app.service['items.update']({ meetingId: meeting.id, itemId: item.id, patch: { title: 'Ny titel' } })).rejects.toThrow(importText.historic.readOnly);
    await expect(app.service['items.setSection']({ meetingId: meeting.id, itemId: item.id, sectionId: item.sections[0]!.id, body: { type: 'doc', content: [] } })).rejects.toThrow(importText.historic.readOnly);
    await expect(app.service['approvals.send']({ meetingId: meeting.id })).rejects.toThrow(importText.historic.noApproval);

    const draft = await app.service['meetings.draftCopy']({ meetingId: meeting.id });
    expect(draft.id).not.toBe(meeting.id);
    expect(draft).toMatchObject({ historic: null, status: 'kladde', approvals: [], frozenCommittee: null, date: meeting.date });
    expect(draft.items.map((i) => i.title)).toEqual(meeting.items.map((i) => i.title));
    const edited = await app.service['items.update']({ meetingId: draft.id, itemId: draft.items[1]!.id, patch: { title: 'Ny titel' } });
    expect(edited.items[1]!.title).toBe('Ny titel');
    expect(app.store.meeting(meeting.id)).toEqual(meeting);
    await expect(app.service['meetings.draftCopy']({ meetingId: draft.id })).rejects.toThrow(importText.historic.draftOnlyHistoric);
  });

  it('the exported historic referat shows the historic note, no signatures and no fingerprint; imported again it stays historic', async () => {
    const { app, meeting } = await importHaderslev();
    const exported = await app.service['export.file']({ format: 'docx', meetingId: meeting.id });
    if (exported.kind !== 'download') throw new Error(`expected a download, got ${exported.kind}`);
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(exported.base64, 'base64') })).value;
    expect(text).toContain(importText.historic.note);
    expect(text).not.toMatch(/Fingeraftryk|Ikke godkendt|Udvalgsmedlem/);
    // The original file is kept, but it is the protocol itself, not one of its bilag.
    expect(text).not.toContain(importText.commit.sourceAttachment('referat.docx'));

    const again = await app.service['import.analyse']({ fileName: 'eksport.docx', base64: exported.base64 });
    expect(again.meeting.documentKind).toBe('referat');
    expect(again.meeting.items.map((i) => i.title)).toEqual(meeting.items.map((i) => i.title));
    expect(JSON.stringify(again.meeting.items)).not.toContain(importText.historic.note);
  });

  it('imports a dagsorden into an existing committee: matched by name, members kept, the template’s empty sections added, editable', async () => {
    const dir = await tempDir();
    const app = await openApp(dir, { now });
    const committee = await app.service['committees.create']({ name: 'Direktionen', templateId: 'variant-b', members: [{ name: 'Michael Gravesen' }, { name: 'Jan Lysgaard Thomsen' }] });
    const docx = readFileSync(join(COUNCIL, 'kalundborg-direktionen-2026-03-16-overskrifter.docx'));
    // The same protocol with its title saying DAGSORDEN: read the referat, then commit it as the agenda it was.
    const analysis = await app.service['import.analyse']({ fileName: 'dagsorden.docx', base64: docx.toString('base64'), committeeId: committee.id });
    expect(analysis.committeeId).toBe(committee.id);
    const { meeting, committee: after, notices } = await app.service['import.commit']({
      fileName: 'dagsorden.docx',
      base64: docx.toString('base64'),
      meeting: { ...analysis.meeting, documentKind: 'dagsorden' },
      committee: { kind: 'eksisterende', committeeId: committee.id },
    });
    expect(meeting).toMatchObject({ historic: null, status: 'udsendt', frozenCommittee: null, committeeId: committee.id });
    expect(after.members.map((m) => m.name)).toEqual(['Michael Gravesen', 'Jan Lysgaard Thomsen', 'Michel van der Linden', 'Thomas Knudsen']);
    expect(notices).toEqual([importText.commit.memberAdded('Michel van der Linden'), importText.commit.memberAdded('Thomas Knudsen')]);
    expect(meeting.participants.map((p) => p.memberId)).toEqual(after.members.map((m) => m.id));
    // Closed item 1 printed no sections; the template's come empty, the Beslutning ready for the meeting.
    expect(meeting.items[0]!.sections.map((s) => s.title)).toEqual(committee.template.sections.map((s) => s.title));
    const updated = await app.service['items.update']({ meetingId: meeting.id, itemId: meeting.items[0]!.id, patch: { caseNumber: '26-000999' } });
    expect(updated.items[0]!.caseNumber).toBe('26-000999');
  });

  it('commits nothing without a date, and leaves the store as it was', async () => {
    const dir = await tempDir();
    const app = await openApp(dir, { now });
    const base64 = readFileSync(join(COUNCIL, 'haderslev-obu-2026-02-03-fed.docx')).toString('base64');
    const analysis = await app.service['import.analyse']({ fileName: 'referat.docx', base64 });
    const before = await snapshot(dir);
    await expect(app.service['import.commit']({ fileName: 'referat.docx', base64, meeting: { ...analysis.meeting, date: null }, committee: { kind: 'ny', name: 'OBU' } })).rejects.toThrow(
      importText.commit.noDate,
    );
    expect(await snapshot(dir)).toEqual(before);
  });

  it('keeps the document’s rich text: Word lists with their numbers, sub-headings inside Sagsfremstilling', async () => {
    const { meeting } = await importHaderslev('pdf');
    const sagsfremstilling = meeting.items[2]!.sections.find((s) => s.title === 'Sagsfremstilling')!;
    const kinds = (sagsfremstilling.body.content ?? []).map((n) => n.type);
    expect(kinds).toContain('bulletList');
    expect(kinds).toContain('orderedList');
    expect(sagsfremstilling.body.content!.find((n) => n.type === 'heading')).toMatchObject({ attrs: { level: 3 }, content: [{ text: 'Økonomiske forhold' }] });
    expect(docToPlainText(sagsfremstilling.body)).toContain('Samarbejdskommuner: Beslutning om den gruppe af andre kommuner');
  });

  it('stores a vote by member under the members’ ids; a voter who was not at the meeting keeps the printed name, and the secretary is told', async () => {
    const dir = await tempDir();
    const app = await openApp(dir, { now });
    const base64 = readFileSync(join(COUNCIL, 'haderslev-obu-2026-02-03-fed.docx')).toString('base64');
    const analysis = await app.service['import.analyse']({ fileName: 'referat.docx', base64 });
    const present = analysis.meeting.participants.filter((p) => p.attendance === 'til_stede').map((p) => p.name);
    const items = analysis.meeting.items.map((item, i) =>
      i === 1 ? { ...item, vote: { by: 'medlem' as const, for: { who: [present[0]!, present[1]!], count: 2 }, imod: { who: ['Ukendt Person'], count: 1 }, undlod: { who: [], count: 0 } } } : item,
    );
    const { meeting, committee, notices } = await app.service['import.commit']({
      fileName: 'referat.docx',
      base64,
      meeting: { ...analysis.meeting, items },
      committee: { kind: 'ny', name: analysis.proposedCommittee.name, template: analysis.proposedCommittee.template },
    });
    await app.close();
    const printed = effectiveCommittee(committee, meeting);
    const vote = meeting.items[1]!.vote!;
    expect(vote.for.who.map((id) => printed.members.find((m) => m.id === id)?.name)).toEqual([present[0], present[1]]);
    expect(vote.imod.who).toEqual(['Ukendt Person']);
    expect(notices).toContain(importText.commit.voterUnknown('Ukendt Person', meeting.items[1]!.title));
  });
});
