/**
 * One string field of a JSON file the user picked, for a friendlier message
 * ("Svaret fra Anne …"). Only a hint: main parses and verifies the file itself.
 */
export function readJsonField(text: string, field: string): string | undefined {
  try {
    const value = (JSON.parse(text) as Record<string, unknown>)[field];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
