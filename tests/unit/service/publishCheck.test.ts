import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/core/openApp.ts';
import { AuditLog } from '../../../electron/core/audit/auditLog.ts';
import { docFromParagraphs } from '../../../shared/text/richText.ts';
import { tempDir } from '../helpers/tempDir.ts';

const KALUNDBORG = 'kalundborg-direktionen-2026-03-16';
const HADERSLEV = 'haderslev-obu-2026-02-03';

async function seeded() {
  const dir = await tempDir();
  await cp(join(process.cwd(), 'seeds'), dir, { recursive: true });
  return { dir, app: await openApp(dir) };
}

describe('publish.check and publish.override (issue 15)', () => {
  it('checks the referat once the meeting is held, the public version by default; Haderslev has nothing to find', async () => {
    const { app } = await seeded();
    expect(await app.service['publish.check']({ meetingId: HADERSLEV })).toEqual({ variant: 'referat', audience: 'offentlig', findings: [], errors: 0, warnings: 0, override: null });
    const public_ = await app.service['publish.check']({ meetingId: KALUNDBORG });
    expect([public_.errors, public_.warnings]).toEqual([0, 12]);
    const full = await app.service['publish.check']({ meetingId: KALUNDBORG, audience: 'fuld' });
    expect(full.errors).toBe(6);
    expect(full.findings[0]).toMatchObject({ rule: 'beslutning', severity: 'fejl', itemId: 'kalundborg-direktionen-2026-03-16-p1', field: 'section' });
    await app.close();
  });

  it('holds a public export back while errors stand, lets it through after an override with a logged reason, and holds it again when a new error appears', async () => {
    const { dir, app } = await seeded();
    const meeting = await app.service['meetings.get']({ meetingId: KALUNDBORG });
    const item = meeting.items[3]!;
    const section = item.sections.find((s) => s.title === 'Behandling')!;
    await app.service['items.setSection']({ meetingId: KALUNDBORG, itemId: item.id, sectionId: section.id, body: docFromParagraphs('Ansøger (010203-1234) er orienteret.') });

    const check = await app.service['publish.check']({ meetingId: KALUNDBORG });
    expect(check.errors).toBe(1);
    const cpr = check.findings.find((f) => f.severity === 'fejl')!;
    expect(cpr).toMatchObject({ rule: 'cpr', itemId: item.id, sectionId: section.id, field: 'section' });
    const refused = app.service['export.file']({ meetingId: KALUNDBORG, audience: 'offentlig' });
    await expect(refused).rejects.toMatchObject({
      code: 'konflikt',
      message: 'Den offentlige udgave kan ikke eksporteres: tjek før udsendelse fandt 1 fejl. Ret den, eller tilsidesæt tjekket med en begrundelse.',
      details: ['Punkt 4: CPR-nummer i afsnittet »Behandling«: 010203-xxxx. Fjern det, før dokumentet offentliggøres.'],
    });
    // The full version goes to the members, not out: never held back.
    expect(await app.service['export.file']({ meetingId: KALUNDBORG, audience: 'fuld' })).toMatchObject({ kind: 'download' });
    await expect(app.service['export.file']({ format: 'docx', meetingId: KALUNDBORG, audience: 'offentlig' })).rejects.toThrow(/tjek før udsendelse fandt 1 fejl/);

    await expect(app.service['publish.override']({ meetingId: KALUNDBORG, variant: 'referat', audience: 'offentlig', reason: ' ' })).rejects.toThrow();
    const reason = 'Nummeret er et journalnummer fra det gamle system, ikke et CPR-nummer.';
    const overridden = await app.service['publish.override']({ meetingId: KALUNDBORG, variant: 'referat', audience: 'offentlig', reason });
    expect(overridden.override).toMatchObject({ reason });
    expect((await app.service['publish.check']({ meetingId: KALUNDBORG })).override).toMatchObject({ reason });
    // An override of the public referat is not one of the public dagsorden.
    expect((await app.service['publish.check']({ meetingId: KALUNDBORG, variant: 'dagsorden' })).override).toBeNull();
    expect(await app.service['export.file']({ meetingId: KALUNDBORG, audience: 'offentlig' })).toMatchObject({ kind: 'download' });

    const audit = await AuditLog.open(dir);
    const logged = (await audit.entries(KALUNDBORG)).find((e) => e.action === 'tjek_tilsidesat')!;
    expect(logged.details).toMatchObject({ reason, variant: 'referat', audience: 'offentlig', messages: [cpr.message] });
    expect((await audit.verify()).ok).toBe(true);

    // A second CPR number is an error the override did not cover.
    await app.service['items.setSection']({ meetingId: KALUNDBORG, itemId: item.id, sectionId: section.id, body: docFromParagraphs('Ansøger (010203-1234) og ægtefælle (020304-2345) er orienteret.') });
    await expect(app.service['export.file']({ meetingId: KALUNDBORG, audience: 'offentlig' })).rejects.toThrow(/fandt 2 fejl/);
    await app.close();
  });

  it('logs a dagsorden export as a dagsorden and names it so', async () => {
    const { dir, app } = await seeded();
    const result = await app.service['export.file']({ meetingId: HADERSLEV, variant: 'dagsorden' });
    expect(result).toMatchObject({ kind: 'download', fileName: 'Dagsorden Organisations- og Beredskabsudvalget 03-02-2026.docx' });
    await app.service['export.file']({ meetingId: HADERSLEV });
    const actions = (await (await AuditLog.open(dir)).entries(HADERSLEV)).map((e) => [e.action, e.details.variant]);
    expect(actions.slice(-2)).toEqual([
      ['dagsorden_eksporteret', 'dagsorden'],
      ['eksporteret', 'referat'],
    ]);
    const labels = (await app.service['approvals.status']({ meetingId: HADERSLEV })).audit.slice(-2).map((a) => a.action);
    expect(labels).toEqual(['dagsorden_eksporteret', 'eksporteret']);
    await app.close();
  });
});
