"""Small, hand-kept name tables: what a small NER model gets wrong or spells many ways.

Data only. Keys are case-folded surface forms (after a leading "the" and a
possessive are stripped); values are the canonical name and its type. The
tables hold very common countries, blocs and institutions, not people: people
are resolved from the full names the articles themselves give.
"""

from __future__ import annotations

# surface form -> (canonical name, type)
CANONICAL: dict[str, tuple[str, str]] = {}


def _add(canonical: str, kind: str, *aliases: str) -> None:
    for alias in (canonical, *aliases):
        CANONICAL[alias.casefold()] = (canonical, kind)


_add(
    "United States",
    "GPE",
    "U.S.",
    "US",
    "U.S",
    "USA",
    "U.S.A.",
    "America",
    "United States of America",
)
_add("United Kingdom", "GPE", "UK", "U.K.", "Britain", "Great Britain")
_add("Russia", "GPE", "Russian Federation", "the Russian Federation")
_add(
    "China",
    "GPE",
    "PRC",
    "People's Republic of China",
    "People’s Republic of China",
    "mainland China",
)
_add("European Union", "ORG", "EU", "E.U.")
# US federal agencies and leagues that news names by acronym as often as in full
_add("Federal Bureau of Investigation", "ORG", "FBI", "F.B.I.")
_add("Central Intelligence Agency", "ORG", "CIA", "C.I.A.")
_add(
    "U.S. Securities and Exchange Commission",
    "ORG",
    "Securities and Exchange Commission",
    "US Securities and Exchange Commission",
    "SEC",
)
_add("Food and Drug Administration", "ORG", "FDA", "U.S. Food and Drug Administration")
_add("Federal Trade Commission", "ORG", "FTC", "U.S. Federal Trade Commission")
_add("Federal Communications Commission", "ORG", "FCC")
_add("Environmental Protection Agency", "ORG", "EPA")
_add("National Football League", "ORG", "NFL")
_add("National Basketball Association", "ORG", "NBA")
_add("National Hockey League", "ORG", "NHL")
_add("Major League Baseball", "ORG", "MLB")
_add("International Monetary Fund", "ORG", "IMF")
_add("United Nations", "ORG", "UN", "U.N.")
# The United Nations' bodies go by its acronym and their own name: "UN Security Council"
# is the United Nations Security Council, "U.N. General Assembly" its General Assembly.
ACRONYM_PREFIXES = {"un": "United Nations", "u.n.": "United Nations"}
_add("Islamic State", "ORG", "ISIS", "ISIL", "Daesh", "Islamic State of Iraq and Syria")
_add(
    "NATO",
    "ORG",
    "Nato",
    "North Atlantic Treaty Organization",
    "North Atlantic Treaty Organisation",
)
_add("Shanghai Cooperation Organisation", "ORG", "SCO", "Shanghai Cooperation Organization")
_add("BRICS", "ORG", "Brics")
_add("Ukraine", "GPE")
_add("Iran", "GPE", "Islamic Republic of Iran")
_add("North Korea", "GPE", "DPRK", "Democratic People's Republic of Korea")
_add("South Korea", "GPE", "Republic of Korea", "ROK")
_add("Taiwan", "GPE")
# regions the small model calls LOC that are administrative units, hence GPE
for _region in ("Inner Mongolia", "Xinjiang", "Tibet", "Guangdong", "Hubei", "Kashmir"):
    _add(_region, "GPE")
_add("India", "GPE")
_add("Israel", "GPE")
_add("Yemen", "GPE")
_add("Georgia", "GPE")
_add("Germany", "GPE")
_add("France", "GPE")
_add("Japan", "GPE")
_add("Brazil", "GPE")
_add("United Arab Emirates", "GPE", "UAE", "U.A.E.")
_add("Gaza", "GPE", "Gaza Strip")
_add("Soviet Union", "GPE", "USSR", "U.S.S.R.")
# Recurring news events the model reads as organisations or places.
_add("Brexit", "EVENT")
for _competition in ("Champions League", "Europa League", "World Cup", "Olympic Games"):
    _add(_competition, "EVENT")
# Religious festivals the model reads as organisations or places ("ahead of Diwali")
for _festival in (
    "Diwali",
    "Holi",
    "Hanukkah",
    "Passover",
    "Nowruz",
    "Yom Kippur",
    "Rosh Hashanah",
):
    _add(_festival, "EVENT")
