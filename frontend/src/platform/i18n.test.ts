import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadMessages } from './messages';

const SOURCE_ROOT = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.(test|d)\.ts$/.test(name) ? [path] : [];
  });
}

describe('i18n', () => {
  const files = sourceFiles(SOURCE_ROOT).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('uses only keys that exist in the plugin bundle', () => {
    const messages = loadMessages();
    const missing = files.flatMap(({ path, text }) =>
      [...text.matchAll(/AJS\.I18n\.getText\(\s*'([^']+)'/g)]
        .map((match) => match[1])
        .filter((key) => !messages.has(key))
        .map((key) => `${path}: ${key}`));
    expect(missing).toEqual([]);
  });

  it('calls getText only in the literal form the host transformer can replace', () => {
    const unusable = files.flatMap(({ path, text }) =>
      [...text.matchAll(/(\S*)I18n\.getText\(\s*(\S)/g)]
        .filter((match) => !match[1].endsWith('AJS.') || match[2] !== "'")
        .map((match) => `${path}: ${match[0]}`));
    expect(unusable).toEqual([]);
  });
});
