import { format, loadMessages } from './messages';

// Tests see the same texts users see: AJS.I18n.getText reads the plugin's properties file, and an unknown key
// fails the test instead of quietly showing the key.
const messages = loadMessages();

(globalThis as unknown as { AJS: typeof AJS }).AJS = {
  I18n: {
    getText(key: string, ...args: Array<string | number>): string {
      const pattern = messages.get(key);
      if (pattern === undefined) throw new Error(`Missing i18n key '${key}' in hindsight.properties`);
      return format(pattern, ...args);
    },
  },
  format,
};
