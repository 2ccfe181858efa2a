// Threshold with a live preview, sites and mute modes, echo threshold, custom phrases, and erase.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScoredMessage } from '../engine/types.ts';
import { rebaseSettings } from '../storage/rebase-settings.ts';
import type { Settings } from '../storage/settings.ts';
import type { OptionsApi } from './options.tsx';
import { SAMPLE_MESSAGES } from './samples.ts';
import { SiteControls } from './site-controls.tsx';
import { strings } from './strings.ts';

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 200);
/** A stored phrase list as its text box shows it. */
const boxText = (phrases: readonly string[]) => phrases.join('\n');

export function SettingsSection({ api, generation, onCleared }: { api: OptionsApi; generation: number; onCleared: () => void }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  // The settings as this view last loaded or saved them (the slider edits `settings` before it saves): an edit is
  // written as its change from these, so a change the popup made meanwhile is kept.
  const saved = useRef<Settings | null>(null);
  const [preview, setPreview] = useState<{ threshold: number; defaultThreshold: number; results: ScoredMessage[] } | null>(null);
  const [always, setAlways] = useState('');
  const [never, setNever] = useState('');
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    void api.settings().then((s) => {
      saved.current = s;
      setSettings(s);
      setAlways(boxText(s.customPhrases.always));
      setNever(boxText(s.customPhrases.never));
    });
  }, [generation]);

  // A change made elsewhere (the popup, another options tab) shows here at once. What this view has changed and not
  // saved yet (the slider while it is dragged, phrases being typed) stays as it is.
  useEffect(
    () =>
      api.watchSettings((stored) => {
        const base = saved.current;
        saved.current = stored;
        setSettings((view) => (view && base ? rebaseSettings(base, view, stored) : stored));
        if (!base) return;
        setAlways((text) => (text === boxText(base.customPhrases.always) ? boxText(stored.customPhrases.always) : text));
        setNever((text) => (text === boxText(base.customPhrases.never) ? boxText(stored.customPhrases.never) : text));
      }),
    [],
  );

  // The preview follows the slider and the phrases as typed, before they are saved.
  useEffect(() => {
    if (!settings) return;
    const timer = setTimeout(() => {
      void api.preview([...SAMPLE_MESSAGES], settings.threshold, { always: lines(always), never: lines(never) }).then(setPreview);
    }, 120);
    return () => clearTimeout(timer);
  }, [settings?.threshold, always, never]);

  if (!settings) return <section id="settings" aria-busy="true" />;

  const save = (next: Settings, message: string = strings.settingsSaved) => {
    const before = saved.current;
    saved.current = next;
    setSettings(next);
    void api.updateSettings((current) => (before ? rebaseSettings(before, next, current) : next)).then(() => setStatus(message));
  };
  const threshold = settings.threshold ?? preview?.defaultThreshold ?? 0.5;

  return (
    <section id="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{strings.navSettings}</h2>

      <h3 id="threshold-title">{strings.thresholdLabel}</h3>
      <p class="muted" id="threshold-help">{strings.thresholdHelp}</p>
      <div class="row">
        <input
          type="range"
          min="0.05"
          max="0.95"
          step="0.01"
          value={threshold}
          aria-labelledby="threshold-title"
          aria-describedby="threshold-help"
          aria-valuetext={threshold.toFixed(2)}
          onInput={(e) => setSettings({ ...settings, threshold: Number((e.target as HTMLInputElement).value) })}
          onChange={(e) => save({ ...settings, threshold: Number((e.target as HTMLInputElement).value) })}
        />
        <output>{threshold.toFixed(2)}</output>
        <button type="button" disabled={settings.threshold === null} onClick={() => save({ ...settings, threshold: null })}>
          {strings.thresholdDefault(preview ? preview.defaultThreshold.toFixed(2) : '…')}
        </button>
      </div>
      <h4>{strings.previewTitle}</h4>
      <ul class="preview" aria-live="polite" data-testid="preview">
        {SAMPLE_MESSAGES.map((text, i) => {
          const r = preview?.results[i];
          return (
            <li key={i} class={r ? `verdict-${r.verdict}` : ''}>
              <span class="badge">{r ? `${r.verdict === 'pitch' ? strings.previewPitch : strings.previewClean} ${r.score.toFixed(2)}` : '…'}</span> {text}
            </li>
          );
        })}
      </ul>

      <h3>{strings.sitesTitle}</h3>
      <div class="sites">
        <SiteControls platform="linkedin" settings={settings} onChange={(s) => save(s)} />
        <SiteControls platform="x" settings={settings} onChange={(s) => save(s)} />
      </div>

      <h3 id="echo-title">{strings.echoLabel}</h3>
      <p class="muted" id="echo-help">{strings.echoHelp}</p>
      <input
        type="number"
        min="2"
        max="50"
        value={settings.echoMinSenders}
        aria-labelledby="echo-title"
        aria-describedby="echo-help"
        onChange={(e) => {
          const n = Math.round(Number((e.target as HTMLInputElement).value));
          if (n >= 2 && n <= 50) save({ ...settings, echoMinSenders: n });
        }}
      />

      <form class="phrases" onSubmit={(e) => (e.preventDefault(), save({ ...settings, customPhrases: { always: lines(always), never: lines(never) } }, strings.phrasesSaved))}>
        <label>
          {strings.phrasesAlways}
          <textarea rows={4} value={always} onInput={(e) => setAlways((e.target as HTMLTextAreaElement).value)} />
        </label>
        <label>
          {strings.phrasesNever}
          <textarea rows={4} value={never} onInput={(e) => setNever((e.target as HTMLTextAreaElement).value)} />
        </label>
        <button type="submit">{strings.phrasesSave}</button>
      </form>
      <p role="status" class="status">{status}</p>

      <h3>{strings.clearTitle}</h3>
      <p class="muted">{strings.clearHelp}</p>
      {confirming ? (
        <div class="confirm" role="alertdialog" aria-label={strings.clearConfirm}>
          <p>{strings.clearConfirm}</p>
          <button
            type="button"
            class="danger"
            onClick={() =>
              void api.clearAll().then(() => {
                setConfirming(false);
                setStatus(strings.clearDone);
                onCleared();
              })
            }
          >
            {strings.clearYes}
          </button>{' '}
          <button type="button" ref={(el) => el?.focus()} onClick={() => setConfirming(false)}>
            {strings.cancel}
          </button>
        </div>
      ) : (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          {strings.clearButton}
        </button>
      )}
    </section>
  );
}
