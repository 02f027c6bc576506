// Builds every UI feature into its own classic-script bundle: src/<feature>/main.ts -> hindsight-<feature>.js.
// One Vite build per bundle, because Vite cannot emit several IIFE entries from one build, and Jira and
// Confluence load web-resources as classic scripts, not ES modules. HINDSIGHT_FRONTEND_OUT lets Maven name the folder.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = process.env.HINDSIGHT_FRONTEND_OUT ?? join(root, '../target/classes/frontend');

const features = readdirSync(join(root, 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, 'src', entry.name, 'main.ts')))
  .map((entry) => entry.name)
  .sort();

rmSync(outDir, { recursive: true, force: true });
for (const feature of features) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      sourcemap: false,
      lib: {
        entry: join(root, 'src', feature, 'main.ts'),
        name: `Hindsight_${feature.replace(/[^A-Za-z0-9]/g, '_')}`,
        formats: ['iife'],
        fileName: () => `hindsight-${feature}.js`,
        cssFileName: `hindsight-${feature}`,
      },
    },
  });
  keepI18nCallsLiteral(join(outDir, `hindsight-${feature}.js`));
  console.log(`built hindsight-${feature}.js`);
}

// The minifier turns 'key' into `key`; the hosts' jsI18n transformer looks for quoted string keys, so put the
// quotes back. Keys are plain dotted names, so the rewrite cannot change their meaning.
function keepI18nCallsLiteral(file) {
  const code = readFileSync(file, 'utf8');
  writeFileSync(file, code.replace(/AJS\.I18n\.getText\(`([A-Za-z0-9._-]+)`/g, 'AJS.I18n.getText("$1"'));
}
