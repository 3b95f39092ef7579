// The words of the pages that stand alone: the accessibility statement Danish public-sector
// sites must publish, the page for an address that does not exist, and the search page.
import { html, type Content } from "../../html.ts";

/** Where the search page's text without JavaScript points instead (src/routes.ts). */
type Indexes = Record<"regions" | "themes" | "organisations" | "people" | "venues" | "rounds" | "years", string>;

export const pages = {
  // in the order of the statements Danish public bodies publish in Digitaliseringsstyrelsen's WAS-Tool
  accessibility: {
    intro: (site: string) => html`${site} skal kunne bruges af alle. Her kan du læse, i hvilket omfang siden lever op til
kravene til tilgængelighed, hvad der ikke er tilgængeligt, og hvem du kan kontakte.`,
    statusHeading: "Overholdelsesstatus",
    // honest about the part the code cannot promise: what editors write and upload
    status: html`Siden overholder delvist <a href="https://www.w3.org/Translations/WCAG21-da/">WCAG 2.1</a> på niveau A og AA,
som offentlige hjemmesider i Danmark skal. Sidens opbygning, navigation og søgning er lavet og testet til at overholde
kravene. Referaterne, nyhederne og de filer, der er lagt op til dem, skrives af netværkets redaktører og testes ikke på
samme måde.`,
    notAccessibleHeading: "Indhold, der ikke er tilgængeligt",
    notAccessible: [
      "Filer, der er lagt op til møderne, f.eks. præsentationer i PDF, er ikke nødvendigvis tilgængelige.",
      "Billeder i referater og nyheder kan mangle en tekst, der beskriver dem.",
      "Søgningen kræver JavaScript. Uden den kan alle møder og nyheder findes efter region, tema, person og år.",
    ],
    notAccessibleHelp: "Har du brug for noget af indholdet i en anden form, så kontakt os.",
    howHeading: "Sådan er erklæringen udarbejdet",
    howIntro: "Erklæringen bygger på netværkets egen vurdering og på test, der køres, hver gang siden bygges:",
    how: [
      "Alt indhold kan læses uden JavaScript; kun søgningen bruger det.",
      "Siden kan bruges med tastatur alene, og et link øverst springer direkte til indholdet.",
      "Overskrifter, landemærker og brødkrummer viser sidens opbygning for skærmlæsere.",
      "Farverne har kontrast nok i både lyst og mørkt tema, og teksten kan forstørres.",
      "Hver side testes automatisk i en rigtig browser med axe for reglerne i WCAG 2.1 A og AA.",
    ],
    contactHeading: "Feedback og kontaktoplysninger",
    /** `email` and `phone`: links, either of them missing when site.yaml gives none */
    contact: (email: Content, phone: Content) =>
      email || phone
        ? html`Oplever du noget på siden, du ikke kan bruge, så ${email && html`skriv til ${email}`}${email && phone && " eller "}${phone && html`ring på ${phone}`}.`
        : "Oplever du noget på siden, du ikke kan bruge, så kontakt netværkets sekretariat.",
    privacy: "Skriv ikke fortrolige eller følsomme personoplysninger, f.eks. dit cpr-nummer, når du kontakter os.",
    enforcementHeading: "Håndhævelsesprocedure",
    enforcement: html`Digitaliseringsstyrelsen fører tilsyn med, at offentlige hjemmesider lever op til loven om webtilgængelighed.
Har du ikke fået svar fra os inden for 10 arbejdsdage, eller er du ikke tilfreds med svaret, kan du
<a href="https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/">henvende dig til
Digitaliseringsstyrelsen</a>.`,
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
