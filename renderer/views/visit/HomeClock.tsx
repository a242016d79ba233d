import { capitalOf, wallInZone } from '../../../app/domain/capital-time';
import type { ProgrammeItem } from '../../../app/domain/programme';
import type { Visit } from '../../../app/domain/visit';
import { formatProgrammeTime } from '../../format';

export type HomeCapital = { city: string; zone: string };

/** The guest country's capital (the principal's office at home), when it is known. */
export function homeCapitalOf(visit: Pick<Visit, 'guestCountry'>): HomeCapital | undefined {
  return capitalOf(visit.guestCountry);
}

/** An item's time in the home capital, under the host time: "Astana: Thu 4 Mar, 14:00–15:00". */
export function HomeClock({ item, hostZone, home }: { item: ProgrammeItem; hostZone: string; home: HomeCapital }) {
  const start = wallInZone(item.start, hostZone, home.zone);
  const end = item.end ? wallInZone(item.end, hostZone, home.zone) : undefined;
  return (
    <span className="home-clock" aria-label={`Time in ${home.city}`}>
      {home.city}: {formatProgrammeTime(start, end)}
    </span>
  );
}