_add("Washington", "GPE", "Washington D.C.", "Washington, D.C.")
_add("Beijing", "GPE")
_add("Moscow", "GPE")
_add("Kyiv", "GPE", "Kiev")
_add("Brussels", "GPE")
_add("Tehran", "GPE")
_add("Kremlin", "ORG")
_add("White House", "ORG")
_add("Pentagon", "ORG")
_add("State Department", "ORG", "US State Department", "U.S. State Department")
_add("Congress", "ORG", "US Congress", "U.S. Congress")
# Congress's intelligence committees, known by their short names
_add(
    "House Intelligence Committee",
    "ORG",
    "House Select Committee on Intelligence",
    "House Permanent Select Committee on Intelligence",
)
_add(
    "Senate Intelligence Committee",
    "ORG",
    "Senate Select Committee on Intelligence",
    "Senate Permanent Select Committee on Intelligence",
)
# a US or UK party's members in the plural stand for the party ("the Democrats are alleging");
# its full name keeps the type the model gives it, so only the plurals are listed
for _members, _party in (
    ("democrats", "Democratic Party"),
    ("dems", "Democratic Party"),
    ("republicans", "Republican Party"),
    ("conservatives", "Conservative Party"),  # and the UK's main parties
    ("tories", "Conservative Party"),
):
    CANONICAL[_members] = (_party, "NORP")
_add("European Parliament", "ORG")
_add("Houthis", "ORG", "Houthi movement", "Ansar Allah")
_add("Hamas", "ORG")
_add("Hezbollah", "ORG")
_add("Xinhua", "ORG", "Xinhua News Agency")
_add("Tass", "ORG", "TASS")
_add("CCTV", "ORG")
# Platforms the small model reads as people or places, or misses ("said on Twitter").
PLATFORMS = ("Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "Netflix", "WhatsApp")
for _platform in PLATFORMS:
    _add(_platform, "ORG")
_add("Google", "ORG")
_add("Microsoft", "ORG")
# Screen and music awards are works of art (OntoNotes), under their nicknames too; the
# model reads "the Golden Globe" as a building and "the Oscars" as an organisation.
_add("Academy Awards", "WORK_OF_ART", "Academy Award", "Oscars", "Oscar")
_add("Golden Globe Awards", "WORK_OF_ART", "Golden Globe Award", "Golden Globes", "Golden Globe")
_add("Emmy Awards", "WORK_OF_ART", "Emmy Award", "Emmys", "Emmy")
_add("Grammy Awards", "WORK_OF_ART", "Grammy Award", "Grammys", "Grammy")
_add("Tony Awards", "WORK_OF_ART", "Tony Award", "Tonys")
_add("BAFTA Awards", "WORK_OF_ART", "BAFTA Award", "BAFTAs")
_add("Screen Actors Guild Awards", "WORK_OF_ART", "Screen Actors Guild Award", "SAG Awards")
_add(
    "Critics' Choice Awards",
    "WORK_OF_ART",
    "Critics Choice Awards",
    "Critics' Choice Award",
    "Critics Choice Award",
    "Critics' Choice",
    "Critics Choice",
)
# Laws best known by a nickname.
_add("Affordable Care Act", "LAW", "Obamacare")
# Industries named after the place they grew in stand for the industry: "Hollywood
# studios", "Wall Street analysts" (the model reads them as places or people).
INDUSTRY_NAMES = ("Hollywood", "Bollywood", "Nollywood", "Wall Street")
for _industry in INDUSTRY_NAMES:
    _add(_industry, "ORG")
# Lowercase words a surname may start with: "von der Leyen", "de Blasio", "bin Salman".
SURNAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le"}
    | {"dos", "das", "do", "bin", "ibn", "al"}
)
# Known names the model often leaves untagged ("repeal Obamacare").
OFTEN_UNTAGGED = (*INDUSTRY_NAMES, "Obamacare", "Oscars", "Oscar", "Golden Globes", "Golden Globe")
_add("Oval Office", "FAC")
_add("Great Hall of the People", "FAC")
_add("Red Square", "FAC")
_add("Tiananmen Square", "FAC")
_add("Middle East", "LOC")
_add("Red Sea", "LOC")
_add("South China Sea", "LOC")
_add("Global South", "LOC")
_add("Indo-Pacific", "LOC")
_add("Asia-Pacific", "LOC")

