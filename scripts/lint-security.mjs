// `npm run lint:security`: Electronegativity over the Electron code and the built renderer page.
// Electronegativity exits 0 even with findings, so this script reads its SARIF report and fails on ANY finding,
// manual-review checks included. The only way to silence a check is the tool's own inline annotation,
// `// eng-disable CHECK_ID`, on the flagged line, with a comment saying why that line is safe. Every annotation is
// listed and counted below so reviewers see them; one on a file's first line (which would switch the check off for
// the whole file) is refused.
//
// `node scripts/lint-security.mjs --input <dir>` scans that folder instead of electron/ + the built page (the unit test uses it).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const inputAt = process.argv.indexOf('--input');
const input = inputAt === -1 ? undefined : process.argv[inputAt + 1];
if (inputAt !== -1 && !input) {
  console.error('lint:security: --input needs a folder.');
  process.exit(2);
}

const builtPage = join(root, 'dist', 'renderer', 'index.html');
if (input ? !existsSync(input) : !existsSync(builtPage)) {
  console.error(input ? `lint:security: ${input} does not exist.` : 'lint:security: dist/renderer/index.html is missing; run `npx vite build` first.');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'referent-electronegativity-'));
const scanDir = join(work, 'scan');
const report = join(work, 'report.sarif');
try {
  if (input) {
    cpSync(resolve(input), scanDir, { recursive: true });
  } else {
    cpSync(join(root, 'electron'), join(scanDir, 'electron'), { recursive: true });
    cpSync(builtPage, join(scanDir, 'index.html'));
  }
  const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;

  // The annotations, found the plain way (any mention counts, so none can hide from this list).
  const annotations = [];
  for (const entry of readdirSync(scanDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        if (text.includes('eng-disable')) annotations.push({ file: relative(scanDir, path), line: i + 1, text: text.trim() });
      });
  }

  execFileSync(process.execPath, [join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js'), '-i', scanDir, '-r', '-e', electronVersion, '-o', report], { stdio: 'ignore' });
  const sarif = JSON.parse(readFileSync(report, 'utf8'));
  const findings = (sarif.runs ?? []).flatMap((run) =>
    (run.results ?? []).map((r) => {
      const uri = decodeURIComponent(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '').replace(/^file:\/\//, '');
      const file = uri.startsWith(scanDir) ? relative(scanDir, uri) : uri.replace(/^\/+/, '');
      return { check: r.ruleId, file: file || '(whole app)', line: r.locations?.[0]?.physicalLocation?.region?.startLine, message: r.message?.text ?? '' };
    }),
  );

  const fileWide = annotations.filter((a) => a.line === 1);
  for (const a of annotations) console.log(`eng-disable  ${a.file}:${a.line}  ${a.text}`);
  for (const a of fileWide) console.log(`REFUSED      ${a.file}:1  eng-disable on a file's first line switches the check off for the whole file; put it on the flagged line.`);
  for (const f of findings) console.log(`FINDING      ${f.check}  ${f.file}:${f.line}  ${f.message}`);
  console.log(
    `electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${annotations.length} eng-disable annotations` +
      (fileWide.length ? `, ${fileWide.length} refused (file-wide)` : '') +
      '.',
  );
  process.exitCode = findings.length === 0 && fileWide.length === 0 ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
