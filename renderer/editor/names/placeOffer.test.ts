import { describe, expect, it } from 'vitest';
import { placeOffer } from './placeOffer';

const page = { top: 100, bottom: 2000, left: 40, right: 1000 };
const view = { width: 1024, height: 700 };
const size = { width: 300, height: 60 };

describe('placeOffer: the name offer stays inside the window', () => {
  it('goes under the name when there is room', () => {
    const name = { top: 300, bottom: 320, left: 200, right: 260 };
    expect(placeOffer(name, page, size, view)).toEqual({ top: 320 + 4 - 100, left: 200 - 40, above: false });
  });

  it('goes above a name at the bottom of the window', () => {
    const name = { top: 660, bottom: 680, left: 200, right: 260 };
    const at = placeOffer(name, page, size, view);
    expect(at.above).toBe(true);
    expect(at.top + page.top + size.height).toBeLessThanOrEqual(name.top);
  });

  it('moves left rather than past the right edge of the page or the window', () => {
    const name = { top: 300, bottom: 320, left: 900, right: 960 };
    const at = placeOffer(name, page, size, view);
    expect(at.left + page.left + size.width).toBeLessThanOrEqual(page.right);
    const wide = placeOffer(name, { ...page, right: 1400 }, size, view);
    expect(wide.left + page.left + size.width).toBeLessThanOrEqual(view.width);
  });

  it('stays under the name when neither side has room but below has more', () => {
    const name = { top: 30, bottom: 50, left: 200, right: 260 };
    expect(placeOffer(name, page, { width: 300, height: 900 }, view).above).toBe(false);
  });
});
