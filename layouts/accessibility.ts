// The accessibility statement ("tilgængelighedserklæring") Danish public-sector sites
// publish and link from every page.
import { html, type Html } from "../src/html.ts";
import { routes } from "../src/routes.ts";
import type { SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";

export function accessibilityPage(site: SiteData): Html {
  return basePage({
    site,
    url: routes.accessibility,
    title: "Tilgængelighedserklæring",
    trail: [{ title: "Tilgængelighedserklæring" }],
    main: html`<h1>Tilgængelighedserklæring</h1>
<p>${site.settings.title} skal kunne bruges af alle. Siden er bygget til at overholde
<a href="https://www.w3.org/Translations/WCAG21-da/">WCAG 2.1</a> på niveau A og AA, som offentlige
hjemmesider i Danmark skal.</p>
<h2>Sådan er siden lavet</h2>
<ul>
  <li>Alt indhold kan læses uden JavaScript; kun søgningen bruger det.</li>
  <li>Siden kan bruges med tastatur alene, og et link øverst springer direkte til indholdet.</li>
  <li>Overskrifter, landemærker og brødkrummer viser sidens opbygning for skærmlæsere.</li>
  <li>Farverne har kontrast nok i både lyst og mørkt tema, og teksten kan forstørres.</li>
  <li>Hver side testes automatisk i en rigtig browser med axe for reglerne i WCAG 2.1 A og AA.</li>
</ul>
<h2>Fandt du et problem?</h2>
<p>Oplever du noget på siden, du ikke kan bruge, så skriv til netværkets sekretariat. Du kan også
klage til <a href="https://digst.dk/digital-inklusion/webtilgaengelighed/">Digitaliseringsstyrelsen</a>.</p>`,
  });
}
