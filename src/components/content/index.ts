import StartButton from '../StartButton.astro';
import EmbedCode from './EmbedCode.astro';
import DeepLinks from './DeepLinks.astro';
import InShort from './InShort.astro';
import Definition from './Definition.astro';
import Features from './Features.astro';
import OfflineDownload from '../offline/OfflineDownload.astro';

/** The components MDX pages may use without importing them (`<StartButton />`, `<EmbedCode />`…). */
export const contentComponents = { StartButton, EmbedCode, DeepLinks, InShort, Definition, Features, OfflineDownload };
