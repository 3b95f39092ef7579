// How a page looks when it is shared: Open Graph (read by LinkedIn, Facebook, Slack, Teams)
// and the Twitter card (X), in their own vocabulary; the words are the page's own.
import { html, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import { routes } from "../src/routes.ts";
import type { SiteData } from "../src/site/views.ts";

/** What a shared page is: the page shell's own fields (base.ts). */
interface SharedPage {
  site: SiteData;
  url: string;
  title?: string;
  description?: string;
  /** a news article's day: shared as an article */
  published?: string;
  /** the page's own picture (a meeting's), shared in place of the site's */
  image?: { url: string; alt: string };
}

export function sharing({ site, url, title, description, published, image: own }: SharedPage): Html {
  const { settings } = site;
  const image = own ?? (settings.image && { url: routes.media(settings.image.file), alt: settings.image.alt });
  return html`
<meta property="og:type" content="${published ? "article" : "website"}">
<meta property="og:site_name" content="${settings.title}">
<meta property="og:title" content="${title ?? settings.title}">
<meta property="og:description" content="${description ?? settings.description}">
<meta property="og:url" content="${routes.absolute(url)}">
<meta property="og:locale" content="${i18n.ogLocale}">${
    image &&
    html`
<meta property="og:image" content="${routes.absolute(image.url)}">
<meta property="og:image:alt" content="${image.alt}">`
  }${
    published &&
    html`
<meta property="article:published_time" content="${published}">`
  }
<meta name="twitter:card" content="${image ? "summary_large_image" : "summary"}">`;
}
