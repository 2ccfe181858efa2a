// Insight from the daily counters: pitches per week, top tactics, top echo templates and corrections over time.
import { useEffect, useState } from 'preact/hooks';
import type { Insight } from '../messages.ts';
import type { OptionsApi } from './options.tsx';
import { BarChart, type Bar } from './chart.tsx';
import { strings } from './strings.ts';

const WEEKS = 12;
const DAY_MS = 86_400_000;

/** Monday of the week a "YYYY-MM-DD" day falls in, as "YYYY-MM-DD". */
export function weekOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  date.setDate(date.getDate() - ((date.getDay() + 6) % 7));
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** The last `weeks` weeks, oldest first, each with the sum of its days. */
export function weeklyTotals(days: Insight['days'], weeks: number, now = Date.now()) {
  const out = new Map<string, { pitch: number; notPitch: number; missed: number }>();
  for (let i = weeks - 1; i >= 0; i--) {
    const d = new Date(now - i * 7 * DAY_MS);
    out.set(weekOf(`${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`), { pitch: 0, notPitch: 0, missed: 0 });
  }
  for (const day of days) {
    const week = out.get(weekOf(day.day));
    if (!week) continue;
    week.pitch += day.pitch;
    week.notPitch += day.notPitch;
    week.missed += day.missed;
  }
  return [...out].map(([week, totals]) => ({ week, ...totals }));
}

export function InsightSection({ api, generation }: { api: OptionsApi; generation: number }) {
  const [insight, setInsight] = useState<Insight | null>(null);
  useEffect(() => void api.insight(WEEKS * 7).then(setInsight), [generation]);
  if (!insight) return <section id="insight" aria-busy="true" />;

  const weeks = weeklyTotals(insight.days, WEEKS);
  const short = (week: string) => week.slice(5);
  const pitchBars: Bar[] = weeks.map((w) => ({ label: short(w.week), values: [w.pitch], title: `${strings.weekOf(w.week)}: ${w.pitch}` }));
  const correctionBars: Bar[] = weeks.map((w) => ({
    label: short(w.week),
    values: [w.notPitch, w.missed],
    title: `${strings.weekOf(w.week)}: ${w.notPitch} ${strings.menuNotPitch.toLowerCase()}, ${w.missed} ${strings.menuPitch.toLowerCase()}`,
  }));
  const total = (k: 'pitch' | 'notPitch' | 'missed') => weeks.reduce((a, w) => a + w[k], 0);

  return (
    <section id="insight" aria-labelledby="insight-title">
      <h2 id="insight-title">{strings.navInsight}</h2>
      {insight.days.length === 0 && <p class="muted">{strings.insightEmpty}</p>}
      <h3>{strings.insightWeekly}</h3>
      <BarChart id="weekly" bars={pitchBars} title={strings.insightWeekly} desc={strings.insightWeeklyDesc(WEEKS, total('pitch'))} classes={['bar-pitch']} />
      <div class="columns">
        <div>
          <h3>{strings.insightTactics}</h3>
          {insight.tactics.length ? (
            <ol class="tops">
              {insight.tactics.map((t) => (
                <li key={t.id}>
                  {strings.tacticNames[t.id] ?? t.id} <span class="muted">({t.count})</span>
                </li>
              ))}
            </ol>
          ) : (
            <p class="muted">—</p>
          )}
        </div>
        <div>
          <h3>{strings.insightEchoes}</h3>
          {insight.echoes.length ? (
            <ol class="tops">
              {insight.echoes.map((e) => (
                <li key={e.template}>
                  {strings.templateName(e.template)} <span class="muted">({strings.insightEchoRow(e.senders)})</span>
                </li>
              ))}
            </ol>
          ) : (
            <p class="muted">—</p>
          )}
        </div>
      </div>
      <h3>{strings.insightCorrections}</h3>
      <BarChart
        id="corrections"
        bars={correctionBars}
        title={strings.insightCorrections}
        desc={strings.insightCorrectionsDesc(total('notPitch'), total('missed'))}
        classes={['bar-clean', 'bar-pitch']}
      />
      <p class="legend">
        <span class="key bar-clean" aria-hidden="true" /> {strings.menuNotPitch} <span class="key bar-pitch" aria-hidden="true" /> {strings.menuPitch}
      </p>
    </section>
  );
}
