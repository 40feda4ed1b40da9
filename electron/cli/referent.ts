import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Store } from '../core/store/store.ts';
import { AuditLog } from '../core/audit/auditLog.ts';
import { assertPublicExportAllowed } from '../core/publish/checkWithOverride.ts';
import { cliText } from '../../shared/i18n/cli.da.ts';
import { checkCommand } from './checkCommand.ts';
import { importCommand } from './importCommand.ts';
import { lintCommand } from './lintCommand.ts';
import { checkProtocol } from '../core/approval/verifyProtocol.ts';
import { effectiveCommittee } from '../../shared/domain/printedContent.ts';
import { memberDisplayName, type Committee } from '../../shared/domain/committee.ts';
import type { Meeting } from '../../shared/domain/meeting.ts';
import { formatTimestamp } from '../../shared/format/dates.ts';
import { REFERAT_AUDIENCES, REFERAT_VARIANTS, type ReferatAudience, type ReferatVariant } from '../core/export/exportOptions.ts';

export type CliIo = { out: (line: string) => void; err: (line: string) => void };

const defaultIo: CliIo = { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n') };

/** Runs one CLI command and returns the exit code; the store is opened read-only, so the CLI can read seeds/ safely. */
export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(cliText.usage);
    return command ? 0 : 2;
  }
  // `import` takes files as well as options, and writes: it parses and opens the store itself.
  if (command === 'import') return importCommand(rest, io);
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        data: { type: 'string' },
        meeting: { type: 'string' },
        output: { type: 'string', short: 'o' },
        variant: { type: 'string' },
        audience: { type: 'string' },
        format: { type: 'string' },
        json: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    io.err((error as Error).message);
    io.err(cliText.usage);
    return 2;
  }
  const data = values.data as string | undefined;
  if (!data) {
    io.err(cliText.missingOption('data'));
    return 2;
  }
  try {
    switch (command) {
      case 'list':
        return await list(resolve(data), values.json === true, io);
      case 'check':
        return await checkCommand(resolve(data), io);
      case 'verify':
        return await verify(resolve(data), values.meeting as string | undefined, io);
      case 'export':
        return await exportDocument(resolve(data), values as ExportValues, io);
      case 'lint':
        return await lintCommand(resolve(data), values, io);
      default:
        io.err(cliText.unknownCommand(command));
        io.err(cliText.usage);
        return 2;
    }
  } catch (error) {
    io.err((error as Error).message);
    return 1;
  }
}