# Every other sovereign state (and a few territories) by its short English name:
# a small model often types "Jordan" PERSON or "Chad" ORG.
COUNTRIES = [
    "Afghanistan",
    "Albania",
    "Algeria",
    "Andorra",
    "Angola",
    "Argentina",
    "Armenia",
    "Australia",
    "Austria",
    "Azerbaijan",
    "Bahamas",
    "Bahrain",
    "Bangladesh",
    "Barbados",
    "Belarus",
    "Belgium",
    "Belize",
    "Benin",
    "Bhutan",
    "Bolivia",
    "Botswana",
    "Brunei",
    "Bulgaria",
    "Burundi",
    "Cambodia",
    "Cameroon",
    "Canada",
    "Chad",
    "Chile",
    "Colombia",
    "Comoros",
    "Congo",
    "Croatia",
    "Cuba",
    "Cyprus",
    "Denmark",
    "Djibouti",
    "Dominica",
    "Ecuador",
    "Egypt",
    "Eritrea",
    "Estonia",
    "Eswatini",
    "Ethiopia",
    "Fiji",
    "Finland",
    "Gabon",
    "Gambia",
    "Ghana",
    "Greece",
    "Grenada",
    "Guatemala",
    "Guinea",
    "Guyana",
    "Haiti",
    "Honduras",
    "Hungary",
    "Iceland",
    "Indonesia",
    "Iraq",
    "Ireland",
    "Italy",
    "Jamaica",
    "Jordan",
    "Kazakhstan",
    "Kenya",
    "Kiribati",
    "Kosovo",
    "Kuwait",
    "Kyrgyzstan",
    "Laos",
    "Latvia",
    "Lebanon",
    "Lesotho",
    "Liberia",
    "Libya",
    "Liechtenstein",
    "Lithuania",
    "Luxembourg",
    "Madagascar",
    "Malawi",
    "Malaysia",
    "Maldives",
    "Mali",
    "Malta",
    "Mauritania",
    "Mauritius",
    "Mexico",
    "Micronesia",
    "Moldova",
    "Monaco",
    "Mongolia",
    "Montenegro",
    "Morocco",
    "Mozambique",
    "Myanmar",
    "Namibia",
    "Nauru",
    "Nepal",
    "Netherlands",
    "Nicaragua",
    "Niger",
    "Nigeria",
    "Norway",
    "Oman",
    "Pakistan",
    "Palau",
    "Palestine",
    "Panama",
    "Paraguay",
    "Peru",
    "Philippines",
    "Poland",
    "Portugal",
    "Qatar",
    "Romania",
    "Rwanda",
    "Samoa",
    "Senegal",
    "Serbia",
    "Seychelles",
    "Singapore",
    "Slovakia",
    "Slovenia",
    "Somalia",
    "Spain",
    "Sudan",
    "Suriname",
    "Sweden",
    "Switzerland",
    "Syria",
    "Tajikistan",
    "Tanzania",
    "Thailand",
    "Togo",
    "Tonga",
    "Tunisia",
    "Turkey",
    "Turkmenistan",
    "Tuvalu",
    "Uganda",
    "Uzbekistan",
    "Vanuatu",
    "Venezuela",
    "Vietnam",
    "Zambia",
    "Zimbabwe",
] + [
    "Saudi Arabia",
    "South Africa",
    "South Sudan",
    "New Zealand",
    "Sri Lanka",
    "Costa Rica",
    "El Salvador",
    "Czech Republic",
    "North Macedonia",
    "Sierra Leone",
    "Burkina Faso",
    "Ivory Coast",
    "Papua New Guinea",
    "Equatorial Guinea",
    "Hong Kong",
    "West Bank",
    "Bosnia and Herzegovina",
    "Dominican Republic",
    "Central African Republic",
    "East Timor",
    "Trinidad and Tobago",
]
for _country in COUNTRIES:
    CANONICAL.setdefault(_country.casefold(), (_country, "GPE"))
_add("Czech Republic", "GPE", "Czechia")
_add("Turkey", "GPE", "Türkiye")
_add("Myanmar", "GPE", "Burma")

# Seats of power that are also buildings: FAC after "in" / "at" ("in the Kremlin").
BUILDINGS = frozenset({"kremlin", "white house", "pentagon", "elysee", "élysée", "downing street"})

