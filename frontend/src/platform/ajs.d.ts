// The host's AJS global. Jira and Confluence provide it; the embedded host serves a small equivalent.
//
// Texts: always write the literal call `AJS.I18n.getText('hindsight.some.key', ...args)`. The hosts' `jsI18n`
// web-resource transformer (and the embedded host's AssetServlet) finds these calls in the served bundle and
// replaces them with the text from i18n/hindsight.properties, so an alias, a variable key or a wrapper would
// leave the key untranslated. Keys must exist in the properties file (platform/i18n.test.ts checks).
declare global {
  const AJS: {
    I18n: { getText(key: string, ...args: Array<string | number>): string };
    format(pattern: string, ...args: Array<string | number>): string;
  };
}

export {};
