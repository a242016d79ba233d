import type { LengthEstimate } from '../../../app/domain/length';
import { userLocale } from '../../format';

/**
 * Beside a brief in the pack builder: "about 3.4 pages — over the 2-page limit" when its estimated
 * length in Word (from the API, the estimate the editor's status line shows) passes the limit.
 */
export function LengthFlag({ length, limit }: { length: LengthEstimate | undefined; limit: number }) {
  if (!length || length.pages <= limit) return null;
  const pages = Math.round(length.pages * 10) / 10;
  const shown = pages.toLocaleString(userLocale(), { maximumFractionDigits: 1 });
  return (
    <span className="length-flag">
      <span aria-hidden="true">⚠ </span>
      about {shown} pages — over the {limit}-page limit
    </span>
  );
}
