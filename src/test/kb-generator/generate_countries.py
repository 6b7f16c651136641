#!/usr/bin/env python3
"""Generates src/main/resources/kb/countries.yaml from CLDR and ArWikiCats data.

Usage: python3 generate_countries.py ../shared/data/gazetteer-sources src/main/resources/kb
writes countries.yaml, governments.yaml (an actor "Government of X" per country with an adjective:
الحكومة الإيطالية، حكومة إيطاليا; "the regime" for the countries news calls so: النظام السوري) and
national-teams.yaml (an actor "X national football team" per country: منتخب إيطاليا، المنتخب الإيطالي) and
institutions.yaml (a country's armed forces and central bank under their English Wikipedia titles, for
the countries the tables below name: القوات المسلحة الإماراتية، البنك المركزي الإيراني; and every
country's foreign ministry and judiciary: وزارة الخارجية الإيرانية، القضاء التونسي).
Aliases actors.yaml already gives another actor are left out, and a country whose institution
actors.yaml already holds is skipped.

Sources (see src/main/resources/kb/NOTICE.md):
- Arabic country names: CLDR 48.2 (cldr-localenames-full, Unicode-3.0), with its alt variants;
- extra Arabic names: i18n-iso-countries 7.14.0 (MIT);
- English names: i18n-iso-countries 7.14.0 (MIT);
- nationality adjectives in all forms: ArWikiCats nationalities_data.json (MIT).
The hand-written EXTRA_* tables below add spellings and capitals the sources lack.
"""
import json
import sys

