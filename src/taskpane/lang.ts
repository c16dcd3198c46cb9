/** The pane's language and its words: Office's display language decides, Chinese otherwise. */
import { message, type Lang } from '../messages';

/**
 * English for an English Office, Chinese for everything else (the add-in's users are Chinese teams).
 * @example langFromDisplayLanguage('en-US') === 'en'; langFromDisplayLanguage(undefined) === 'zh'
 */
export function langFromDisplayLanguage(displayLanguage: string | null | undefined): Lang {
  return displayLanguage && /^en(-|$)/i.test(displayLanguage) ? 'en' : 'zh';
}

export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

/** Words of the pane: t('close') is '月结' in Chinese. */
export function translator(lang: Lang): Translate {
  return (key, params = {}) => message(`taskpane.ui.${key}`, params, lang);
}