async function list(dir: string, json: boolean, io: CliIo): Promise<number> {
  const store = await Store.open(dir, { readOnly: true });
  const rows = store.meetingSummaries().map((m) => ({
    id: m.id,
    committee: store.committee(m.committeeId)?.name ?? '',
    committeeId: m.committeeId,
    date: m.date,
    time: m.time,
    items: m.itemCount,
    status: m.status,
  }));
  if (json) {
    io.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  if (rows.length === 0) {
    io.out(cliText.noMeetings);
    return 0;
  }
  const table = [cliText.header.slice(), ...rows.map((r) => [r.id, r.committee, `${r.date} ${r.time}`, String(r.items)])];
  const widths = table[0]!.map((_, col) => Math.max(...table.map((row) => row[col]!.length)));
  for (const row of table) io.out(row.map((cell, col) => cell.padEnd(widths[col]!)).join('  ').trimEnd());
  return 0;
}

type ExportValues = { meeting?: string; output?: string; variant?: string; audience?: string; format?: string };

const EXPORT_FORMATS = ['docx', 'pdf', 'packet'] as const;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T | undefined {
  if (value === undefined) return fallback;
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * `export`: the referat or the dagsorden, full or public, as DOCX or (through
 * LibreOffice) PDF. Without --format, an output file ending in .pdf is a PDF.
 */
async function exportDocument(dir: string, values: ExportValues, io: CliIo): Promise<number> {
  const { meeting: meetingId, output } = values;
  if (!meetingId) {
    io.err(cliText.missingOption('meeting'));
    return 2;
  }
  if (!output) {
    io.err(cliText.missingOption('o'));
    return 2;
  }
  const variant = oneOf<ReferatVariant>(values.variant, REFERAT_VARIANTS, 'referat');
  const audience = oneOf<ReferatAudience>(values.audience, REFERAT_AUDIENCES, 'fuld');
  const format = oneOf(values.format, EXPORT_FORMATS, /\.pdf$/i.test(output) ? 'pdf' : 'docx');
  for (const [option, value, parsed, allowed] of [
    ['variant', values.variant, variant, REFERAT_VARIANTS],
    ['audience', values.audience, audience, REFERAT_AUDIENCES],
    ['format', values.format, format, EXPORT_FORMATS],
  ] as const) {
    if (parsed === undefined) {
      io.err(cliText.invalidValue(option, value ?? '', allowed));
      return 2;
    }
  }
  const found = await findMeeting(dir, meetingId, io);
  if (!found) return 1;
  const { meeting, live } = found;
  // As the app exports it: with the committee as frozen when the protocol was sent for approval.
  const committee = effectiveCommittee(live, meeting);
  // Tjek før udsendelse: errors hold a public version back until fixed or overridden in the app.
  await assertPublicExportAllowed({ dir, committee: live, meeting, meetings: found.meetings, auditEntries: (await AuditLog.open(dir)).entries(meeting.id), variant: variant!, audience: audience! });
  const { buildReferatDocx } = await import('../core/export/buildReferatDocx.ts');
  const docx = await buildReferatDocx({ committee, meeting, variant: variant!, audience: audience! });
  let bytes = docx;
  if (format === 'packet') {
    const [{ exportPacket }, { convertDocxToPdf }] = await Promise.all([import('../core/export/exportPacket.ts'), import('../core/export/convertToPdf.ts')]);
    bytes = await exportPacket({ dir, committee, meeting, variant: variant!, audience: audience!, buildDocx: buildReferatDocx, toPdf: (d) => convertDocxToPdf(d) });
  } else if (format === 'pdf') {
    const { convertDocxToPdf } = await import('../core/export/convertToPdf.ts');
    bytes = await convertDocxToPdf(docx);
  }
  await writeFile(resolve(output), bytes);
  io.out(cliText.written(cliText.documentLabel(variant!, audience!), output, meeting.items.length));
  return 0;
}

/** Exit 0 only when the stored protocol is exactly what was sent and every approval matches it. */
async function verify(dir: string, meetingId: string | undefined, io: CliIo): Promise<number> {
  if (!meetingId) {
    io.err(cliText.missingOption('meeting'));
    return 2;
  }
  const found = await findMeeting(dir, meetingId, io);
  if (!found) return 1;
  const { meeting, live } = found;
  const committee = effectiveCommittee(live, meeting);
  const check = checkProtocol(live, meeting);
  io.out(cliText.fingerprint(check.shortFingerprint, check.fingerprint));
  if (!meeting.approvalRound) {
    io.out(cliText.notSent);
    return meeting.approvals.length === 0 ? 0 : 1;
  }
  for (const p of meeting.participants.filter((x) => x.attendance === 'til_stede')) {
    const member = committee.members.find((m) => m.id === p.memberId);
    const name = member ? memberDisplayName(member) : p.memberId;
    const approval = meeting.approvals.find((a) => a.memberId === p.memberId);
    const rejection = meeting.rejections.find((r) => r.memberId === p.memberId);
    if (approval) io.out(cliText.approvalLine(name, formatTimestamp(approval.approvedAt), cliText.methods[approval.method]));
    else if (rejection) io.out(cliText.rejectionLine(name, formatTimestamp(rejection.rejectedAt), rejection.comment));
    else io.out(cliText.pendingLine(name));
  }
  if (check.intact) {
    io.out(cliText.intact(meeting.approvals.length));
    return 0;
  }
  io.err(cliText.broken);
  for (const problem of check.problems) io.err(`  ${problem}`);
  if (check.changes.length) {
    io.err(cliText.changedHeader);
    for (const change of check.changes) io.err(`  ${change.label}: ${change.changes.join('; ')}`);
  }
  return 1;
}

/** The meeting and its committee from a data directory opened read-only, or a Danish message and nothing. */
async function findMeeting(dir: string, meetingId: string, io: CliIo): Promise<{ meeting: Meeting; live: Committee; meetings: Meeting[] } | null> {
  const store = await Store.open(dir, { readOnly: true });
  const meeting = store.meeting(meetingId);
  const live = meeting && store.committee(meeting.committeeId);
  if (!meeting || !live) {
    io.err(cliText.meetingNotFound(meetingId));
    return null;
  }
  return { meeting, live, meetings: store.meetings() };
}
