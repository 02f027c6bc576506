import type { Finding } from './api';

// Marks each finding's words in the rendered preview with <mark>, by splitting the text node that holds them: the
// preview's markup is the server's escaped rendering, and only text nodes are split, so nothing a page author wrote
// can turn into markup here. A finding whose words cross an element boundary (half in bold, say) is listed but not
// marked; findings repeating the same words mark successive occurrences.

export interface Highlight {
  finding: Finding;
  index: number;
  mark: HTMLElement | null;
}

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    // Never search inside marks already placed: their words belong to an earlier finding.
    if (!(node.parentElement?.closest('mark[data-finding]'))) nodes.push(node as Text);
  }
  return nodes;
}

/** The first occurrence regardless of case; exact only where lower-casing would change lengths (and so offsets). */
function find(haystack: string, needle: string): number {
  const lower = haystack.toLowerCase();
  const lowerNeedle = needle.toLowerCase();
  if (lower.length !== haystack.length || lowerNeedle.length !== needle.length) return haystack.indexOf(needle);
  return lower.indexOf(lowerNeedle);
}

/** Wraps the first unmarked occurrence of each finding's excerpt; answers each finding with its mark (or null). */
export function highlightFindings(root: HTMLElement, findings: Finding[]): Highlight[] {
  root.querySelectorAll('mark[data-finding]').forEach((mark) => mark.replaceWith(...Array.from(mark.childNodes)));
  root.normalize();
  return findings.map((finding, index) => {
    const excerpt = finding.excerpt.replace(/\s+/g, ' ').trim();
    if (excerpt === '') return { finding, index, mark: null };
    for (const node of textNodes(root)) {
      const text = node.data.replace(/\s/g, ' ');
      const at = find(text, excerpt);
      if (at < 0) continue;
      const words = node.splitText(at);
      words.splitText(excerpt.length);
      const mark = document.createElement('mark');
      mark.id = `hs-finding-${index}`;
      mark.dataset.finding = String(index);
      mark.className = 'hs-finding';
      mark.title = finding.reason;
      words.replaceWith(mark);
      mark.appendChild(words);
      return { finding, index, mark };
    }
    return { finding, index, mark: null };
  });
}
