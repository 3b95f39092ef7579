// /admin/: a form to write meetings and news in, served from the site itself: Decap CMS in the
// dev server, saving through `npm run cms`; Sveltia CMS on a published site, saving to GitHub.
import { html, type Html } from "../src/html.ts";
import type { SiteData } from "../src/site/views.ts";
import { routes } from "../src/routes.ts";

export function adminPage(site: SiteData): Html {
  return html`<!DOCTYPE html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Redigér – ${site.settings.title}</title>
</head>
<body>
<noscript>Redigeringen kræver JavaScript.</noscript>
<link href="${routes.cmsConfig}" type="application/yaml" rel="cms-config-url">
<script src="${site.editing === "published" ? routes.publishedCmsScript : routes.localCmsScript}"></script>
</body>
</html>
`;
}