# Words that name a newspaper or news service: "The Washington Post", "Fox News".
NEWS_OUTLET_WORDS = frozenset(
    {"news", "times", "post", "press", "journal", "herald", "tribune", "gazette", "telegraph"}
)
# Last words of a company's name beyond the legal forms ("Dick Clark Productions")
COMPANY_WORDS = frozenset(
    {"productions", "records", "entertainment", "studios", "pictures", "interactive"}
    | {"robotics", "aerospace", "systems", "labs", "industries", "ventures", "enterprises"}
)
# Last words that make a name an organisation, whatever the model said
# ("the South China Morning Post" was typed LOC).
ORG_SUFFIXES = NEWS_OUTLET_WORDS | frozenset(
    {"agency", "guardian", "network", "radio", "television", "tv", "broadcaster"}
    | {"ministry", "council", "party", "union", "organisation", "organization", "institute"}
    | {"university", "college", "company", "corporation", "bank", "group", "committee"}
    | {"office", "department", "court", "parliament", "assembly", "army", "navy", "forces"}
    | {"police", "commission", "foundation", "association", "league"}
    | {"media", "capital", "holdings", "partners", "inc", "inc.", "corp", "corp.", "ltd", "llc"}
    | {"airlines", "airways", "motors", "technologies", "pharmaceuticals", "fc", "coalition"}
    | COMPANY_WORDS
    | {"united", "rovers", "wanderers", "athletic", "hotspur"}  # "Manchester United"
    | {"courant", "chronicle", "inquirer", "examiner", "observer", "bee"}  # newspapers
)
# Last words of a company's full name, whose first word alone is its short form
# ("Fortress Investment Group" ... "Fortress").
COMPANY_SUFFIXES = frozenset(
    {"group", "capital", "holdings", "partners", "inc", "inc.", "corp", "corp.", "co."}
    | {"company", "corporation", "llc", "ltd", "investments"}
    | {"media", "airlines", "airways", "motors", "technologies", "pharmaceuticals"}
    | COMPANY_WORDS
    | {"hotspur", "rovers", "wanderers", "athletic", "fc"}  # clubs: "Tottenham Hotspur"
)
# Last words of a government body named after its country: "US Senate", "U.S. House
# Intelligence Committee", "UK Home Office".
INSTITUTION_WORDS = frozenset(
    {"senate", "congress", "house", "department", "committee", "office", "ministry"}
    | {"court", "agency", "administration", "commission", "council", "bureau", "service"}
)
# Group adjectives the small model leaves untagged ("Western leaders"): NORP.
GROUP_ADJECTIVES = frozenset({"western"})
# Last words of a disease's name, which is no entity: "Eastern Equine Encephalitis"
DISEASE_WORDS = frozenset(
    {"encephalitis", "fever", "virus", "flu", "influenza", "syndrome", "disease", "hepatitis"}
    | {"meningitis", "pneumonia", "measles", "tuberculosis", "cholera", "malaria", "pox"}
)
# Nouns after which a name is a weapon system: "Himars rocket launchers", "Patriot air
# defence", "Storm Shadow missiles".
# Nouns after a name that make it a product: "the Blue Moon lander", "a Stadia console"
PRODUCT_NOUNS = frozenset(
    {"lander", "spacecraft", "capsule", "rover", "console", "smartphone", "headset", "app"}
)
WEAPON_NOUNS = frozenset(
    {"missile", "rocket", "launcher", "drone", "tank", "jet", "howitzer", "interceptor"}
    | {"air", "defence", "defense", "helicopter", "warplane", "munition"}
)
# Nouns that name what a company is: "the chain Gannett", "Acme, a lumber company".
COMPANY_NOUNS = frozenset(
    {"company", "firm", "chain", "publisher", "retailer", "carmaker", "automaker", "startup"}
    | {"insurer", "lender", "conglomerate", "broadcaster", "website", "airline", "manufacturer"}
    | {"provider", "maker", "developer", "supplier", "operator", "producer", "distributor"}
    | {"contractor", "giant", "label", "studio", "platform", "nonprofit", "charity", "bank"}
    | {"organization", "organisation", "foundation", "group", "network", "site", "brand"}
)
# Offices known by their title, held for a state or city: "the New York attorney general"
PUBLIC_OFFICES = frozenset(
    {"attorney general", "inspector general", "district attorney", "comptroller", "ombudsman"}
)
# Last words of a building's name: "Chaoyang Hospital", "Metropolitan Correctional Center"
# is a facility (a "Center" alone may be a think tank, so only the prison's).
FACILITY_WORDS = frozenset(
    {"hospital", "statehouse", "capitol", "prison", "jail", "airport", "stadium", "arena"}
    | {"cathedral", "mosque", "bridge", "tower"}
)
# Last words of a treaty's or an agreement's name: "the Paris Agreement", "the Kyoto
# Protocol" are laws (OntoNotes), which the model reads as events.
LAW_WORDS = frozenset({"agreement", "accord", "accords", "treaty", "protocol", "act"})
# Names that are a region after "the" and a company without it: "fires in the Amazon",
# "Amazon pledged".
REGIONS_AFTER_THE = frozenset({"amazon"})
# Last words of an occasion's name: "the American Music Awards", "Singles Day".
EVENT_WORDS = frozenset(
    {"awards", "summit", "festival", "expo", "olympics", "championship", "championships"}
    | {"cup", "day", "marathon", "war", "prix", "final", "finals", "tournament"}
)
# Last words of a street name: "Caldwell Place" is a facility, not a person or an org.
STREET_WORDS = frozenset(
    {"street", "st.", "avenue", "ave.", "road", "rd.", "drive", "dr.", "boulevard", "blvd."}
    | {"lane", "place", "court", "terrace", "parkway", "highway", "square"}
)
# What only an organisation has: "Gannett's shareholders", "Tottenham's manager".
COMPANY_PARTS = frozenset(
    {"ceo", "chairman", "shareholder", "share", "stock", "board", "employee", "founder"}
    | {"subsidiary", "headquarters", "manager", "investor", "revenue", "profit", "owner"}
    | {"player", "squad", "coach", "spokesperson", "spokesman", "spokeswoman"}
)

# Nouns after which a name is a place: "the city of Sumy", "the port of Hodeidah".
PLACE_NOUNS = frozenset(
    {"city", "town", "village", "capital", "port", "province", "region", "district"}
)

