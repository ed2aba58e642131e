import { useEffect, useState } from 'preact/hooks';
import { carryFragmentToLanguageSwitch } from './languageSwitch';

/**
 * The address's fragment, without `#`, followed as it changes (a second result link opened on the
 * same page), and carried to the language switch. Undefined until the script runs: the server's
 * markup cannot know it, as the answers never reach a server.
 */
export function useFragment(): string | undefined {
  const [fragment, setFragment] = useState<string>();
  useEffect(() => {
    const read = () => {
      setFragment(location.hash.slice(1));
      carryFragmentToLanguageSwitch();
    };
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);
  return fragment;
}
