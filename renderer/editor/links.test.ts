import { describe, expect, it } from 'vitest';
import { checkLinkUrl, isAllowedLinkUrl } from './links';

describe('checkLinkUrl', () => {
  it('accepts http, https and mailto', () => {
    expect(checkLinkUrl('https://mfa.gov.kz/en')).toEqual({ ok: true, url: 'https://mfa.gov.kz/en' });
    expect(checkLinkUrl('mailto:desk@example.org')).toEqual({ ok: true, url: 'mailto:desk@example.org' });
    expect(checkLinkUrl('mfa.gov.tr')).toEqual({ ok: true, url: 'https://mfa.gov.tr/' });
  });
  it('refuses other schemes with a message', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'file:///etc/passwd']) {
      const r = checkLinkUrl(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/not allowed|not a valid/);
      expect(isAllowedLinkUrl(bad)).toBe(false);
    }
  });
});