# Nationality / group adjective -> the country it stands for, for affiliations
# ("Chinese Foreign Minister Wang Yi") and for actors ("Israeli jets struck ...").
DEMONYMS: dict[str, str] = {
    "american": "United States",
    "u.s.": "United States",
    "us": "United States",
    "british": "United Kingdom",
    "uk": "United Kingdom",
    "russian": "Russia",
    "chinese": "China",
    "ukrainian": "Ukraine",
    "iranian": "Iran",
    "israeli": "Israel",
    "indian": "India",
    "georgian": "Georgia",
    "german": "Germany",
    "french": "France",
    "japanese": "Japan",
    "brazilian": "Brazil",
    "egyptian": "Egypt",
    "belarusian": "Belarus",
    "serbian": "Serbia",
    "turkish": "Turkey",
    "pakistani": "Pakistan",
    "north korean": "North Korea",
    "south korean": "South Korea",
    "taiwanese": "Taiwan",
    "yemeni": "Yemen",
    "syrian": "Syria",
    "polish": "Poland",
    "italian": "Italy",
    "spanish": "Spain",
    "canadian": "Canada",
    "australian": "Australia",
    "saudi": "Saudi Arabia",
    "european": "European Union",
    "palestinian": "Palestine",
    "emirati": "United Arab Emirates",
    "kazakh": "Kazakhstan",
    "finnish": "Finland",
    "dutch": "Netherlands",
    "swedish": "Sweden",
    "norwegian": "Norway",
    "danish": "Denmark",
    "hungarian": "Hungary",
    "mexican": "Mexico",
    "south african": "South Africa",
    "houthi": "Houthis",
    "afghan": "Afghanistan",
    "albanian": "Albania",
    "algerian": "Algeria",
    "angolan": "Angola",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "armenian": "Armenia",
    "austrian": "Austria",
    "azerbaijani": "Azerbaijan",
    "bahamian": "Bahamas",
    "bahraini": "Bahrain",
    "bangladeshi": "Bangladesh",
    "barbadian": "Barbados",
    "belgian": "Belgium",
    "belizean": "Belize",
    "beninese": "Benin",
    "bhutanese": "Bhutan",
    "bolivian": "Bolivia",
    "bosnian": "Bosnia and Herzegovina",
    "botswanan": "Botswana",
    "bruneian": "Brunei",
    "bulgarian": "Bulgaria",
    "burkinabe": "Burkina Faso",
    "burmese": "Myanmar",
    "burundian": "Burundi",
    "cambodian": "Cambodia",
    "cameroonian": "Cameroon",
    "chadian": "Chad",
    "chilean": "Chile",
    "colombian": "Colombia",
    "croatian": "Croatia",
    "cuban": "Cuba",
    "cypriot": "Cyprus",
    "czech": "Czech Republic",
    "djiboutian": "Djibouti",
    "ecuadorean": "Ecuador",
    "ecuadorian": "Ecuador",
    "eritrean": "Eritrea",
    "estonian": "Estonia",
    "ethiopian": "Ethiopia",
    "fijian": "Fiji",
    "filipino": "Philippines",
    "gabonese": "Gabon",
    "gambian": "Gambia",
    "ghanaian": "Ghana",
    "greek": "Greece",
    "guatemalan": "Guatemala",
    "guyanese": "Guyana",
    "haitian": "Haiti",
    "honduran": "Honduras",
    "icelandic": "Iceland",
    "indonesian": "Indonesia",
    "iraqi": "Iraq",
    "irish": "Ireland",
    "ivorian": "Ivory Coast",
    "jamaican": "Jamaica",
    "jordanian": "Jordan",
    "kenyan": "Kenya",
    "kosovar": "Kosovo",
    "kuwaiti": "Kuwait",
    "kyrgyz": "Kyrgyzstan",
    "laotian": "Laos",
    "latvian": "Latvia",
    "lebanese": "Lebanon",
    "liberian": "Liberia",
    "libyan": "Libya",
    "lithuanian": "Lithuania",
    "malagasy": "Madagascar",
    "malawian": "Malawi",
    "malaysian": "Malaysia",
    "maldivian": "Maldives",
    "malian": "Mali",
    "maltese": "Malta",
    "mauritanian": "Mauritania",
    "mauritian": "Mauritius",
    "moldovan": "Moldova",
    "mongolian": "Mongolia",
    "montenegrin": "Montenegro",
    "moroccan": "Morocco",
    "mozambican": "Mozambique",
    "namibian": "Namibia",
    "nepalese": "Nepal",
    "nepali": "Nepal",
    "nicaraguan": "Nicaragua",
    "nigerian": "Nigeria",
    "nigerien": "Niger",
    "omani": "Oman",
    "panamanian": "Panama",
    "paraguayan": "Paraguay",
    "peruvian": "Peru",
    "portuguese": "Portugal",
    "qatari": "Qatar",
    "romanian": "Romania",
    "rwandan": "Rwanda",
    "salvadoran": "El Salvador",
    "samoan": "Samoa",
    "senegalese": "Senegal",
    "singaporean": "Singapore",
    "slovak": "Slovakia",
    "slovenian": "Slovenia",
    "somali": "Somalia",
    "sudanese": "Sudan",
    "surinamese": "Suriname",
    "swiss": "Switzerland",
    "tajik": "Tajikistan",
    "tanzanian": "Tanzania",
    "thai": "Thailand",
    "timorese": "East Timor",
    "togolese": "Togo",
    "tongan": "Tonga",
    "trinidadian": "Trinidad and Tobago",
    "tunisian": "Tunisia",
    "turkmen": "Turkmenistan",
    "ugandan": "Uganda",
    "uruguayan": "Uruguay",
    "uzbek": "Uzbekistan",
    "venezuelan": "Venezuela",
    "vietnamese": "Vietnam",
    "zambian": "Zambia",
    "zimbabwean": "Zimbabwe",
    "sri lankan": "Sri Lanka",
    "south sudanese": "South Sudan",
    "costa rican": "Costa Rica",
    "sierra leonean": "Sierra Leone",
    "papua new guinean": "Papua New Guinea",
}

