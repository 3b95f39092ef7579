// The raw material of a generated corpus besides its places (regions.ts): venues, themes,
// people's names and the phrases reports are written in, with æ, ø and å, so that slugs,
// sorting and Latin-1 output meet what real content holds.

/** Physical venues in a town: the name after the town, and the street they are on. */
export const VENUE_KINDS: readonly { suffix: string; street: string }[] = [
  { suffix: "Rådhus", street: "Rådhuspladsen" },
  { suffix: "Rådhus", street: "Torvet" },
  { suffix: "Kulturhus", street: "Kulturvej" },
  { suffix: "Bibliotek", street: "Biblioteksgade" },
  { suffix: "Borgerservice", street: "Jernbanegade" },
  { suffix: "Konferencecenter", street: "Strandvejen" },
];

/** Where online meetings happen, from the year each came into use; some get a join address. */
export const ONLINE_VENUES: readonly { name: string; since: number; joinUrl?: string }[] = [
  { name: "Skype for Business", since: 2015 },
  { name: "Microsoft Teams", since: 2018, joinUrl: "https://teams.microsoft.com/l/meetup-join/" },
  { name: "Microsoft Teams", since: 2018 },
  { name: "Zoom", since: 2020, joinUrl: "https://zoom.us/j/" },
];

/** The themes a network like this meets about, the most talked about first. */
export const THEMES: readonly string[] = [
  "Rammearkitektur",
  "Brugerstyring",
  "Brug og implementering af rammearkitekturen",
  "Implementering af it-arkitekturprincipper",
  "Monopolbrud",
  "Datadeling",
  "Informationssikkerhed",
  "Dialogværktøjer",
  "Jobfunktionsroller",
  "Serviceplatformen",
  "Fælleskommunal digitaliseringsstrategi",
  "Støttesystemer",
  "Cloud og hosting",
  "GDPR i praksis",
  "Arkitekturstyring",
  "Porteføljestyring",
  "Kunstig intelligens",
  "Open source",
  "Udbud og kontraktstyring",
  "Integrationsplatforme",
  "Dokumentation af it-landskabet",
  "Fælles sprog for data",
  "Gevinstrealisering",
  "Løsninger på tværs af forvaltninger",
];

/** Makes more themes from the ones above as an archive grows: "Datadeling i praksis". */
export const THEME_QUALIFIERS: readonly string[] = [
  "i praksis",
  "på tværs af kommuner",
  "og gevinster",
  "i fagsystemerne",
  "for ledere",
  "og økonomi",
  "i udbud",
  "og borgerne",
  "i driften",
  "og sikkerhed",
  "i den fælles arkitektur",
  "trin for trin",
  "og ansvar",
  "i mindre kommuner",
  "og leverandørerne",
  "og kompetencer",
  "i hverdagen",
  "og styring",
  "på ældreområdet",
  "i skolerne",
];

export const FIRST_NAMES: readonly string[] = [
  "Anne",
  "Mette",
  "Lars",
  "Jens",
  "Hanne",
  "Søren",
  "Mogens",
  "Birgitte",
  "Kirsten",
  "Niels",
  "Peter",
  "Louise",
  "Morten",
  "Camilla",
  "Rasmus",
  "Sofie",
  "Martin",
  "Zahra",
  "Ole",
  "Gerner",
  "Jan",
  "Anja",
  "Maja",
  "Ida",
  "Frederik",
  "Jørgen",
  "Bjørn",
  "Line",
  "Aase",
  "Bodil",
  "Kåre",
  "Ahmed",
  "Helle",
];

export const MIDDLE_NAMES: readonly string[] = ["Dahlstrøm", "Bøgh", "Krogh", "Lund", "Skov", "Holm", "Juul"];

export const SURNAMES: readonly string[] = [
  "Jensen",
  "Nielsen",
  "Hansen",
  "Pedersen",
  "Andersen",
  "Christensen",
  "Larsen",
  "Sørensen",
  "Rasmussen",
  "Jørgensen",
  "Petersen",
  "Madsen",
  "Kristensen",
  "Olsen",
  "Thomsen",
  "Lilleør",
  "Vinter",
  "Blasius",
  "Zinglersen",
  "Lønbo",
  "Al-Asfoor",
  "Dahl",
  "Møller",
  "Østergaard",
  "Brøndum",
  "Aagaard",
  "Aaen",
  "Ågesen",
];

export const ROLES: readonly string[] = [
  "it-arkitekt",
  "chefkonsulent",
  "digitaliseringskonsulent",
  "it-chef",
  "projektleder",
  "konsulent",
  "enhedschef",
  "arkitekt",
  "digitaliseringschef",
  "informationssikkerhedskoordinator",
];

export const NATIONAL_ORGANISATIONS: readonly string[] = [
  "KL",
  "KOMBIT",
  "Digitaliseringsstyrelsen",
  "Styrelsen for Dataforsyning og Infrastruktur",
];

// Sentences of a report are put together from these parts: "Deltagerne" + "efterlyste" +
// "fælles standarder for integrationer" + ", især i de mindre kommuner".
export const SUBJECTS: readonly string[] = [
  "Kommunerne",
  "Deltagerne",
  "Netværket",
  "Flere kommuner",
  "Oplægsholderen",
  "Arkitekterne",
  "Projektgruppen",
  "Leverandøren",
  "Styregruppen",
  "En af deltagerne",
];

export const VERBS: readonly string[] = [
  "drøftede",
  "pegede på",
  "efterlyste",
  "delte erfaringer med",
  "beskrev",
  "arbejder videre med",
  "så gerne mere fokus på",
  "har gode erfaringer med",
  "spurgte ind til",
  "fremhævede",
];

export const OBJECTS: readonly string[] = [
  "genbrug af data på tværs af forvaltninger",
  "fælles standarder for integrationer",
  "ansvaret for brugerstyring",
  "styring af leverandørerne",
  "gevinsterne ved rammearkitekturen",
  "dokumentationen af it-landskabet",
  "roller og adgange i fagsystemerne",
  "kravene i næste udbud",
  "en fælles tilgang til informationssikkerhed",
  "overgangen til Serviceplatformen",
  "principperne for god it-arkitektur",
  "forankringen i ledelsen",
  "dialogen med fagforvaltningerne",
  "værktøjer til porteføljestyring",
  "borgernes adgang til egne data",
];

export const TAILS: readonly string[] = [
  "",
  "",
  "",
  " i det daglige arbejde",
  ", især i de mindre kommuner",
  " frem mod næste møderunde",
  ", og det gav en god diskussion",
  " – men der er langt igen",
  " sammen med KL",
  " i flere år",
];

/** Headlines of news that is about no meeting in particular. */
export const GENERAL_NEWS: readonly string[] = [
  "Nyt fra styregruppen",
  "Netværket får ny hjemmeside",
  "Ny version af rammearkitekturen",
  "Sådan bruger du referaterne",
  "Vi mangler værter til næste møderunde",
  "Årets temaer er fundet",
  "Ny koordinator i netværket",
  "Spørgeskema om netværkets møder",
  "Fem gode råd om it-arkitektur",
];
