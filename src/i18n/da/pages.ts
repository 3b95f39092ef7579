// The words of the pages that stand alone: the accessibility statement Danish public-sector
// sites must publish, the page for an address that does not exist, and the search page.
import { html } from "../../html.ts";

/** Where the search page's text without JavaScript points instead (src/routes.ts). */
type Indexes = Record<"regions" | "themes" | "organisations" | "people" | "venues" | "rounds" | "years", string>;

export const pages = {
  accessibility: {
    intro: (site: string) => html`${site} skal kunne bruges af alle. Siden er bygget til at overholde
<a href="https://www.w3.org/Translations/WCAG21-da/">WCAG 2.1</a> på niveau A og AA, som offentlige
hjemmesider i Danmark skal.`,
    howHeading: "Sådan er siden lavet",
    how: [
      "Alt indhold kan læses uden JavaScript; kun søgningen bruger det.",
      "Siden kan bruges med tastatur alene, og et link øverst springer direkte til indholdet.",
      "Overskrifter, landemærker og brødkrummer viser sidens opbygning for skærmlæsere.",
      "Farverne har kontrast nok i både lyst og mørkt tema, og teksten kan forstørres.",
      "Hver side testes automatisk i en rigtig browser med axe for reglerne i WCAG 2.1 A og AA.",
    ],
    problemHeading: "Fandt du et problem?",
    problem: html`Oplever du noget på siden, du ikke kan bruge, så skriv til netværkets sekretariat. Du kan også
klage til <a href="https://digst.dk/digital-inklusion/webtilgaengelighed/">Digitaliseringsstyrelsen</a>.`,
  },

  notFound: {
    title: "Siden findes ikke",
    text: "Vi kan ikke finde den side, du leder efter. Den kan være flyttet, eller adressen kan være skrevet forkert.",
    home: "Gå til forsiden",
    regions: "Se møderne region for region",
    themes: "Se alle temaer",
    years: "Se arkivet år for år",
  },

  search: {
    heading: "Søg i referater og nyheder",
    noScript: (to: Indexes) => html`Søgningen bruger JavaScript, som er slået fra i din browser. Du kan finde alle møder og nyheder uden:
  efter <a href="${to.regions}">region</a>, <a href="${to.themes}">tema</a>, <a href="${to.organisations}">organisation</a>,
  <a href="${to.people}">person</a>, <a href="${to.venues}">sted</a>, <a href="${to.rounds}">møderunde</a> og
  <a href="${to.years}">år</a>.`,
  },
};
