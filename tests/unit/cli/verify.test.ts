import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/referent.ts';
import { meetingPath } from '../../../electron/core/store/store.ts';
import { tempDir } from '../helpers/tempDir.ts';

const APPROVED = 'haderslev-obu-2026-02-03';

async function verify(dir: string, meeting = APPROVED) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['verify', '--data', dir, '--meeting', meeting], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('referent verify', () => {
  it('exits 0 and lists every approval when the stored protocol matches', async () => {
    const res = await verify(join(process.cwd(), 'seeds'));
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/Fingeraftryk: [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}/);
    expect(res.out.match(/^ {2}Godkendt/gm)).toHaveLength(5);
    expect(res.out).toContain('Holger Mikkelsen');
    expect(res.out).toContain('OK: referatet er uændret');
  });

  it('exits non-zero and names what changed when the file was edited by hand', async () => {
    const dir = await tempDir();
    await cp(join(process.cwd(), 'seeds'), dir, { recursive: true });
    const file = JSON.parse(await readFile(meetingPath(dir, APPROVED), 'utf8'));
    const decision = file.meeting.items[0].sections.find((s: { kind: string }) => s.kind === 'beslutning');
    decision.body.content[0].content[0].text = 'Ikke godkendt';
    file.meeting.location = 'Et andet lokale';
    await writeFile(meetingPath(dir, APPROVED), JSON.stringify(file));
    const res = await verify(dir);
    expect(res.code).toBe(1);
    expect(res.err).toContain('FEJL');
    expect(res.err).toContain('Holger Mikkelsens godkendelse gælder ikke længere');
    expect(res.err).toContain('Mødet: Mødested er ændret');
    expect(res.err).toContain('Punkt 10: Godkendelse af dagsorden: Beslutning er ændret');
  });

  it('says so when the meeting has not been sent for approval', async () => {
    const res = await verify(join(process.cwd(), 'seeds'), 'kalundborg-direktionen-2026-03-16');
    expect(res.code).toBe(0);
    expect(res.out).toContain('ikke sendt til godkendelse');
  });
});