# Spellings the sources lack, as written in Arabic news.
EXTRA_NAMES = {
    "US": ["أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "United States", "USA"],
    "GB": ["بريطانيا", "المملكة المتحدة", "بريطانيا العظمى", "Britain", "UK"],
    "RU": ["روسيا الاتحادية", "الاتحاد الروسي", "Russia"],
    "KP": ["كوريا الشمالية", "بيونغيانغ", "North Korea"],
    "KR": ["كوريا الجنوبية", "South Korea"],
    "CZ": ["التشيك", "جمهورية التشيك", "تشيكيا"],
    "AE": ["الإمارات", "دولة الإمارات", "الامارات"],
    "SA": ["السعودية", "المملكة العربية السعودية"],
    "SY": ["سورية"],
    "PS": ["فلسطين", "دولة فلسطين"],
    "OM": ["سلطنة عمان"],
    "CG": ["الكونغو برازافيل", "جمهورية الكونغو", "الكونغو"],
    "CD": ["الكونغو الديمقراطية", "الكونغو كينشاسا"],
    "NL": ["هولندا"],
    "TR": ["تركيا"],
    "IR": ["إيران"],
    "VA": ["الفاتيكان"],
    "MM": ["ميانمار", "بورما"],
    "CI": ["ساحل العاج", "كوت ديفوار"],
    "TD": ["تشاد"],
    "MA": ["المملكة المغربية"],
    "QA": ["دولة قطر"],
    "KW": ["دولة الكويت"],
    "BH": ["مملكة البحرين"],
    "JO": ["المملكة الأردنية"],
    "DZ": ["الجزائر"],
    "EG": ["جمهورية مصر العربية"],
    "LY": ["ليبيا"],
    "IL": ["إسرائيل"],
    "BA": ["البوسنة"],
    # Spellings the 2018 news writes most that the sources lack (أوروغواي in 450 of 31,000 articles).
    "UY": ["أوروغواي"],
    "MK": ["مقدونيا"],
    "DK": ["الدانمارك"],
    "BY": ["بيلاروسيا"],
    "TH": ["تايلند"],
    "ME": ["مونتينيغرو"],
    "NZ": ["نيوزيلاندا"],
    "CR": ["كوستا ريكا"],
    "KG": ["قرغيزستان"],
    "TJ": ["طاجكستان"],
}

# Constituent parts that name a country when tagging, not for search nor in its institutions' names:
# England, Scotland and Wales name the United Kingdom, as the labels read them (ليفربول الإنجليزي),
# while برلمان اسكتلندا is not the UK's parliament and a search for إنجلترا should not find all of
# Britain. Not the feminine الإنجليزية: it is the English language as often as not.
COUNTRY_PARTS = {
    "GB": ["إنجلترا", "إنكلترا", "انجلترا", "انكلترا", "اسكتلندا", "إسكتلندا", "اسكوتلندا", "ويلز",
           "إيرلندا الشمالية", "ايرلندا الشمالية", "الإنجليزي", "الإنكليزي", "الانجليزي", "الانكليزي",
           "إنجليزي", "إنكليزي", "الإنجليز", "الإنكليز", "الانجليز", "الاسكتلندي", "الإسكتلندي", "الويلزي"],
}

# Adjectives ArWikiCats spells one way where news uses both.
EXTRA_ADJECTIVES = {
    "US": ["أميركي", "أميركية", "الأميركي", "الأميركية", "أميركيون", "الأميركيون", "الأميركيين", "أميركيين",
           "الأمريكان", "الأميركان", "أمريكان"],
    "GB": ["البريطانيون", "البريطانيين"],
    "RU": ["الروس"],
    "KP": ["الكوري الشمالي", "الكورية الشمالية", "كوري شمالي", "كورية شمالية", "الكوريين الشماليين"],
    "KR": ["الكوري الجنوبي", "الكورية الجنوبية", "كوري جنوبي", "كورية جنوبية", "الكوريين الجنوبيين"],
    "AE": ["الإماراتي", "الإماراتية", "إماراتي", "إماراتية", "الإماراتيين"],
    "SA": ["السعودي", "السعودية", "سعودي", "سعودية", "السعوديين", "السعوديون"],
    "NL": ["الهولندي", "الهولندية", "هولندي", "هولندية"],
    "CZ": ["التشيكي", "التشيكية"],
    # India's adjectives are left out as a whole (الهندي is a family name and the Indian Ocean's);
    # the feminine forms name the country (الحكومة الهندية، شركة هندية).
    "IN": ["الهندية", "هندية"],
    # Two-word nisbas ArWikiCats lacks; only the definite forms, as جنوب أفريقية may be "a southern African".
    "ZA": ["الجنوب أفريقي", "الجنوب أفريقية", "الجنوب إفريقي", "الجنوب إفريقية", "الجنوب أفريقيين", "الجنوب إفريقيين"],
    "SS": ["الجنوب سوداني", "الجنوب سودانية", "الجنوب سودانيين"],
}

# Adjective forms that are also common words or names: مجري (a stream), رومان (Romans, a name).
DROPPED_ADJECTIVES = {"HU": {"مجري", "المجري"}, "RO": {"رومان", "الرومان"}}

# Words that are also common Arabic words: their adjective forms are not used (مالي "financial",
# المالية "finance"), and the country name itself is kept only where EXTRA_NAMES gives a safe form.
AMBIGUOUS_ADJECTIVES = {"ML", "IN"}
# Country names that are common words on their own; the name is matched only after the words
# listed (في مالي، شمال مالي، دولة مالي).
GUARDED_NAMES = {
    "ML": ["في", "شمال", "جنوب", "وسط", "دولة", "جمهورية", "حكومة", "رئيس", "الى", "إلى", "من", "جيش", "بين"],
    # في عمان is as often Amman, Jordan's capital.
    "OM": ["سلطنة", "زار", "حكومة", "دولة"],
}

# Capitals that stand for their governments in news (واشنطن تفرض). Not after a preposition of place
# (في موسكو): the tagger checks that. طرابلس is left out: it is also Lebanon's second city, and a
# city alone does not name Libya.
CAPITALS = {
    "US": ["واشنطن"], "RU": ["موسكو", "الكرملين"], "FR": ["باريس", "الإليزيه"], "GB": ["لندن"],
    "TR": ["أنقرة"], "CN": ["بكين"], "IR": ["طهران"], "SY": ["دمشق"], "IQ": ["بغداد"],
    "EG": ["القاهرة"], "SA": ["الرياض"], "QA": ["الدوحة"], "AE": ["أبوظبي", "أبو ظبي"],
    "IT": ["روما"], "DE": ["برلين"], "ES": ["مدريد"], "LB": ["بيروت"], "SD": ["الخرطوم"],
    "TD": ["نجامينا", "انجامينا", "إنجامينا"], "NE": ["نيامي"], "MA": ["الرباط"], "MR": ["نواكشوط"],
    "BH": ["المنامة"], "OM": ["مسقط"], "YE": ["صنعاء"], "IL": ["تل أبيب"], "JP": ["طوكيو"],
    "KR": ["سول", "سيول"], "KP": ["بيونغ يانغ"], "UA": ["كييف"], "GR": ["أثينا"],
    "MT": ["فاليتا"], "PK": ["إسلام آباد"], "AF": ["كابول"], "IN": ["نيودلهي"], "AT": ["فيينا"],
    "ML": ["باماكو"], "TN": [], "DZ": [], "KW": [],
}

# Seats that stand for a country's power but are no city to name its government by (حكومة الكرملين).
CAPITAL_NOT_CITY = {"الكرملين", "الإليزيه"}
# Countries whose capital is held by another power than the government the labels name (صنعاء: the Houthis).
CAPITAL_NOT_GOVERNMENT = {"YE"}

# ArWikiCats English country names that differ from i18n-iso-countries' English names.
EN_ALIASES = {
    "united states": "US", "united kingdom": "GB", "russia": "RU", "south korea": "KR",
    "north korea": "KP", "czech republic": "CZ", "syria": "SY", "iran": "IR", "vietnam": "VN",
    "laos": "LA", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "moldova": "MD",
    "palestine": "PS", "taiwan": "TW", "brunei": "BN", "ivory coast": "CI", "macedonia": "MK",
    "north macedonia": "MK", "republic of the congo": "CG", "congo": "CG",
    "democratic republic of the congo": "CD", "east timor": "TL", "eswatini": "SZ",
    "swaziland": "SZ", "cape verde": "CV", "micronesia": "FM", "the bahamas": "BS",
    "the gambia": "GM", "gambia": "GM", "vatican city": "VA", "myanmar": "MM", "burma": "MM",
    "turkey": "TR", "netherlands": "NL", "the netherlands": "NL", "kosovo": "XK",
}


# English labels where the first i18n-iso-countries name is not the common (Wikipedia) one.
EN_LABEL = {
    "US": "United States", "RU": "Russia", "IR": "Iran", "SY": "Syria", "PS": "Palestine",
    "TZ": "Tanzania", "TW": "Taiwan", "MK": "North Macedonia", "LA": "Laos", "BO": "Bolivia",
    "VE": "Venezuela", "MD": "Moldova", "BN": "Brunei", "VA": "Vatican City", "FM": "Micronesia",
    "KR": "South Korea", "KP": "North Korea", "CZ": "Czech Republic",
}


def usable(name):
    """Latin abbreviations (US, U.S.) are English words or split by the tokenizer: not names."""
    return not (name.isascii() and (len(name) <= 3 or "." in name))


# Governments whose Wikipedia title is not "Government of <country>", or that actors.yaml already
# has under another name (Libya's governments are named: Government of National Accord...).
GOVERNMENT_TITLES = {
    "US": "Federal government of the United States", "GB": "Government of the United Kingdom",
    "NL": "Government of the Netherlands", "AE": "Government of the United Arab Emirates",
    "PH": "Government of the Philippines", "CZ": "Government of the Czech Republic",
}
SKIP_GOVERNMENTS = {"LY", "IT", "FR"}
# Judiciaries whose country's government title does not read "Government of <country>".
JUDICIARY_TITLES = {"US": "Federal judiciary of the United States"}

# Governments Arabic news calls "the regime" (النظام السوري، النظام الإيراني): elsewhere النظام + adjective
# is more often a system (النظام الأمريكي للانتخابات) than a government.
REGIMES = {"SY", "IR", "KP", "SD", "EG", "YE", "BH", "SA", "TR", "VE", "CU", "BY", "IQ", "ER", "MM", "DZ", "TN", "MA", "JO", "QA", "AE"}
# Countries whose "leadership" (القيادة + adjective) is no government: القيادة الفلسطينية is the
# Palestinian Authority, القيادة الأمريكية a military command; الكورية is either Korea.
LEADERSHIP_NOT_GOVERNMENT = {"PS", "US", "KP", "KR"}
# Countries whose "state" (الدولة + adjective) is not labelled as their government: الدولة الفلسطينية is a
# state to come, and the train labels give الدولة التركية، الفرنسية، الليبية to the government in at most
# half the texts that write them (12 of 28, 0 of 6, 0 of 2).
STATE_NOT_GOVERNMENT = {"PS", "TR", "FR", "LY"}
# Countries whose bare name on a sport page is their national team: on the train split, at least 85% of the
# sport texts (8 or more) that write the country's name label its team. Chosen on all of train (17,891
# articles); chosen on either half of it, the rule's texts on the other half label the team 1,943 times
# against 172 (at 90%: 1,632 against 137; at 80%: 2,097 against 201). Ghana, chosen when it measured 90%
# (79% now), is kept. Not Iran (95%), whose political pages the sport words sometimes read as sport: it
# named a team on three of them.
TEAM_BY_BARE_NAME = {"AR", "BE", "CO", "CR", "CZ", "DK", "GH", "HR", "IS", "MD", "NE", "NG", "NL", "PA", "PE", "PL", "PT", "RS",
                     "SE", "SN", "SZ", "TN", "UY", "UZ"}
# English names of national football teams that do not follow "<country> national football team".
# National teams' nicknames, names only on a sport page. Not those clubs share (الأخضر for Saudi clubs
# too, الشياطين الحمر for Manchester United) nor a bare colour (الخضر).
TEAM_NICKNAMES = {
    "SA": ["الأخضر السعودي", "الصقور الخضر"], "MA": ["أسود الأطلس", "أسود الأطلسي"],
    "TN": ["نسور قرطاج"], "EG": ["الفراعنة"], "DZ": ["محاربي الصحراء", "محاربو الصحراء"],
    "GH": ["النجوم السوداء"], "FR": ["الديوك", "الديوك الفرنسية"], "BE": ["الشياطين الحمر البلجيكية"],
    "DE": ["الماكينات", "المانشافت"], "AR": ["راقصو التانغو", "راقصي التانغو", "التانغو"],
    "BR": ["راقصو السامبا", "راقصي السامبا", "السيليساو"], "NL": ["الطواحين", "الطواحين الهولندية"],
    "JP": ["الساموراي الأزرق"], "SN": ["أسود التيرانغا"], "NG": ["النسور الخضراء", "النسور الممتازة"],
    "IT": ["الآزوري"], "ES": ["لاروخا", "الماتادور"], "PT": ["برازيل أوروبا"], "HR": ["الناريون"],
    "UY": ["السيليستي"], "IR": ["فريق ملي"], "CM": ["الأسود غير المروضة"], "CI": ["الأفيال"],
}
TEAM_TITLES = {"US": "United States men's national soccer team", "CN": "China national football team", "GB": None}

# A country's armed forces under their English Wikipedia title, with names the adjective forms
# (القوات المسلحة X، الجيش X، القوات X) do not give. Countries actors.yaml already has are skipped.
ARMED_FORCES = {
    "AE": ("United Arab Emirates Armed Forces", []), "SA": ("Saudi Arabian Armed Forces", []),
    "SO": ("Somali Armed Forces", []), "AF": ("Afghan Armed Forces", []),
    "MA": ("Royal Moroccan Armed Forces", ["القوات المسلحة الملكية المغربية"]),
    "TN": ("Tunisian Armed Forces", []), "JO": ("Jordanian Armed Forces", ["القوات المسلحة الأردنية - الجيش العربي"]),
    "KW": ("Kuwait Armed Forces", []), "QA": ("Qatar Armed Forces", []),
    "BH": ("Bahrain Defence Force", ["قوة دفاع البحرين"]), "OM": ("Sultan of Oman's Armed Forces", ["قوات السلطان المسلحة"]),
    # Pakistan's الجيش is the army the news means (the labels' Pakistan Army, 12 of 15 train texts).
    "IR": ("Islamic Republic of Iran Armed Forces", []), "PK": ("Pakistan Army", []),
    "CN": ("People's Liberation Army", ["جيش التحرير الشعبي", "جيش التحرير الشعبي الصيني"]),
    "DE": ("Bundeswehr", ["البوندسفير"]), "IT": ("Italian Armed Forces", []), "ES": ("Spanish Armed Forces", []),
    "UA": ("Armed Forces of Ukraine", []), "KR": ("Republic of Korea Armed Forces", []),
    "KP": ("Korean People's Army", ["الجيش الشعبي الكوري"]),
    "JP": ("Japan Self-Defense Forces", ["قوات الدفاع الذاتي اليابانية"]),
    "ML": ("Malian Armed Forces", ["الجيش المالي", "القوات المالية", "القوات المسلحة المالية"]),
    "NE": ("Armed Forces of Niger", []), "TD": ("Chadian National Army", []),
    "NG": ("Nigerian Armed Forces", []), "ET": ("Ethiopian National Defense Force", []),
    "ER": ("Eritrean Defence Forces", []), "MR": ("Armed Forces of Mauritania", []),
    "CA": ("Canadian Armed Forces", []), "AU": ("Australian Defence Force", []),
    "BE": ("Belgian Armed Forces", []), "NL": ("Netherlands Armed Forces", []),
    "GR": ("Hellenic Armed Forces", []), "AM": ("Armed Forces of Armenia", []),
    "AZ": ("Azerbaijani Armed Forces", []), "VE": ("National Bolivarian Armed Forces of Venezuela", []),
    "BF": ("Armed Forces of Burkina Faso", []), "MM": ("Myanmar Armed Forces", []),
    "SS": ("South Sudan People's Defence Forces", []), "KE": ("Kenya Defence Forces", []),
    "UG": ("Uganda People's Defence Force", []), "IN": ("Indian Armed Forces", ["الجيش الهندي", "القوات الهندية", "القوات المسلحة الهندية"]),
    "ID": ("Indonesian National Armed Forces", []), "PH": ("Armed Forces of the Philippines", []),
    "PL": ("Polish Armed Forces", []), "SE": ("Swedish Armed Forces", []), "NO": ("Norwegian Armed Forces", []),
    "BR": ("Brazilian Armed Forces", []), "CO": ("Military Forces of Colombia", []),
    "SN": ("Armed Forces of Senegal", []), "CM": ("Cameroon Armed Forces", []),
    "CD": ("Armed Forces of the Democratic Republic of the Congo", []), "GE": ("Defence Forces of Georgia", []),
    "BY": ("Armed Forces of Belarus", []), "DJ": ("Djibouti Armed Forces", []),
    "CF": ("Central African Armed Forces", []), "BD": ("Bangladesh Armed Forces", []),
}
# A country's central bank under its English Wikipedia title, with its own names. Libya's is in actors.yaml.
CENTRAL_BANKS = {
    "IR": ("Central Bank of Iran", []), "EG": ("Central Bank of Egypt", []), "JO": ("Central Bank of Jordan", []),
    "TN": ("Central Bank of Tunisia", []), "MA": ("Bank Al-Maghrib", ["بنك المغرب"]),
    "DZ": ("Bank of Algeria", ["بنك الجزائر"]), "SD": ("Central Bank of Sudan", ["بنك السودان المركزي"]),
    "YE": ("Central Bank of Yemen", []), "IQ": ("Central Bank of Iraq", []),
    "LB": ("Banque du Liban", ["مصرف لبنان"]), "KW": ("Central Bank of Kuwait", []),
    "AE": ("Central Bank of the United Arab Emirates", ["مصرف الإمارات المركزي", "المصرف المركزي الإماراتي"]),
    "QA": ("Qatar Central Bank", ["مصرف قطر المركزي"]), "BH": ("Central Bank of Bahrain", ["مصرف البحرين المركزي"]),
    "OM": ("Central Bank of Oman", []),
    "SA": ("Saudi Central Bank", ["مؤسسة النقد العربي السعودي", "مؤسسة النقد السعودي"]),
    "TR": ("Central Bank of the Republic of Turkey", []), "RU": ("Central Bank of Russia", ["بنك روسيا"]),
    "CN": ("People's Bank of China", ["بنك الشعب الصيني"]), "JP": ("Bank of Japan", ["بنك اليابان"]),
    "DE": ("Deutsche Bundesbank", ["البوندسبنك"]), "FR": ("Banque de France", ["بنك فرنسا"]),
    "IT": ("Bank of Italy", ["بنك إيطاليا"]), "GB": ("Bank of England", ["بنك إنجلترا", "بنك إنكلترا"]),
    "CH": ("Swiss National Bank", ["البنك الوطني السويسري"]), "IN": ("Reserve Bank of India", ["بنك الاحتياطي الهندي"]),
    "SY": ("Central Bank of Syria", ["مصرف سورية المركزي"]), "PS": ("Palestine Monetary Authority", ["سلطة النقد الفلسطينية"]),
    "MR": ("Central Bank of Mauritania", []), "KR": ("Bank of Korea", []), "CA": ("Bank of Canada", ["بنك كندا"]),
    "AU": ("Reserve Bank of Australia", []), "BR": ("Central Bank of Brazil", []),
    "AR": ("Central Bank of Argentina", []), "VE": ("Central Bank of Venezuela", []),
    "PK": ("State Bank of Pakistan", ["بنك الدولة الباكستاني"]), "NG": ("Central Bank of Nigeria", []),
    "ZA": ("South African Reserve Bank", []), "SE": ("Sveriges Riksbank", []), "NO": ("Norges Bank", []),
    "IL": ("Bank of Israel", ["بنك إسرائيل"]),
}

# Foreign ministries are "Ministry of Foreign Affairs (<country>)" on Wikipedia, except these.
FOREIGN_MINISTRY_TITLES = {
    "FR": "Ministry for Europe and Foreign Affairs", "DE": "Federal Foreign Office",
    "CN": "Ministry of Foreign Affairs of the People's Republic of China", "IN": "Ministry of External Affairs (India)",
    "CA": "Global Affairs Canada", "AU": "Department of Foreign Affairs and Trade", "IE": "Department of Foreign Affairs",
    "KR": "Ministry of Foreign Affairs (South Korea)", "KP": "Ministry of Foreign Affairs (North Korea)",
    "CH": "Federal Department of Foreign Affairs", "AT": "Federal Ministry for European and International Affairs",
}
# Interior and defence ministries are "Ministry of Interior (<country>)" and "Ministry of Defence
# (<country>)" on Wikipedia more often than not; these countries' titles differ.
INTERIOR_MINISTRY_TITLES = {
    "FR": "Ministry of the Interior (France)", "TN": "Ministry of the Interior (Tunisia)",
    "DE": "Federal Ministry of the Interior (Germany)", "GB": "Home Office", "RU": "Ministry of Internal Affairs (Russia)",
    "UA": "Ministry of Internal Affairs (Ukraine)", "AF": "Ministry of Interior Affairs (Afghanistan)",
    "ES": "Ministry of the Interior (Spain)", "IT": "Ministry of the Interior (Italy)", "DZ": "Ministry of the Interior (Algeria)",
    "MA": "Ministry of the Interior (Morocco)", "AT": "Federal Ministry of the Interior (Austria)",
    "US": None, "IN": "Ministry of Home Affairs (India)", "PK": "Ministry of Interior (Pakistan)",
}
# A head of state's office, as the labels name it: "Presidency of <country>" unless Wikipedia's title
# differs; None where the country has no president. France's (Élysée), Russia's (Kremlin) and South
# Korea's are curated in actors.yaml, whose aliases win.
PRESIDENCY_TITLES = {
    "IR": "Presidential Administration of Iran", "PS": "Palestinian Presidency", "IT": "Quirinal Palace",
    "TR": "Presidency of Turkey", "AF": "Office of the President of Afghanistan", "US": None,
    "MM": "Office of the President of Myanmar",
    "SA": None, "MA": None, "JO": None, "AE": None, "KW": None, "BH": None, "QA": None, "OM": None, "GB": None,
    "ES": None, "JP": None, "NL": None, "BE": None, "SE": None, "NO": None, "DK": None, "TH": None, "VA": None,
    "LY": None,
}
DEFENCE_MINISTRY_TITLES = {
    "DZ": "Ministry of National Defence (Algeria)", "PL": "Ministry of National Defence (Poland)",
    "TR": "Ministry of National Defence (Turkey)", "TW": "Ministry of National Defense (Republic of China)",
    "KR": "Ministry of National Defense (South Korea)", "SA": "Ministry of Defense (Saudi Arabia)",
    "FR": "Ministry of the Armed Forces (France)", "DE": "Federal Ministry of Defence (Germany)",
    "CN": "Ministry of National Defense of the People's Republic of China", "GR": "Ministry of National Defence (Greece)",
    "LB": "Ministry of National Defence (Lebanon)", "CA": "Department of National Defence (Canada)",
    "IN": "Ministry of Defence (India)", "JP": "Ministry of Defense (Japan)", "IL": "Ministry of Defense (Israel)",
    "IR": "Ministry of Defence and Armed Forces Logistics (Iran)", "US": None,
}
# The knowledge base's hand-written actor files (KnowledgeBaseLoader reads the same list).
CURATED_ACTORS = ["actors.yaml", "companies.yaml", "clubs.yaml"]

# Legislatures under their English Wikipedia titles, with names the adjective forms do not give. A
# bare البرلمان is weak: it counts for the country the text names most (the tagger picks it).
LEGISLATURES = {
    "TR": ("Grand National Assembly of Turkey", ["مجلس الأمة التركي", "الجمعية الوطنية الكبرى التركية"]),
    "YE": ("House of Representatives (Yemen)", ["مجلس النواب اليمني"]),
    "TN": ("Assembly of the Representatives of the People", ["مجلس نواب الشعب", "مجلس نواب الشعب التونسي"]),
    "JO": ("Parliament of Jordan", ["مجلس الأمة الأردني"]),
    "KW": ("National Assembly (Kuwait)", ["مجلس الأمة الكويتي"]),
    "DZ": ("Parliament of Algeria", []), "MA": ("Parliament of Morocco", []),
    "IR": ("Islamic Consultative Assembly", ["مجلس الشورى الإسلامي", "مجلس الشورى الإيراني"]),
    "SY": ("People's Assembly of Syria", ["مجلس الشعب السوري"]),
    "SD": ("National Assembly (Sudan)", ["المجلس الوطني السوداني"]),
    "BH": ("National Assembly (Bahrain)", ["المجلس الوطني البحريني"]),
    "PS": ("Palestinian Legislative Council", ["المجلس التشريعي الفلسطيني"]),
    "MR": ("National Assembly (Mauritania)", ["الجمعية الوطنية الموريتانية"]),
    "GB": ("Parliament of the United Kingdom", []), "FR": ("French Parliament", []),
    "DE": ("Bundestag", ["البوندستاغ", "البوندستاج"]), "IT": ("Italian Parliament", []),
    "ES": ("Cortes Generales", []), "RU": ("Federal Assembly (Russia)", []),
    "IN": ("Parliament of India", []), "PK": ("Parliament of Pakistan", []),
    "AF": ("National Assembly (Afghanistan)", []), "BD": ("Jatiya Sangsad", []),
    "MY": ("Parliament of Malaysia", []), "ID": ("People's Consultative Assembly", []),
    "AU": ("Parliament of Australia", []), "CA": ("Parliament of Canada", []),
    "JP": ("National Diet", []), "KR": ("National Assembly (South Korea)", []),
    "HU": ("National Assembly (Hungary)", []), "RS": ("National Assembly (Serbia)", []),
    "GR": ("Hellenic Parliament", []), "AT": ("Austrian Parliament", []),
    "BE": ("Federal Parliament of Belgium", []), "NL": ("States General of the Netherlands", []),
    "SE": ("Riksdag", []), "DK": ("Folketing", []), "NO": ("Storting", []),
    "PL": ("Parliament of Poland", []), "UA": ("Verkhovna Rada", []), "IE": ("Oireachtas", []),
    "PT": ("Assembly of the Republic (Portugal)", []), "BR": ("National Congress of Brazil", []),
    "VE": ("National Assembly (Venezuela)", []), "ZA": ("Parliament of South Africa", []),
    "NG": ("National Assembly (Nigeria)", []), "ET": ("Federal Parliamentary Assembly", []),
    "ML": ("National Assembly (Mali)", []), "SO": ("Federal Parliament of Somalia", []),
    "AM": ("National Assembly (Armenia)", []),
}
# Bare names that stand for a government only in a text about its country (weak aliases): the news
# calls Syria's government "the regime" (النظام) outright; of the other regimes, the bare word measured
# more wrong than right on the train split.
GOVERNMENT_WEAK = {"SY": ["النظام"], "YE": ["الحكومة الشرعية"]}
# Governments' names the adjective forms do not give (حكومة بغداد، نظام الأسد).
GOVERNMENT_ALIASES = {
    "IQ": ["حكومة بغداد", "الحكومة المركزية في بغداد"],
    "SY": ["نظام الأسد", "نظام بشار الأسد", "نظام الرئيس بشار الأسد", "حكومة الرئيس بشار الأسد", "حكومة دمشق"],
    "YE": ["حكومة الرئيس عبد ربه منصور هادي", "حكومة هادي", "الحكومة الشرعية في اليمن", "الحكومة اليمنية الشرعية",
           "السلطة الشرعية في اليمن", "السلطة الشرعية اليمنية"],
    # The occupation authorities (سلطات الاحتلال) are Israel's government: labelled so in all 12 train texts.
    "IL": ["حكومة نتنياهو", "حكومة بنيامين نتنياهو", "سلطات الاحتلال", "سلطات الاحتلال الإسرائيلي"],
    "IR": ["نظام الملالي", "نظام ولاية الفقيه"],
    "QA": ["نظام الحمدين", "تنظيم الحمدين"],
    "US": ["الحكومة الفدرالية الأمريكية", "الحكومة الفيدرالية الأمريكية", "الحكومة الفدرالية الأميركية", "الحكومة الفيدرالية الأميركية"],
}


# What ArabicNormaliser surely folds (diacritics, tatweel, hamza on alef, alef maqsura, teh marbuta):
# two aliases that differ only so are one name to the tagger (الإمارات، الامارات; عُمان، عمان).
FOLDED = str.maketrans({"\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",
                        "\u0649": "\u064A", "\u0629": "\u0647", "\u0640": None,
                        **{chr(c): None for c in range(0x064B, 0x0660)}, "\u0670": None})


def folded_unique(names):
    """The names, the first of each folded spelling kept."""
    seen = set()
    unique = []
    for name in names:
        key = name.translate(FOLDED)
        if key not in seen:
            seen.add(key)
            unique.append(name)
    return unique


def curated_aliases(kb_dir):
    """Every alias the curated actor files give, folded, so a generated actor never takes a curated one's name
    in another spelling either."""
    import re
    aliases = set()
    lines = [line for name in CURATED_ACTORS for line in open(f"{kb_dir}/{name}", encoding="utf-8")]
    for line in lines:
        m = re.search(r"aliases: \[(.*?)\]", line)
        if m:
            aliases.update(a.strip().strip('"').translate(FOLDED) for a in m.group(1).split(","))
        m = re.search(r"ar: ([^,}]+)", line)
        if m:
            aliases.add(m.group(1).strip().strip('"').translate(FOLDED))
    return aliases


def main(src, out):
    cldr = json.load(open(f"{src}/gazetteer-countries-npm/cldr-48.2.0-ar-territories.json"))
    territories = cldr["main"]["ar"]["localeDisplayNames"]["territories"]
    ar_iso = json.load(open(f"{src}/gazetteer-countries-npm/i18n-iso-countries-7.14.0-ar.json"))["countries"]
    en_iso = json.load(open(f"{src}/gazetteer-countries-npm/i18n-iso-countries-7.14.0-en.json"))["countries"]
    nationalities = json.load(open(f"{src}/gazetteer-arwikicats/nationalities_data.json"))

    def as_list(v):
        return v if isinstance(v, list) else [v]

    code_of_en = {}
    for code, names in en_iso.items():
        for n in as_list(names):
            code_of_en[n.lower()] = code
    code_of_en.update(EN_ALIASES)

    adjectives = {}
    for key, entry in nationalities.items():
        code = code_of_en.get(entry["en"].lower())
        if code is None or code in AMBIGUOUS_ADJECTIVES:
            continue
        forms = adjectives.setdefault(code, [])
        male, males = entry["male"], entry["males"]
        for form in [male, males, entry["female"], entry["the_male"], entry["the_female"],
                     "ال" + males, male + "ين", "ال" + male + "ين", male + "ون", "ال" + male + "ون"]:
            if form and form not in forms and form not in DROPPED_ADJECTIVES.get(code, ()):
                forms.append(form)
        # The English adjective (ArWikiCats' key: "libyan"), for Latin-script text and queries.
        latin = key.title()
        if " " not in key and usable(latin) and latin not in forms and latin not in DROPPED_ADJECTIVES.get(code, ()):
            forms.append(latin)

    seen, shared = set(), set()
    for code in en_iso:
        for n in set(as_list(en_iso[code]) + as_list(ar_iso.get(code, []))):
            (shared if n in seen else seen).add(n)
    lines = []
    lines.append("# Countries: ISO 3166-1 alpha-2 ids, Arabic labels from CLDR 48.2, English labels from")
    lines.append("# i18n-iso-countries, adjectives from ArWikiCats. Generated by src/test/kb-generator/")
    lines.append("# generate_countries.py: edit the generator's tables, not this file.")
    lines.append("# names: the country's names; adjectives: nisba forms; capitals: cities that stand for the")
    lines.append("# government; after: the name counts only after one of these words (it is a common word); parts:")
    lines.append("# its constituent parts' names and adjectives, which name it when tagging but not for search.")
    governments = ["# A country's government as an actor (الحكومة الإيطالية). Generated by",
                   "# src/test/kb-generator/generate_countries.py from the countries' names and adjectives."]
    taken = curated_aliases(out)
    institutions = ["# A country's armed forces, central bank, foreign ministry, judiciary and legislature as actors (القوات المسلحة الإماراتية،",
                    "# البنك المركزي الإيراني، وزارة الخارجية الإيرانية), under their English Wikipedia titles. Generated by",
                    "# src/test/kb-generator/generate_countries.py from the countries' names and adjectives and its",
                    "# ARMED_FORCES, CENTRAL_BANKS, FOREIGN_MINISTRY_TITLES, INTERIOR_MINISTRY_TITLES, DEFENCE_MINISTRY_TITLES and LEGISLATURES tables; a country whose institution",
                    "# actors.yaml holds is skipped."]
    teams = ["# A country's national football team as an actor (منتخب إيطاليا، المنتخب الإيطالي). Generated by",
             "# src/test/kb-generator/generate_countries.py from the countries' names and adjectives."]
    for code in sorted(en_iso):
        if code not in territories:
            continue
        ar = territories.get(code + "-alt-short", territories[code])
        en = EN_LABEL.get(code, as_list(en_iso[code])[0])
        names = []
        for n in [territories[code], territories.get(code + "-alt-short"), territories.get(code + "-alt-variant"),
                  *as_list(ar_iso.get(code, [])), *EXTRA_NAMES.get(code, []), *as_list(en_iso[code])]:
            extra = n in EXTRA_NAMES.get(code, [])
            if n and n not in names and " - " not in n and usable(n) and (extra or n not in shared):
                names.append(n)
        adjs = adjectives.get(code, []) + [a for a in EXTRA_ADJECTIVES.get(code, []) if a not in adjectives.get(code, [])]
        parts = [f"id: {code}", f"ar: {ar}", f"en: {json.dumps(en, ensure_ascii=False)}",
                 "names: " + json.dumps(names, ensure_ascii=False)]
        if adjs:
            parts.append("adjectives: " + json.dumps(adjs, ensure_ascii=False))
        if code in COUNTRY_PARTS:
            parts.append("parts: " + json.dumps(COUNTRY_PARTS[code], ensure_ascii=False))
        if CAPITALS.get(code):
            parts.append("capitals: " + json.dumps(CAPITALS[code], ensure_ascii=False))
        if code in GUARDED_NAMES:
            parts.append("after: " + json.dumps(GUARDED_NAMES[code], ensure_ascii=False))
        lines.append("- {" + ", ".join(parts) + "}")
        team = TEAM_TITLES.get(code, f"{en} national football team")
        # Territories with neither adjectives nor a table entry field no team (Bouvet Island).
        if team and (code in adjectives or code in EXTRA_NAMES or code in EXTRA_ADJECTIVES):
            the_male = [a for a in adjs if a.startswith("ال") and a.endswith("ي")]
            aliases = ["منتخب " + n for n in names if is_arabic(n)] + ["المنتخب " + a for a in the_male]
            sport = TEAM_NICKNAMES.get(code, []) + ([n for n in names if is_arabic(n)] if code in TEAM_BY_BARE_NAME else [])
            teams.append(actor_line(f"national-team-{code.lower()}", team, "منتخب " + ar, code, aliases,
                                    sport=sport or None))
        the_female = [a for a in adjs if a.startswith("ال") and a.endswith("ية")]
        the_male = [a for a in adjs if a.startswith("ال") and a.endswith("ي")]
        arabic_names = [n for n in names if is_arabic(n)]
        if code in ARMED_FORCES:
            title, own = ARMED_FORCES[code]
            # Without adjectives (مالي، هندي are common words) the table's own names come first.
            aliases = (["القوات المسلحة " + a for a in the_female] + ["الجيش " + a for a in the_male]
                       + ["القوات " + a for a in the_female] + own + ["جيش " + n for n in arabic_names]
                       # Indefinite, as news writes a deployment: قوات إماراتية.
                       + ["قوات " + a[2:] for a in the_female])
            # A bare الجيش is weak: the army of the country the text names most, as the labels read it.
            institutions.append(institution(f"armed-forces-of-{code.lower()}", title, code, aliases, taken, weak=["الجيش", "القوات المسلحة"]))
        if code in CENTRAL_BANKS:
            title, own = CENTRAL_BANKS[code]
            aliases = (["البنك المركزي " + a for a in the_male] + ["المصرف المركزي " + a for a in the_male]
                       + ["بنك " + n + " المركزي" for n in arabic_names] + ["مصرف " + n + " المركزي" for n in arabic_names]
                       + own)
            # A bare البنك المركزي is weak too: the central bank of the country the text names most.
            institutions.append(institution(f"central-bank-of-{code.lower()}", title, code, aliases, taken,
                                            weak=["البنك المركزي", "المصرف المركزي"]))
        if code in LEGISLATURES:
            title, own = LEGISLATURES[code]
            aliases = ["البرلمان " + a for a in the_male] + ["برلمان " + n for n in arabic_names] + own
            institutions.append(institution(f"legislature-of-{code.lower()}", title, code, aliases, taken,
                                            weak=["البرلمان"]))
        if the_female:
            title = FOREIGN_MINISTRY_TITLES.get(code, f"Ministry of Foreign Affairs ({en})")
            aliases = (["وزارة الخارجية " + a for a in the_female] + ["الخارجية " + a for a in the_female]
                       + ["وزارة خارجية " + n for n in arabic_names])
            # A bare وزارة الخارجية is weak too: the ministry of the country the text names most.
            institutions.append(institution(f"foreign-ministry-of-{code.lower()}", title, code, aliases, taken,
                                            weak=["وزارة الخارجية"]))
        if the_female:
            # The ministries news names most after foreign affairs. A bare وزارة الداخلية is weak: it is the
            # ministry of the country the text names most, as the labels read it.
            for kind, word, titles, default in (("interior", "الداخلية", INTERIOR_MINISTRY_TITLES, "Ministry of Interior"),
                                                ("defence", "الدفاع", DEFENCE_MINISTRY_TITLES, "Ministry of Defence")):
                title = titles.get(code, f"{default} ({en})")
                if title is None:
                    continue
                # Not the bare adjective form (الداخلية الإيرانية): it is as often الشؤون الداخلية الإيرانية.
                aliases = (["وزارة " + word + " " + a for a in the_female] + ["وزارة " + word[2:] + " " + n for n in arabic_names]
                           + ["وزارة " + word + " في " + n for n in arabic_names + CAPITALS.get(code, [])])
                institutions.append(institution(f"{kind}-ministry-of-{code.lower()}", title, code, aliases, taken,
                                                weak=["وزارة " + word]))
        if the_female and PRESIDENCY_TITLES.get(code, "") is not None:
            # الرئاسة المصرية: the president's office. Not a bare الرئاسة (also a party's or a council's chair).
            title = PRESIDENCY_TITLES.get(code) or f"Presidency of {en}"
            aliases = ["الرئاسة " + a for a in the_female] + ["الرئاسة في " + n for n in arabic_names]
            institutions.append(institution(f"presidency-of-{code.lower()}", title, code, aliases, taken))
        if the_female or the_male:
            # A country's courts as one actor, as the labels name them (القضاء التونسي: Judiciary of Tunisia).
            aliases = (["القضاء " + a for a in the_male] + ["السلطات القضائية " + a for a in the_female]
                       + ["السلطة القضائية " + a for a in the_female])
            government = GOVERNMENT_TITLES.get(code, f"Government of {en}")
            title = ("Judiciary of " + government.removeprefix("Government of ") if government.startswith("Government of ")
                     else JUDICIARY_TITLES.get(code, f"Judiciary of {en}"))
            institutions.append(institution(f"judiciary-of-{code.lower()}", title, code, aliases, taken))
        if code not in SKIP_GOVERNMENTS and adjs:
            # السلطات المصرية is the government too (the labels name it so more often than not).
            aliases = (["الحكومة " + a for a in the_female] + ["حكومة " + n for n in arabic_names]
                       + ["السلطات " + a for a in the_female] + ["السلطات في " + n for n in arabic_names]
                       + ["سلطات " + n for n in arabic_names]
                       + GOVERNMENT_ALIASES.get(code, []))
            # The government by its capital (حكومة طهران، السلطات في أنقرة، نظام بيونغ يانغ): labelled so in 59
            # of the 65 train texts that write one. Not Sanaa's, which is the Houthis' (حكومة صنعاء).
            cities = [c for c in CAPITALS.get(code, []) if c not in CAPITAL_NOT_CITY] if code not in CAPITAL_NOT_GOVERNMENT else []
            aliases += [f"{h} {c}" for c in cities for h in ("حكومة", "الحكومة في", "سلطات", "السلطات في")]
            if code in REGIMES:
                aliases += ["النظام " + a for a in the_male] + ["نظام " + c for c in cities]
                # النظام في طهران، النظام في قطر: labelled as the government in 25 of the 29 train texts that write one.
                aliases += ["النظام في " + c for c in cities] + ["النظام في " + n for n in arabic_names]
            if code not in LEADERSHIP_NOT_GOVERNMENT:
                # The country's leadership (القيادة الإيرانية، القيادة الروسية): labelled as its government in 30 of
                # the 36 train texts that write one.
                aliases += ["القيادة " + a for a in the_female]
            if code not in STATE_NOT_GOVERNMENT:
                # The country's state (الدولة الروسية، الدولة اللبنانية): labelled as its government in 107 of
                # the 135 train texts that write one of the other countries' (Russia 31 of 33, Lebanon 17 of 18).
                aliases += ["الدولة " + a for a in the_female]
            title = GOVERNMENT_TITLES.get(code, f"Government of {en}")
            governments.append(actor_line(f"government-of-{code.lower()}", title, "حكومة " + ar, code, aliases,
                                          GOVERNMENT_WEAK.get(code)))


    with open(f"{out}/countries.yaml", "w") as f:
        f.write("\n".join(lines) + "\n")
    with open(f"{out}/governments.yaml", "w") as f:
        f.write("\n".join(governments) + "\n")
    with open(f"{out}/national-teams.yaml", "w") as f:
        f.write("\n".join(teams) + "\n")
    with open(f"{out}/institutions.yaml", "w") as f:
        f.write("\n".join(line for line in institutions if line) + "\n")


def is_arabic(name):
    """A name in Arabic script (the names list also holds English and Turkish ones: Türkiye)."""
    return not any("a" <= c.lower() <= "z" or c in "çğıöşüÇĞİÖŞÜ" for c in name)


def institution(id, title, code, aliases, taken, weak=None):
    """One generated actor, or None when actors.yaml already names it (any of its aliases taken)."""
    unique = folded_unique(a for a in aliases if a)
    if any(a.translate(FOLDED) in taken for a in unique):
        return None
    return actor_line(id, title, unique[0], code, unique, weak)


def actor_line(id, en, ar, code, aliases, weak=None, sport=None):
    """One generated organisation as a line of YAML (the format of actors.yaml)."""
    aliases = folded_unique(aliases)
    parts = [f"id: {id}", "type: organization", f"en: {json.dumps(en, ensure_ascii=False)}",
             f"ar: {json.dumps(ar, ensure_ascii=False)}", f"country: {code}",
             "aliases: " + json.dumps(aliases, ensure_ascii=False)]
    if weak:
        parts.append("weak: " + json.dumps(weak, ensure_ascii=False))
    if sport:
        parts.append("sport: " + json.dumps(sport, ensure_ascii=False))
    return "- {" + ", ".join(parts) + "}"


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