# Words that make up a title in front of a name, or in an apposition
# ("Chinese Foreign Minister Wang Yi", "the US secretary of state, Antony Blinken").
TITLE_WORDS = frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "foreign",
        "defence",
        "defense",
        "finance",
        "interior",
        "commerce",
        "trade",
        "business",
        "economy",
        "economic",
        "home",
        "justice",
        "health",
        "energy",
        "culture",
        "education",
        "state",
        "secretary",
        "general",
        "deputy",
        "chief",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "premier",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "crown",
        "emperor",
        "pope",
        "sheikh",
        "emir",
        "sultan",
        "ayatollah",
        "supreme",
        "leader",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "envoy",
        "special",
        "senator",
        "congressman",
        "congresswoman",
        "representative",
        "governor",
        "mayor",
        "speaker",
        "commander",
        "admiral",
        "lieutenant",
        "colonel",
        "major",
        "captain",
        "sergeant",
        "director",
        "head",
        "executive",
        "officer",
        "ceo",
        "founder",
        "minister-president",
        "attorney",
        "judge",
        "justice",
        "senior",
        "adviser",
        "advisor",
        "aide",
        "diplomat",
        "top",
        "policy",
        "first",
        "lady",
        "opposition",
        "party",
        "military",
        "security",
        "national",
        "council",
        "former",
        "acting",
        "incoming",
        "outgoing",
    ]
)

# Honorifics dropped from a name and not kept as a role.
HONORIFICS = frozenset(
    [
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "dr",
        "dr.",
        "sir",
        "dame",
        "lord",
        "lady",
        "madam",
        "mme",
        "m.",
        "herr",
    ]
)

# Titles that are part of how a person is known: "Prince Andrew", "Pope Francis".
STYLE_TITLES = frozenset(
    {"prince", "princess", "king", "queen", "duke", "duchess", "pope", "sheikh", "emir"}
)

# Connectives allowed inside a title: "Secretary of State", "Minister for Trade".
TITLE_CONNECTIVES = frozenset({"of", "for", "and", "the"})

# Surface forms a small model tags as entities but that are not things.
NOT_ENTITIES = frozenset(
    [
        "related",
        "read",
        "more",
        "photo",
        "video",
        "getty",
        "images",
        "editing",
        "reporting",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "ipo",  # "the company's IPO"
    ]
)

# Kept with a leading "The": the article is part of the name.
# Celestial bodies named with "the" ("the Moon"); without it, "Moon" may be a surname.
THE_BODIES = frozenset({"moon", "sun", "earth"})
KEEP_THE = frozenset({"the hague", "the gambia", "the bahamas", "the netherlands"})

# Names that, as the subject or object of an action, stand for a government:
# "Beijing said", "the Kremlin condemned", "a visit to Moscow". Used for event
# actors only; "in Beijing" stays the city as the event's place.
METONYMS: dict[str, str] = {
    "beijing": "China",
    "moscow": "Russia",
    "kremlin": "Russia",
    "washington": "United States",
    "white house": "United States",
    "pentagon": "United States",
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "brussels": "European Union",
    "london": "United Kingdom",
    "downing street": "United Kingdom",
    "paris": "France",
    "berlin": "Germany",
    "tokyo": "Japan",
    "new delhi": "India",
    "tehran": "Iran",
    "tbilisi": "Georgia",
    "pyongyang": "North Korea",
    "seoul": "South Korea",
    "taipei": "Taiwan",
    "ankara": "Turkey",
    "minsk": "Belarus",
    "kabul": "Afghanistan",
    "damascus": "Syria",
    "baghdad": "Iraq",
    "islamabad": "Pakistan",
    "riyadh": "Saudi Arabia",
    "cairo": "Egypt",
    "caracas": "Venezuela",
    "havana": "Cuba",
    "ottawa": "Canada",
    "canberra": "Australia",
    "warsaw": "Poland",
    "budapest": "Hungary",
    "belgrade": "Serbia",
    "hanoi": "Vietnam",
    "manila": "Philippines",
    "baku": "Azerbaijan",
    "yerevan": "Armenia",
}

