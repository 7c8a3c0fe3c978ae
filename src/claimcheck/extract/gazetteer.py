"""The gazetteer: every country extraction can name a side after.

:data:`COUNTRIES` maps a country to ``(demonym, other names)``. The demonym is
the adjective a source is described with ("Nepalese" in "the Nepalese army");
the other names are plural demonyms where they differ ("Ghanaians"), the
capital or seat of government, short forms and alternative spellings
("DRC", "Cabo Verde", "Türkiye"). Any of these, in any case, stands for one
country and one only.

It holds every member state of the United Nations plus Kosovo, the Vatican
(Holy See), Taiwan and the two Palestinian entries extraction already used
("Gaza", "Palestine"). The first 75 entries are the table extraction started
with, kept as they were (names such as "Kremlin" included); the rest follow in
alphabetical order.

How the entries were chosen:

* The demonym is the adjective AP and Reuters use ("Nepalese", with "Nepali"
  among the other names). Where they use the country's own name as its
  adjective ("Botswana", "Kiribati", "Lesotho", "Vanuatu"), the name is the
  demonym, as for "Myanmar" and "New Zealand".
* One word, one country. "Congo" and "Congolese" are the Democratic Republic
  of Congo's, as in AP usage, which calls it "Congo" after first reference;
  its neighbour is only ever named in full ("Republic of Congo", "Congo
  Republic", "Congo-Brazzaville") or by its capital, Brazzaville.
  "Dominican" is the Dominican Republic's; Dominica's adjective is its name.
  "Guinean", "Equatorial Guinean", "Bissau-Guinean" and "Papua New Guinean"
  stay four distinct names.
* A country's own name is kept even when it is also a word or a first name
  ("Chad", "Jordan", "Georgia", "Guinea"): it is how news names the country.
  A capital that is also a common English word, a common first name or a
  better-known place elsewhere is left out, as is an abbreviation that
  case-folds to a word:

  - "Victoria" (Seychelles): a first name, an Australian state;
  - "Kingston" (Jamaica): towns in England, Canada and New York, a surname;
  - "Male" (Maldives): an English word;
  - "Georgetown" (Guyana): a Washington neighbourhood and university;
  - "Nassau" (Bahamas): a New York county;
  - "San Jose" (Costa Rica): the Californian city;
  - "Panama City" (Panama): the Florida city;
  - "St. George's" (Grenada) and "St. John's" (Antigua and Barbuda):
    churches, schools and Newfoundland's capital;
  - "Sucre" (Bolivia's constitutional capital): a surname, and the government
    sits in La Paz, which is kept;
  - "Sri Jayawardenepura Kotte" (Sri Lanka): news says Colombo, which is kept;
  - "CAR" (Central African Republic): case-folds to "car".

  "Praia" (Cape Verde) and "Lome" (Togo) are kept: neither is an English
  word or name. "Tripoli" is Libya's, although Lebanon has a city of that
  name, and "Macedonia" North Macedonia's, although Greece has a region of
  that name: in news text the capital and the country are the usual reading.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

__all__ = ["COUNTRIES"]

#: Country -> (demonym, other names: plural demonyms, capitals, abbreviations).
COUNTRIES: Final[Mapping[str, tuple[str, tuple[str, ...]]]] = {
    "Russia": ("Russian", ("Russians", "Moscow", "Kremlin")),
    "Ukraine": ("Ukrainian", ("Ukrainians", "Kyiv", "Kiev")),
    "Israel": ("Israeli", ("Israelis", "Jerusalem")),
    "Iran": ("Iranian", ("Iranians", "Tehran")),
    "Belarus": ("Belarusian", ("Minsk",)),
    "Gaza": ("Gaza", ()),
    "Palestine": ("Palestinian", ("Palestinians",)),
    "United States": ("U.S.", ("US", "U.S", "America", "American", "Americans", "Washington")),
    "Britain": ("British", ("UK", "U.K.", "United Kingdom", "London")),
    "Germany": ("German", ("Berlin",)),
    "France": ("French", ("Paris",)),
    "Turkey": ("Turkish", ("Ankara", "Türkiye")),
    "Qatar": ("Qatari", ("Doha",)),
    "Poland": ("Polish", ("Warsaw",)),
    "China": ("Chinese", ("Beijing",)),
    "South Korea": ("South Korean", ("Seoul",)),
    "North Korea": ("North Korean", ("Pyongyang",)),
    "Myanmar": ("Myanmar", ()),
    "Syria": ("Syrian", ("Damascus",)),
    "Lebanon": ("Lebanese", ("Beirut",)),
    "Japan": ("Japanese", ("Tokyo",)),
    "India": ("Indian", ("New Delhi",)),
    "Pakistan": ("Pakistani", ("Islamabad",)),
    "United Arab Emirates": ("UAE", ("Emirati", "Abu Dhabi")),
    "Spain": ("Spanish", ("Madrid",)),
    "Portugal": ("Portuguese", ("Lisbon",)),
    "Czech Republic": ("Czech", ("Czechia", "Prague")),
    "Slovakia": ("Slovak", ("Bratislava",)),
    "Hungary": ("Hungarian", ("Budapest",)),
    "Romania": ("Romanian", ("Bucharest",)),
    "Moldova": ("Moldovan", ("Chisinau",)),
    "Italy": ("Italian", ("Rome",)),
    "Greece": ("Greek", ("Athens",)),
    "Netherlands": ("Dutch", ("Amsterdam", "The Hague")),
    "Belgium": ("Belgian", ("Brussels",)),
    "Austria": ("Austrian", ("Vienna",)),
    "Ireland": ("Irish", ("Dublin",)),
    "Sweden": ("Swedish", ("Stockholm",)),
    "Norway": ("Norwegian", ("Oslo",)),
    "Denmark": ("Danish", ("Copenhagen",)),
    "Finland": ("Finnish", ("Helsinki",)),
    "Estonia": ("Estonian", ("Tallinn",)),
    "Latvia": ("Latvian", ("Riga",)),
    "Lithuania": ("Lithuanian", ("Vilnius",)),
    "Egypt": ("Egyptian", ("Egyptians", "Cairo")),
    "Sudan": ("Sudanese", ("Khartoum",)),
    "South Sudan": ("South Sudanese", ("Juba",)),
    "Saudi Arabia": ("Saudi", ("Riyadh",)),
    "Iraq": ("Iraqi", ("Iraqis", "Baghdad")),
    "Afghanistan": ("Afghan", ("Kabul",)),
    "Yemen": ("Yemeni", ("Sanaa",)),
    "Nigeria": ("Nigerian", ("Abuja",)),
    "Kenya": ("Kenyan", ("Nairobi",)),
    "Ethiopia": ("Ethiopian", ("Addis Ababa",)),
    "South Africa": ("South African", ("Pretoria",)),
    "Canada": ("Canadian", ("Ottawa",)),
    "Mexico": ("Mexican", ()),
    "Brazil": ("Brazilian", ("Brasilia",)),
    "Argentina": ("Argentine", ("Buenos Aires",)),
    "Indonesia": ("Indonesian", ("Jakarta",)),
    "Philippines": ("Philippine", ("Filipino", "Manila")),
    "Vietnam": ("Vietnamese", ("Hanoi",)),
    "Thailand": ("Thai", ("Bangkok",)),
    "Malaysia": ("Malaysian", ("Kuala Lumpur",)),
    "Bangladesh": ("Bangladeshi", ("Dhaka",)),
    "Taiwan": ("Taiwanese", ("Taipei",)),
    "Australia": ("Australian", ("Canberra",)),
    "New Zealand": ("New Zealand", ("Wellington",)),
    "Bulgaria": ("Bulgarian", ("Sofia",)),
    "Albania": ("Albanian", ("Tirana",)),
    "Serbia": ("Serbian", ("Belgrade",)),
    "Croatia": ("Croatian", ("Zagreb",)),
    "Chile": ("Chilean", ("Santiago",)),
    "Colombia": ("Colombian", ("Bogota",)),
    "Peru": ("Peruvian", ("Lima",)),
    "Algeria": ("Algerian", ("Algerians", "Algiers")),
    "Andorra": ("Andorran", ("Andorrans", "Andorra la Vella")),
    "Angola": ("Angolan", ("Angolans", "Luanda")),
    "Antigua and Barbuda": ("Antiguan", ("Antiguans", "Antigua", "Barbudan")),
    "Armenia": ("Armenian", ("Armenians", "Yerevan")),
    "Azerbaijan": ("Azerbaijani", ("Azerbaijanis", "Azeri", "Azeris", "Baku")),
    "Bahamas": ("Bahamian", ("Bahamians", "The Bahamas")),
    "Bahrain": ("Bahraini", ("Bahrainis", "Manama")),
    "Barbados": ("Barbadian", ("Barbadians", "Bajan", "Bridgetown")),
    "Belize": ("Belizean", ("Belizeans", "Belmopan")),
    "Benin": ("Beninese", ("Porto-Novo", "Cotonou")),
    "Bhutan": ("Bhutanese", ("Thimphu",)),
    "Bolivia": ("Bolivian", ("Bolivians", "La Paz")),
    "Bosnia and Herzegovina": (
        "Bosnian",
        ("Bosnians", "Bosnia", "Bosnia-Herzegovina", "Sarajevo"),
    ),
    "Botswana": ("Botswana", ("Botswanan", "Motswana", "Batswana", "Gaborone")),
    "Brunei": ("Bruneian", ("Bruneians", "Bandar Seri Begawan")),
    "Burkina Faso": ("Burkinabe", ("Burkinabè", "Burkina", "Ouagadougou")),
    "Burundi": ("Burundian", ("Burundians", "Gitega", "Bujumbura")),
    "Cambodia": ("Cambodian", ("Cambodians", "Phnom Penh")),
    "Cameroon": ("Cameroonian", ("Cameroonians", "Yaounde", "Yaoundé")),
    "Cape Verde": ("Cape Verdean", ("Cape Verdeans", "Cabo Verde", "Praia")),
    "Central African Republic": ("Central African", ("Central Africans", "Bangui")),
    "Chad": ("Chadian", ("Chadians", "N'Djamena", "Ndjamena")),
    "Comoros": ("Comoran", ("Comorian", "Comorans", "Comorians", "Moroni")),
    "Costa Rica": ("Costa Rican", ("Costa Ricans",)),
    "Cuba": ("Cuban", ("Cubans", "Havana")),
    "Cyprus": ("Cypriot", ("Cypriots", "Nicosia")),
    "Democratic Republic of Congo": (
        "Congolese",
        (
            "Congo",
            "DRC",
            "D.R.C.",
            "DR Congo",
            "Democratic Republic of the Congo",
            "Kinshasa",
        ),
    ),
    "Djibouti": ("Djiboutian", ("Djiboutians",)),
    "Dominica": ("Dominica", ("Roseau",)),
    "Dominican Republic": ("Dominican", ("Dominicans", "Santo Domingo")),
    "East Timor": ("East Timorese", ("Timorese", "Timor-Leste", "Dili")),
    "Ecuador": ("Ecuadorean", ("Ecuadorian", "Ecuadoreans", "Ecuadorians", "Quito")),
    "El Salvador": ("Salvadoran", ("Salvadorans", "Salvadorean", "San Salvador")),
    "Equatorial Guinea": ("Equatorial Guinean", ("Equatorial Guineans", "Equatoguinean", "Malabo")),
    "Eritrea": ("Eritrean", ("Eritreans", "Asmara")),
    "Eswatini": ("Swazi", ("Swazis", "Swaziland", "Mbabane")),
    "Fiji": ("Fijian", ("Fijians", "Suva")),
    "Gabon": ("Gabonese", ("Libreville",)),
    "Gambia": ("Gambian", ("Gambians", "The Gambia", "Banjul")),
    "Georgia": ("Georgian", ("Georgians", "Tbilisi")),
    "Ghana": ("Ghanaian", ("Ghanaians", "Accra")),
    "Grenada": ("Grenadian", ("Grenadians",)),
    "Guatemala": ("Guatemalan", ("Guatemalans", "Guatemala City")),
    "Guinea": ("Guinean", ("Guineans", "Conakry")),
    "Guinea-Bissau": ("Bissau-Guinean", ("Bissau-Guineans", "Bissau")),
    "Guyana": ("Guyanese", ()),
    "Haiti": ("Haitian", ("Haitians", "Port-au-Prince")),
    "Honduras": ("Honduran", ("Hondurans", "Tegucigalpa")),
    "Iceland": ("Icelandic", ("Icelander", "Icelanders", "Reykjavik")),
    "Ivory Coast": (
        "Ivorian",
        ("Ivorians", "Cote d'Ivoire", "Côte d'Ivoire", "Yamoussoukro", "Abidjan"),
    ),
    "Jamaica": ("Jamaican", ("Jamaicans",)),
    "Jordan": ("Jordanian", ("Jordanians", "Amman")),
    "Kazakhstan": ("Kazakh", ("Kazakhs", "Kazakhstani", "Kazakhstanis", "Astana")),
    "Kiribati": ("Kiribati", ("I-Kiribati", "Tarawa", "South Tarawa")),
    "Kosovo": ("Kosovar", ("Kosovars", "Pristina", "Prishtina")),
    "Kuwait": ("Kuwaiti", ("Kuwaitis", "Kuwait City")),
    "Kyrgyzstan": ("Kyrgyz", ("Kyrgyzstani", "Kyrgyzstanis", "Bishkek")),
    "Laos": ("Laotian", ("Laotians", "Lao", "Vientiane")),
    "Lesotho": ("Lesotho", ("Basotho", "Mosotho", "Maseru")),
    "Liberia": ("Liberian", ("Liberians", "Monrovia")),
    "Libya": ("Libyan", ("Libyans", "Tripoli")),
    "Liechtenstein": ("Liechtenstein", ("Liechtensteiner", "Liechtensteiners", "Vaduz")),
    "Luxembourg": ("Luxembourg", ("Luxembourger", "Luxembourgers", "Luxembourgish")),
    "Madagascar": ("Malagasy", ("Antananarivo",)),
    "Malawi": ("Malawian", ("Malawians", "Lilongwe")),
    "Maldives": ("Maldivian", ("Maldivians",)),
    "Mali": ("Malian", ("Malians", "Bamako")),
    "Malta": ("Maltese", ("Valletta",)),
    "Marshall Islands": ("Marshallese", ("Majuro",)),
    "Mauritania": ("Mauritanian", ("Mauritanians", "Nouakchott")),
    "Mauritius": ("Mauritian", ("Mauritians", "Port Louis")),
    "Micronesia": ("Micronesian", ("Micronesians", "Palikir")),
    "Monaco": ("Monegasque", ("Monacan", "Monegasques")),
    "Mongolia": ("Mongolian", ("Mongolians", "Ulaanbaatar", "Ulan Bator")),
    "Montenegro": ("Montenegrin", ("Montenegrins", "Podgorica")),
    "Morocco": ("Moroccan", ("Moroccans", "Rabat")),
    "Mozambique": ("Mozambican", ("Mozambicans", "Maputo")),
    "Namibia": ("Namibian", ("Namibians", "Windhoek")),
    "Nauru": ("Nauruan", ("Nauruans", "Yaren")),
    "Nepal": ("Nepalese", ("Nepali", "Nepalis", "Kathmandu")),
    "Nicaragua": ("Nicaraguan", ("Nicaraguans", "Managua")),
    "Niger": ("Nigerien", ("Nigeriens", "Niamey")),
    "North Macedonia": ("North Macedonian", ("Macedonian", "Macedonians", "Macedonia", "Skopje")),
    "Oman": ("Omani", ("Omanis", "Muscat")),
    "Palau": ("Palauan", ("Palauans", "Ngerulmud")),
    "Panama": ("Panamanian", ("Panamanians",)),
    "Papua New Guinea": ("Papua New Guinean", ("Papua New Guineans", "PNG", "Port Moresby")),
    "Paraguay": ("Paraguayan", ("Paraguayans", "Asuncion", "Asunción")),
    "Republic of Congo": (
        "Congo Republic",
        ("Republic of the Congo", "Congo-Brazzaville", "Brazzaville"),
    ),
    "Rwanda": ("Rwandan", ("Rwandans", "Kigali")),
    "Saint Kitts and Nevis": (
        "Kittitian",
        ("Kittitians", "Nevisian", "St. Kitts and Nevis", "St Kitts and Nevis", "Basseterre"),
    ),
    "Saint Lucia": ("Saint Lucian", ("Saint Lucians", "St. Lucia", "St Lucia", "Castries")),
    "Saint Vincent and the Grenadines": (
        "Vincentian",
        (
            "Vincentians",
            "St. Vincent and the Grenadines",
            "St Vincent and the Grenadines",
            "Kingstown",
        ),
    ),
    "Samoa": ("Samoan", ("Samoans", "Apia")),
    "San Marino": ("Sammarinese", ()),
    "Sao Tome and Principe": (
        "Sao Tomean",
        ("Sao Tomeans", "São Tomé and Príncipe", "Sao Tome", "São Tomé"),
    ),
    "Senegal": ("Senegalese", ("Dakar",)),
    "Seychelles": ("Seychellois", ()),
    "Sierra Leone": ("Sierra Leonean", ("Sierra Leoneans", "Freetown")),
    "Singapore": ("Singaporean", ("Singaporeans",)),
    "Slovenia": ("Slovenian", ("Slovenians", "Slovene", "Slovenes", "Ljubljana")),
    "Solomon Islands": ("Solomon Islands", ("Solomon Islander", "Solomon Islanders", "Honiara")),
    "Somalia": ("Somali", ("Somalis", "Mogadishu")),
    "Sri Lanka": ("Sri Lankan", ("Sri Lankans", "Colombo")),
    "Suriname": ("Surinamese", ("Paramaribo",)),
    "Switzerland": ("Swiss", ("Bern", "Berne")),
    "Tajikistan": ("Tajik", ("Tajiks", "Tajikistani", "Dushanbe")),
    "Tanzania": ("Tanzanian", ("Tanzanians", "Dodoma", "Dar es Salaam")),
    "Togo": ("Togolese", ("Lome", "Lomé")),
    "Tonga": ("Tongan", ("Tongans", "Nuku'alofa")),
    "Trinidad and Tobago": (
        "Trinidadian",
        ("Trinidadians", "Tobagonian", "Trinidad", "Port of Spain"),
    ),
    "Tunisia": ("Tunisian", ("Tunisians", "Tunis")),
    "Turkmenistan": ("Turkmen", ("Turkmenistani", "Ashgabat")),
    "Tuvalu": ("Tuvaluan", ("Tuvaluans", "Funafuti")),
    "Uganda": ("Ugandan", ("Ugandans", "Kampala")),
    "Uruguay": ("Uruguayan", ("Uruguayans", "Montevideo")),
    "Uzbekistan": ("Uzbek", ("Uzbeks", "Uzbekistani", "Tashkent")),
    "Vanuatu": ("Vanuatu", ("Ni-Vanuatu", "Port Vila")),
    "Vatican City": ("Vatican", ("Holy See",)),
    "Venezuela": ("Venezuelan", ("Venezuelans", "Caracas")),
    "Zambia": ("Zambian", ("Zambians", "Lusaka")),
    "Zimbabwe": ("Zimbabwean", ("Zimbabweans", "Harare")),
}
