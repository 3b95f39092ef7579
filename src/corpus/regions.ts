// The network's regions and their municipalities, for a generated corpus: real Danish place
// names, as the regions.yaml, the venues and the speakers' organisations use them.

export interface RegionWords {
  key: string;
  name: string;
  description: string;
  /** municipalities, as their names are written in "<name> Kommune" */
  towns: readonly string[];
  /** venues the network returns to, beside the town halls and culture houses */
  venues: readonly { name: string; city: string }[];
}

export const REGIONS: readonly RegionWords[] = [
  {
    key: "midt-nord",
    name: "Midt-Nord",
    description: "Medlemmer fra Midt- og Nordjylland.",
    towns: [
      "Aalborg",
      "Aarhus",
      "Hjørring",
      "Mariagerfjord",
      "Viborg",
      "Randers",
      "Skive",
      "Thisted",
      "Frederikshavn",
      "Silkeborg",
      "Herning",
      "Holstebro",
      "Favrskov",
      "Syddjurs",
      "Skanderborg",
      "Horsens",
      "Brønderslev",
      "Læsø",
      "Samsø",
      "Ikast-Brande",
    ],
    venues: [
      { name: "Bramslevgaard", city: "Hobro" },
      { name: "Dokk1", city: "Aarhus" },
      { name: "Nordkraft", city: "Aalborg" },
    ],
  },
  {
    key: "hovedstaden",
    name: "Hovedstaden",
    description: "Medlemmer fra Region Hovedstaden.",
    towns: [
      "Frederiksberg",
      "København",
      "Gentofte",
      "Gladsaxe",
      "Ballerup",
      "Lyngby-Taarbæk",
      "Hvidovre",
      "Rødovre",
      "Albertslund",
      "Helsingør",
      "Hillerød",
      "Gribskov",
      "Furesø",
      "Bornholm",
      "Tårnby",
      "Dragør",
      "Herlev",
      "Høje-Taastrup",
    ],
    venues: [
      { name: "KL-huset", city: "København" },
      { name: "Frederiksberg Rådhus", city: "Frederiksberg" },
      { name: "DGI-Byen", city: "København" },
    ],
  },
  {
    key: "sjaelland",
    name: "Sjælland",
    description: "Medlemmer fra Region Sjælland.",
    towns: [
      "Næstved",
      "Sorø",
      "Lolland",
      "Roskilde",
      "Køge",
      "Holbæk",
      "Slagelse",
      "Guldborgsund",
      "Vordingborg",
      "Kalundborg",
      "Ringsted",
      "Faxe",
      "Stevns",
      "Odsherred",
      "Greve",
      "Solrød",
      "Lejre",
    ],
    venues: [
      { name: "Næstved Rådhus", city: "Næstved" },
      { name: "Musicon", city: "Roskilde" },
      { name: "Comwell Køge Strand", city: "Køge" },
    ],
  },
  {
    key: "syddanmark",
    name: "Syddanmark",
    description: "Medlemmer fra Region Syddanmark.",
    towns: [
      "Svendborg",
      "Esbjerg",
      "Aabenraa",
      "Odense",
      "Kolding",
      "Vejle",
      "Fredericia",
      "Sønderborg",
      "Haderslev",
      "Tønder",
      "Middelfart",
      "Nyborg",
      "Faaborg-Midtfyn",
      "Ærø",
      "Varde",
      "Billund",
      "Vejen",
      "Fanø",
    ],
    venues: [
      { name: "Svendborg Rådhus", city: "Svendborg" },
      { name: "Odense Congress Center", city: "Odense" },
      { name: "Koldinghus", city: "Kolding" },
    ],
  },
];

/** Municipalities whose organisation is not simply "<town> Kommune". */
const MUNICIPALITY_NAMES: Record<string, string> = {
  København: "Københavns Kommune",
  Bornholm: "Bornholms Regionskommune",
};

export function municipality(town: string): string {
  return MUNICIPALITY_NAMES[town] ?? `${town} Kommune`;
}