# News organisations: telling one of them is publishing a statement, not addressing a
# party ("told The Hill", "said in an interview with CNN").
NEWS_OUTLETS = frozenset(
    {
        "ap",
        "associated press",
        "reuters",
        "afp",
        "agence france-presse",
        "bloomberg",
        "cnn",
        "bbc",
        "nbc",
        "cbs",
        "abc",
        "fox",
        "fox news",
        "msnbc",
        "npr",
        "pbs",
        "cnbc",
        "al jazeera",
        "politico",
        "axios",
        "the hill",
        "hill",
        "tass",
        "ria novosti",
        "xinhua",
        "interfax",
        "sky news",
        "the guardian",
        "guardian",
        "dpa",
        # what a statement to an outlet names: "told Business Insider", "told Variety"
        "business insider",
        "insider",
        "hollywood reporter",
        "the hollywood reporter",
        "variety",
        "billboard",
        "deadline",
        "the wrap",
        "rolling stone",
        "politifact",
        "polygraph.info",
        "usa today",
        "voa",
        "voice of america",
        "radio free europe",
        "yonhap",
        "kyodo",
        "nhk",
        "cctv",
        "anadolu",
        "buzzfeed news",
        "huffpost",
        "the verge",
        "wired",
        "techcrunch",
        "cnet",
        "forbes",
        "newsweek",
        "vox",
        "the atlantic",
        "the economist",
        "propublica",
        "the intercept",
        "daily mail",
        "the independent",
        "the daily beast",
        "the new yorker",
        "euronews",
        "france 24",
        "deutsche welle",
        "dw",
        "haaretz",
        "al arabiya",
        "gq",
        "recode",
        "ft",
        "esquire",
        "vanity fair",
        "vogue",
        "tmz",
        "page six",
        "semafor",
        "the sun",
        "bild",
        "der spiegel",
        "spiegel",
        "le monde",
        "ndtv",
    }
)


# Last words of a newspaper's or station's name, too common elsewhere to make a name an
# organisation, but telling in an addressee: "told the Indianapolis Star".
_PUBLICATION_WORDS = frozenset(
    {"star", "daily", "weekly", "magazine", "chronicle", "observer", "inquirer", "examiner"}
    | {"globe", "courier", "dispatch", "mirror", "express", "standard", "radio", "tv"}
)


def is_news_outlet(name: str) -> bool:
    key = name.casefold().strip()
    words = set(key.split())
    return (
        key in NEWS_OUTLETS
        or bool(words & NEWS_OUTLET_WORDS)
        or (len(words) > 1 and key.split()[-1] in _PUBLICATION_WORDS)
    )


