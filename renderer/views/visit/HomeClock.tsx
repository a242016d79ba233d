import { capitalOf, wallInZone } from '../../../app/domain/capital-time';
import type { ProgrammeItem } from '../../../app/domain/programme';
import type { Visit } from '../../../app/domain/visit';
import { formatProgrammeTime, formatTime, formatTimeRange } from '../../format';

export type HomeCapital = { city: string; zone: string };

/** The guest country's capital (the principal's office at home), when it is known. */
export function homeCapitalOf(visit: Pick<Visit, 'guestCountry'>): HomeCapital | undefined {
  return capitalOf(visit.guestCountry);
}

/**
 * An item's time in the home capital, under the host time: "Astana 14:00–15:00", with the day
 * when it is not the host's ("Honolulu Tue 2 Mar, 10:00").
 */
export function HomeClock({ item, hostZone, home }: { item: ProgrammeItem; hostZone: string; home: HomeCapital }) {
  const start = wallInZone(item.start, hostZone, home.zone);
  const end = item.end ? wallInZone(item.end, hostZone, home.zone) : undefined;
  return (
    <span className="home-clock" aria-label={`Time in ${home.city}`}>
      {home.city}{' '}
      {start.slice(0, 10) === item.start.slice(0, 10) ? timeOnly(start, end) : formatProgrammeTime(start, end)}
    </span>
  );
}

function timeOnly(start: string, end: string | undefined): string {
  if (!end) return formatTime(start);
  return end.slice(0, 10) === start.slice(0, 10) ? formatTimeRange(start, end) : formatProgrammeTime(start, end);
}
