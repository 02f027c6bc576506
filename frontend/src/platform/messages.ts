import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The plugin's i18n bundles (i18n/hindsight*.properties, one per feature), read as the hosts read them. */
export const I18N_DIR = join(__dirname, '../../../src/main/resources/i18n');

export function loadMessages(dir: string = I18N_DIR): Map<string, string> {
  const messages = new Map<string, string>();
  for (const name of readdirSync(dir).filter((file) => /^hindsight[a-z-]*\.properties$/.test(file)).sort()) {
    readProperties(join(dir, name), messages);
  }
  return messages;
}

function readProperties(file: string, messages: Map<string, string>): void {
  const lines = readFileSync(file, 'utf8').replace(/\\\r?\n\s*/g, '').split(/\r?\n/);
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('!')) continue;
    const separator = trimmed.search(/[=:]/);
    if (separator < 0) continue;
    const key = trimmed.slice(0, separator).trim();
    const value = trimmed.slice(separator + 1).trim().replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)));
    messages.set(key, value);
  }
}

/** MessageFormat's subset the hosts' AJS.format supports: {0}-style arguments and '' for a quote. */
export function format(pattern: string, ...args: Array<string | number>): string {
  return pattern.replace(/\{(\d+)\}/g, (whole, index: string) =>
    Number(index) < args.length ? String(args[Number(index)]) : whole).replace(/''/g, "'");
}
