// Danish: every word a reader sees, and how the site writes, sorts and addresses in Danish.
// Split by where the words appear, and put together as one table (src/i18n/index.ts names
// its type); a test holds the areas to keys of their own, so that none hides another's.
import { language } from "./language.ts";
import { article, meeting } from "./meeting.ts";
import { lists } from "./lists.ts";
import { outputs } from "./outputs.ts";
import { pages } from "./pages.ts";
import { shared } from "./shared.ts";

export const areas = [language, shared, { meeting, article }, lists, pages, outputs] as const;

export const da = { ...language, ...shared, meeting, article, ...lists, ...pages, ...outputs };
