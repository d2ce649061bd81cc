import { resourcesEn } from './resources-en';
import { resourcesId } from './resources-id';

/** Both languages at once, for the translation tests (the app loads English only when chosen). */
export const resources = { id: resourcesId, en: resourcesEn };
