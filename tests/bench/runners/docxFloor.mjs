// The least any cold export through docx can cost: Node starts, loads docx and
// writes a one-paragraph document. The bench prints it beside `referent export`.
import { writeFile } from 'node:fs/promises';
import { Document, Packer, Paragraph } from 'docx';

const out = process.argv[2];
const doc = new Document({ sections: [{ children: [new Paragraph('Referat')] }] });
await writeFile(out, await Packer.toBuffer(doc));
