import type { WizardIslandWords } from './islandWords';

interface Props {
  words: WizardIslandWords;
  keepOnDevice: boolean;
  onChange: (keep: boolean) => void;
}

/** "Bu cihazda saklamayın", on the start page: a founder on a shared phone keeps nothing on it. */
export function KeepChoice({ words, keepOnDevice, onChange }: Props) {
  const { keep } = words.together;
  const options = [
    { value: true, id: 'keep-on-device', label: keep.keep },
    { value: false, id: 'keep-nothing', label: keep.dontKeep },
  ];
  return (
    <fieldset class="fieldset keep-choice">
      <legend class="fieldset__legend">{keep.legend}</legend>
      {options.map(({ value, id, label }) => (
        <div class="choice" key={id}>
          <input
            class="choice__input"
            type="radio"
            id={id}
            name="keep-on-device"
            checked={keepOnDevice === value}
            onChange={() => onChange(value)}
          />
          <label class="choice__label" for={id}>
            {label}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
