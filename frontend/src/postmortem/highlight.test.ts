import { highlightFindings } from './highlight';
import type { Finding } from './api';

function finding(excerpt: string, reason = 'Names a person as the cause.'): Finding {
  return { excerpt, rule: 'person-lapse', reason, suggestion: 'Say what the system allowed.' };
}

function preview(html: string): HTMLElement {
  // Test fixture only: stands in for the host's escaped rendering.
  const article = document.createElement('article');
  article.innerHTML = html;
  return article;
}

describe('lint highlighting in the preview', () => {
  it('marks the words of each finding in place, titled with the reason', () => {
    const article = preview('<h2>Timeline</h2><p>At 14:05 Sam forgot to run the check before the deploy.</p>');
    const [result] = highlightFindings(article, [finding('Sam forgot to run the check')]);
    expect(result.mark?.tagName).toBe('MARK');
    expect(result.mark?.textContent).toBe('Sam forgot to run the check');
    expect(result.mark?.title).toBe('Names a person as the cause.');
    expect(article.querySelector('p')?.textContent).toBe('At 14:05 Sam forgot to run the check before the deploy.');
  });

  it('keeps hostile page text and hostile findings as text: nothing becomes markup', () => {
    const article = preview('<p>The operator typed &lt;img src=x onerror=alert(1)&gt; carelessly.</p>');
    const [result] = highlightFindings(article, [finding('<img src=x onerror=alert(1)> carelessly',
      '<script>alert(2)</script>')]);
    expect(result.mark?.textContent).toBe('<img src=x onerror=alert(1)> carelessly');
    expect(article.querySelector('img')).toBeNull();
    expect(article.querySelector('script')).toBeNull();
    expect(result.mark?.title).toBe('<script>alert(2)</script>');
  });

  it('marks repeated words once per finding, in order, and matches regardless of case', () => {
    const article = preview('<p>Should have checked. Then later: should have checked again.</p>');
    const results = highlightFindings(article, [finding('should have checked'), finding('should have checked')]);
    expect(results.map((entry) => entry.mark?.textContent)).toEqual(['Should have checked', 'should have checked']);
    expect(article.querySelectorAll('mark')).toHaveLength(2);
  });

  it('lists but does not mark words that cross formatting or are not in the page', () => {
    const article = preview('<p>Sam <strong>forgot</strong> it.</p>');
    const results = highlightFindings(article, [finding('Sam forgot'), finding('nowhere to be found'), finding('   ')]);
    expect(results.map((entry) => entry.mark)).toEqual([null, null, null]);
    expect(article.innerHTML).toBe('<p>Sam <strong>forgot</strong> it.</p>');
  });

  it('can run again without nesting marks', () => {
    const article = preview('<p>He was careless.</p>');
    highlightFindings(article, [finding('careless')]);
    highlightFindings(article, [finding('careless')]);
    expect(article.querySelectorAll('mark')).toHaveLength(1);
    expect(article.querySelector('mark mark')).toBeNull();
  });
});
