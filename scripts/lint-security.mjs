// `npm run lint:security`: Electronegativity over the Electron code and the built
// renderer page. It exits 0 even with findings, so this script reads its SARIF
// report and fails on any finding that is not a reviewed manual-review check.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const builtPage = join(root, 'dist', 'renderer', 'index.html');
if (!existsSync(builtPage)) {
  console.error('lint:security: dist/renderer/index.html mangler; kør `npx vite build` først.');
  process.exit(2);
}
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const scanDir = mkdtempSync(join(tmpdir(), 'referent-electronegativity-'));
cpSync(join(root, 'electron'), join(scanDir, 'electron'), { recursive: true });
cpSync(builtPage, join(scanDir, 'index.html'));
const report = join(scanDir, 'report.sarif');
execFileSync(process.execPath, [join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js'), '-i', scanDir, '-r', '-e', electronVersion, '-o', report], { stdio: 'ignore' });

const sarif = JSON.parse(readFileSync(report, 'utf8'));
const review = JSON.parse(readFileSync(join(root, 'build', 'security-review.json'), 'utf8')).reviewed;
const findings = (sarif.runs ?? []).flatMap((run) =>
  (run.results ?? []).map((r) => ({
    check: r.ruleId,
    file: (r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '').replace(/^.*?(electron\/|index\.html)/, '$1'),
    line: r.locations?.[0]?.physicalLocation?.region?.startLine,
    message: r.message?.text ?? '',
  })),
);
rmSync(scanDir, { recursive: true, force: true });
const reviewed = findings.filter((f) => review.some((r) => r.check === f.check && r.file === f.file));
const open = findings.filter((f) => !reviewed.includes(f));
for (const f of reviewed) console.log(`reviewed  ${f.check}  ${f.file}:${f.line}`);
for (const f of open) console.log(`FINDING   ${f.check}  ${f.file}:${f.line}  ${f.message}`);
console.log(`electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${reviewed.length} reviewed manual-review checks, ${open.length} open.`);
process.exit(open.length === 0 ? 0 : 1);
