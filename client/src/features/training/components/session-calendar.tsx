import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localeFor } from '@/lib/format';
import type { TrainingSession } from '../api/types';
import { label, statusLabels } from '../utils/labels';
import { daysCovered, monthWeeks, toWibInput, type Quarter } from '../utils/time';

type Props = { quarter: Quarter; months: number[]; sessions: TrainingSession[] };

/** Month grids (Monday first) as semantic tables; each day lists its sessions as links with their WIB start time. */
export function SessionCalendar({ quarter, months, sessions }: Props) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const byDay = new Map<string, TrainingSession[]>();
  for (const s of sessions) {
    for (const day of daysCovered(s.startsAt, s.endsAt)) byDay.set(day, [...(byDay.get(day) ?? []), s]);
  }
  // 2024-01-01 was a Monday
  const weekdays = Array.from({ length: 7 }, (_, i) => {
    const date = new Date(Date.UTC(2024, 0, 1 + i));
    return {
      short: new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(date),
      long: new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(date),
    };
  });
  const dayLabel = (day: string) =>
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

  return (
    <div className="training-calendar">
      {months.map((month) => {
        const title = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(Date.UTC(quarter.year, month - 1, 1)),
        );
        return (
          <div className="table-wrap training-month" key={month}>
            <table className="training-month-table">
              <caption>{title}</caption>
              <thead>
                <tr>
                  {weekdays.map((w) => (
                    <th scope="col" key={w.long}>
                      <abbr title={w.long}>{w.short}</abbr>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {monthWeeks(quarter.year, month).map((week, i) => (
                  <tr key={i}>
                    {week.map((day, j) => {
                      const items = day ? (byDay.get(day) ?? []) : [];
                      return (
                        <td key={day ?? `empty-${i}-${j}`} className={day ? (items.length ? 'has-sessions' : undefined) : 'outside'}>
                          {day && (
                            <>
                              <span className="training-day-number" aria-label={dayLabel(day)}>
                                {Number(day.slice(8))}
                              </span>
                              {items.length > 0 && (
                                <ul className="training-day-list">
                                  {items.map((s) => (
                                    <li key={s.id} className={`training-cal-${s.status}`}>
                                      <Link to={`/training/${encodeURIComponent(s.id)}`}>
                                        <span className="training-cal-time">{toWibInput(s.startsAt).slice(11)}</span> {s.title}
                                        <span className="visually-hidden"> ({label(statusLabels, s.status, t)})</span>
                                      </Link>
                                    </li>
                                  ))}
                                </ul>
                              )}
                            </>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}