# Home of each North American major-league team whose nickname no other team of the four
# leagues uses ("the Wild" is the Minnesota Wild); the canonical name is home + nickname.
TEAM_HOMES: dict[str, str] = {
    **dict.fromkeys(["Falcons", "Hawks", "Braves"], "Atlanta"),
    **dict.fromkeys(["Ravens", "Orioles"], "Baltimore"),
    **dict.fromkeys(["Bills", "Sabres"], "Buffalo"),
    **dict.fromkeys(["Bears", "Bulls", "Blackhawks", "Cubs", "White Sox"], "Chicago"),
    **dict.fromkeys(["Bengals", "Reds"], "Cincinnati"),
    **dict.fromkeys(["Browns", "Cavaliers", "Guardians"], "Cleveland"),
    **dict.fromkeys(["Cowboys", "Mavericks"], "Dallas"),
    **dict.fromkeys(["Broncos", "Nuggets", "Avalanche", "Rockies"], "Denver"),
    **dict.fromkeys(["Lions", "Pistons", "Red Wings", "Tigers"], "Detroit"),
    **dict.fromkeys(["Packers"], "Green Bay"),
    **dict.fromkeys(["Texans", "Rockets", "Astros"], "Houston"),
    **dict.fromkeys(["Colts", "Pacers"], "Indianapolis"),
    **dict.fromkeys(["Jaguars"], "Jacksonville"),
    **dict.fromkeys(["Chiefs", "Royals"], "Kansas City"),
    **dict.fromkeys(["Raiders", "Golden Knights"], "Las Vegas"),
    **dict.fromkeys(["Chargers", "Clippers", "Rams", "Lakers", "Dodgers"], "Los Angeles"),
    **dict.fromkeys(["Dolphins", "Heat", "Marlins"], "Miami"),
    **dict.fromkeys(["Vikings", "Timberwolves", "Wild", "Twins"], "Minnesota"),
    **dict.fromkeys(["Patriots"], "New England"),
    **dict.fromkeys(["Saints", "Pelicans"], "New Orleans"),
    **dict.fromkeys(["Knicks", "Islanders", "Mets", "Yankees"], "New York"),
    **dict.fromkeys(["Eagles", "76ers", "Flyers", "Phillies"], "Philadelphia"),
    **dict.fromkeys(["Steelers", "Penguins", "Pirates"], "Pittsburgh"),
    **dict.fromkeys(["49ers"], "San Francisco"),
    **dict.fromkeys(["Seahawks", "Kraken", "Mariners"], "Seattle"),
    **dict.fromkeys(["Buccaneers", "Lightning", "Rays"], "Tampa Bay"),
    **dict.fromkeys(["Titans", "Predators"], "Tennessee"),
    **dict.fromkeys(["Commanders", "Wizards", "Capitals", "Nationals"], "Washington"),
    **dict.fromkeys(["Celtics", "Bruins", "Red Sox"], "Boston"),
    **dict.fromkeys(["Nets"], "Brooklyn"),
    **dict.fromkeys(["Hornets", "Hurricanes"], "Carolina"),
    **dict.fromkeys(["Warriors"], "Golden State"),
    **dict.fromkeys(["Grizzlies"], "Memphis"),
    **dict.fromkeys(["Bucks", "Brewers"], "Milwaukee"),
    **dict.fromkeys(["Thunder"], "Oklahoma City"),
    **dict.fromkeys(["Magic"], "Orlando"),
    **dict.fromkeys(["Suns", "Diamondbacks"], "Phoenix"),
    **dict.fromkeys(["Trail Blazers"], "Portland"),
    **dict.fromkeys(["Spurs"], "San Antonio"),
    **dict.fromkeys(["Raptors", "Maple Leafs", "Blue Jays"], "Toronto"),
    **dict.fromkeys(["Jazz"], "Utah"),
    **dict.fromkeys(["Ducks"], "Anaheim"),
    **dict.fromkeys(["Flames"], "Calgary"),
    **dict.fromkeys(["Blue Jackets"], "Columbus"),
    **dict.fromkeys(["Oilers"], "Edmonton"),
    **dict.fromkeys(["Canadiens"], "Montreal"),
    **dict.fromkeys(["Devils"], "New Jersey"),
    **dict.fromkeys(["Sharks"], "San Jose"),
    **dict.fromkeys(["Blues"], "St. Louis"),
    **dict.fromkeys(["Canucks"], "Vancouver"),
    **dict.fromkeys(["Padres"], "San Diego"),
}


# The short forms of English given names: "Pat Carlineo" is Patrick Carlineo Jr.
GIVEN_NAME_FORMS = {
    **dict.fromkeys(["pat"], "patrick"),
    **dict.fromkeys(["mike", "mick"], "michael"),
    **dict.fromkeys(["bill", "will", "billy"], "william"),
    **dict.fromkeys(["walt"], "walter"),
    **dict.fromkeys(["bob", "rob", "bobby"], "robert"),
    **dict.fromkeys(["jim", "jimmy"], "james"),
    **dict.fromkeys(["tom", "tommy"], "thomas"),
    **dict.fromkeys(["dick", "rick", "rich"], "richard"),
    **dict.fromkeys(["joe"], "joseph"),
    **dict.fromkeys(["dan", "danny"], "daniel"),
    **dict.fromkeys(["dave"], "david"),
    **dict.fromkeys(["chris"], "christopher"),
    **dict.fromkeys(["tony"], "anthony"),
    **dict.fromkeys(["ted", "ed", "eddie"], "edward"),
    **dict.fromkeys(["ben"], "benjamin"),
    **dict.fromkeys(["matt"], "matthew"),
    **dict.fromkeys(["jeff"], "jeffrey"),
    **dict.fromkeys(["ken"], "kenneth"),
    **dict.fromkeys(["chuck", "charlie"], "charles"),
    **dict.fromkeys(["liz", "beth"], "elizabeth"),
    **dict.fromkeys(["kate", "kathy"], "katherine"),
    **dict.fromkeys(["peggy", "meg"], "margaret"),
}
# English football clubs news names by their town or nickname alone: "Tottenham said in a
# statement" is Tottenham Hotspur. Read only where the name stands for an organisation (the
# town itself stays the town).
CLUB_SHORT_NAMES = {
    **dict.fromkeys(["Tottenham", "Spurs"], "Tottenham Hotspur"),
    **dict.fromkeys(["Man United", "Man Utd"], "Manchester United"),
    "Man City": "Manchester City",
    "West Ham": "West Ham United",
    "Wolves": "Wolverhampton Wanderers",
    "Newcastle": "Newcastle United",
    "Leicester": "Leicester City",
    "Norwich": "Norwich City",
    "Brighton": "Brighton & Hove Albion",
}


def full_team_name(nickname: str) -> str | None:
    """ "Wild" -> "Minnesota Wild"; None for a nickname two teams share or none has."""
    home = TEAM_HOMES.get(nickname)
    return f"{home} {nickname}" if home else None
