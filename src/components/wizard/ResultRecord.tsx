import { RULES_VERSION } from '../../machines/answers';
import type { WizardWords } from '../../i18n/wizard-words';
import { format } from '../../i18n/format';

interface Props {
  words: WizardWords;
  locale: string;
  /** The address that reopens this result. */
  link: string;
  sources: readonly { title: string; url: string }[];
}

/** The printed record: the date, the rules version, the link that reopens it, and the sources. */
export function ResultRecord({ words, locale, link, sources }: Props) {
  const { result } = words;
  return (
    <footer class="record">
      <p>{format(result.printedOn, { date: new Date().toLocaleDateString(locale, { dateStyle: 'long' }) })}</p>
      <p>{format(result.rulesVersion, { version: RULES_VERSION })}</p>
      <p>
        {/* Addresses read left to right in every language, isolated from the text around them. */}
        {result.reopenLink}{' '}
        <span class="record__link" dir="ltr">
          {link}
        </span>
      </p>
      <p>{result.sources}</p>
      <ul>
        {sources.map((source) => (
          <li key={source.url}>
            {source.title}: <span dir="ltr">{source.url}</span>
          </li>
        ))}
      </ul>
    </footer>
  );
}
