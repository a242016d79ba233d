/** Room kept between the offer and the name, and between the offer and the window's edges. */
const GAP = 4;
const MARGIN = 8;

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * Where the offer goes, in the page's coordinates: under the name, or above it when the window
 * has no room below (it was cut off at the bottom); moved left if it would pass the right edge.
 */
export function placeOffer(
  name: Box,
  page: Box,
  size: { width: number; height: number },
  view: { width: number; height: number },
): { top: number; left: number; above: boolean } {
  const roomBelow = view.height - MARGIN - (name.bottom + GAP);
  const roomAbove = name.top - GAP - MARGIN;
  const above = size.height > roomBelow && roomAbove > roomBelow;
  const top = above ? name.top - GAP - size.height : name.bottom + GAP;
  const maxLeft = Math.min(view.width, page.right) - MARGIN - size.width;
  const left = Math.max(Math.max(MARGIN, page.left), Math.min(name.left, maxLeft));
  return { top: top - page.top, left: left - page.left, above };
}
