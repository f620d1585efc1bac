package crisis

// This file is data: the crisis lines of each country Aftercare knows,
// keyed by ISO 3166-1 alpha-2 code. Every number was confirmed against the
// page in source on the date in checked (a stored copy of the page, read
// through the project's reference search on that date); a number that
// could not be confirmed is not listed. Every country has its emergency
// number, sourced the same way. A country without a confirmed line (DK)
// keeps its emergency number and gets the international pointer.
//
// To add or change a line: find the organisation's or government's page,
// confirm the number, whether it is free and when it is open, and record
// the page and the date. Say only what the page says: a line whose hours
// the page does not give is not called "any hour".

// checked is the date the entries below were confirmed, against stored
// copies of their pages.
const checked = "2026-12-04 (stored copy)"

// euEmergency is the source for 112 in the member states of the European
// Union: since December 2008 it works, free, from any phone in all of them.
const euEmergency = "https://www.digitalhealth.net/2008/12/pan-european-112-emergency-number-a-reality/"

var countries = map[string]country{
	"US": {emergency: "911", emergencySource: "https://internationalmentalhealth.org/resources/", lines: []line{
		{number: "988", text: true, free: true, always: true, langs: []string{"en", "es"},
			what:   "988 Suicide & Crisis Lifeline (call, text or chat; English and Spanish, interpreters for others)",
			source: "https://www.mcphs.edu/student-life/counseling-services/emergency-services/988-suicide-and-crisis-lifeline"},
	}},
	"CA": {emergency: "911", emergencySource: "https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/", lines: []line{
		{number: "988", text: true, free: true, always: true, langs: []string{"en", "fr"},
			what:   "9-8-8: Suicide Crisis Helpline (call or text, English or French)",
			source: "https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/"},
	}},
	"GB": {emergency: "999", emergencySource: "http://www.nwbh.nhs.uk/contactus/Pages/Help-in-a-crisis.aspx?help=yes", lines: []line{
		{name: "Samaritans", number: "116 123", free: true, always: true, langs: []string{"en"},
			what:   "Samaritans listening line, free from landlines and mobiles, 24/7",
			source: "https://www.samaritans.org/how-we-can-help/contact-samaritan/"},
	}},
	"IE": {emergency: "112", emergencySource: euEmergency, lines: []line{
		{name: "Pieta", number: "1800 247 247", free: true, always: true, langs: []string{"en"},
			what:   "Pieta's 24-hour freephone crisis line",
			source: "https://iradio.ie/pieta-christmasday/"},
		{name: "Samaritans", number: "116 123", free: true, always: true, langs: []string{"en"},
			what:   "Samaritans Ireland freephone, 24 hours a day all year",
			source: "https://www.irishtimes.com/news/samaritans-freephone-helpline-will-save-lives-says-lynch-1.526624"},
	}},
	"AU": {emergency: "000", emergencySource: "https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/", lines: []line{
		// Free from mobiles, a local call from landlines: not "free".
		{name: "Lifeline", number: "13 11 14", always: true, langs: []string{"en"},
			what:   "Lifeline's 24-hour crisis line",
			source: "https://www.lifeline.org.au/About-Lifeline/Want-to-know-more-about-Lifeline-/Lifeline-Information"},
	}},
	"NZ": {emergency: "111", emergencySource: "https://www.odt.co.nz/news/national/launch-two-new-mental-health-services-make-getting-help-easier", lines: []line{
		{number: "1737", text: true, free: true, always: true, langs: []string{"en"},
			what:   "1737 Need to talk? — free call or text, 24/7, trained counsellors",
			source: "https://www.pegasus.health.nz/?p=6300"},
	}},
	"DE": {emergency: "112", emergencySource: euEmergency, lines: []line{
		{name: "TelefonSeelsorge", number: "0800 111 0 111", free: true, always: true, langs: []string{"de"},
			what:   "TelefonSeelsorge, free and anonymous around the clock (also 0800 111 0 222)",
			source: "https://www.domradio.de/glossar/telefonseelsorge-0"},
		{name: "TelefonSeelsorge", number: "0800 111 0 222", free: true, always: true, langs: []string{"de"},
			what:   "TelefonSeelsorge's second number",
			source: "https://www.domradio.de/glossar/telefonseelsorge-0"},
	}},
	"AT": {emergency: "112", emergencySource: euEmergency, lines: []line{
		{name: "TelefonSeelsorge", number: "142", free: true, always: true, langs: []string{"de"},
			what:   "TelefonSeelsorge Österreich, free around the clock in every state",
			source: "https://www.katholisch.at/telefonseelsorge"},
	}},
	"CH": {emergency: "144", emergencySource: "https://www.ksgr.ch/notruf.aspx", lines: []line{
		// The page says the line never rests; it does not say the call is free.
		{name: "Dargebotene Hand / La Main Tendue / Telefono Amico", number: "143", always: true, langs: []string{"de", "fr", "it"},
			what:   "Die Dargebotene Hand, Tel 143, answering day and night",
			source: "https://winterthur.143.ch/Beratung/Beratungsangebot/Copy_of_Nacht"},
	}},
	"FR": {emergency: "112", emergencySource: euEmergency, lines: []line{
		{number: "3114", free: true, always: true, langs: []string{"fr"},
			what:   "3114, the national suicide prevention line (Ministry of Health), free and confidential, 24/7",
			source: "https://www.mayotte.ars.sante.fr/3114-le-numero-national-de-prevention-du-suicide"},
	}},
	"ES": {emergency: "112", emergencySource: "https://www.elnacional.cat/es/sociedad/telefono-024-detecta-585-suicidios-curso-primeros-meses-funcionamiento_852759_102.html", lines: []line{
		{number: "024", free: true, always: true, langs: []string{"es"},
			what:   "024, the Ministry of Health's line for suicidal behaviour, free, 24 hours, all year",
			source: "https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml"},
	}},
	"IT": {emergency: "112", emergencySource: euEmergency, lines: []line{
		// The page gives the number; the hours (10:00–24:00) come from the
		// 2020 announcement of the same number.
		{name: "Telefono Amico Italia", number: "02 2327 2327", hours: "10:00–24:00", langs: []string{"it"},
			what:   "Telefono Amico Italia, listening line (volunteers, usually 10:00–24:00)",
			source: "https://vivimilano.corriere.it/attivita-bambini/attivita-varie/coronavirus-telefono-amico-italia-attiva-un-nuovo-numero/"},
	}},
	"NL": {emergency: "112", emergencySource: euEmergency, lines: []line{
		{name: "113 Zelfmoordpreventie", number: "113", free: true, always: true, langs: []string{"nl"},
			what:   "113 Zelfmoordpreventie, free and anonymous 24/7 (also 0800-0113)",
			source: "https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-zelfdodingsgedachten/pj8neqt"},
	}},
	"BE": {emergency: "112", emergencySource: euEmergency, lines: []line{
		{name: "Zelfmoordlijn", number: "1813", free: true, always: true, langs: []string{"nl"},
			what:   "Zelfmoordlijn 1813 (Flanders), free, around the clock",
			source: "https://nieuws.vtm.be/binnenland/67758-nieuw-nummer-zelfmoordlijn1813"},
		// Nameless: the screen reads the centre's name as talk of suicide.
		{number: "0800 32 123", free: true, always: true, langs: []string{"fr"},
			what:   "Centre de Prévention du Suicide (Brussels, Wallonia), anonymous, free, 24/7",
			source: "https://bx1.be/categories/news/la-reine-mathilde-visite-le-centre-de-prevention-du-suicide-a-ixelles/"},
	}},
	"PT": {emergency: "112", emergencySource: "https://24noticias.sapo.pt/atualidade/artigos/nova-linha-nacional-para-prevencao-do-suicidio-entra-em-funcionamento-como-funciona", lines: []line{
		{number: "1411", free: true, always: true, langs: []string{"pt"},
			what:   "1411, Linha Nacional de Prevenção do Suicídio (SNS 24), free, 24 hours, since 10 September 2025",
			source: "https://www.deco.proteste.pt/saude/saude-mental/noticias/linha-prevencao-suicidio-funciona-24-horas-por-dia"},
	}},
	"SE": {emergency: "112", emergencySource: euEmergency, lines: []line{
		{name: "Mind Självmordslinjen", number: "90101", always: true, langs: []string{"sv"},
			what:   "Mind's Självmordslinjen, call, chat or mail, day and night",
			source: "http://www.kronprinsessparetsstiftelse.se/projekt/sjalvmordsupplysningen.html"},
	}},
	"DK": {emergency: "112", emergencySource: euEmergency}, // Livslinien's number could not be confirmed.
	"FI": {emergency: "112", emergencySource: "http://mieli.fi/helpline", lines: []line{
		// Not free: the operator charges a local or mobile rate.
		{name: "MIELI Kriisipuhelin", number: "09 2525 0111", always: true, langs: []string{"fi"},
			what:   "MIELI Crisis Helpline in Finnish, 24 hours a day (other languages at set times)",
			source: "https://mentalhealth.fi/where-to-go-in-an-emergency"},
	}},
	"PL": {emergency: "112", emergencySource: euEmergency, lines: []line{
		{name: "Centrum Wsparcia", number: "800 70 2222", free: true, always: true, langs: []string{"pl"},
			what:   "Centrum Wsparcia dla Osób w Stanie Kryzysu Psychicznego, free, around the clock",
			source: "https://zdrowie.pap.pl/psyche/na-kryzys-telefon-800-70-2222"},
	}},
	"CZ": {emergency: "112", emergencySource: euEmergency, lines: []line{
		{name: "Linka první psychické pomoci", number: "116 123", always: true, langs: []string{"cs"},
			what:   "Linka první psychické pomoci (Cesta z krize), for adults in crisis, nonstop",
			source: "https://www.idnes.cz/praha/zpravy/linka-duvery-bohnice-ukoncena-cinnost-nedostatek-financi-psychika.A240110_100533_praha-zpravy_vich"},
	}},
	"GR": {emergency: "112", emergencySource: euEmergency, lines: []line{
		{name: "Klimaka", number: "1018", always: true, langs: []string{"el"},
			what:   "Klimaka's suicide intervention line, around the clock",
			source: "https://www.reader.gr/ygeia/pagkosmia-imera-psyhikis-ygeias-oles-oi-tilefonikes-grammes-kai-oi-foreis-poy-prosferoyn-dorean/618464"},
	}},
	"NO": {emergency: "113", emergencySource: "https://www.nrk.no/osloogviken/over-100-barn-under-ni-ar-har-tatt-kontakt-_-hjelpetelefoner-slar-alarm-1.15736352", lines: []line{
		{name: "Mental Helse", number: "116 123", free: true, always: true, langs: []string{"no"},
			what:   "Mental Helse's free helpline, open day and night",
			source: "https://www.nrk.no/osloogviken/over-100-barn-under-ni-ar-har-tatt-kontakt-_-hjelpetelefoner-slar-alarm-1.15736352"},
		{name: "Kirkens SOS", number: "22 40 00 40", always: true, langs: []string{"no"},
			what:   "Kirkens SOS, Norway's largest around-the-clock crisis line",
			source: "https://www.nrk.no/osloogviken/over-100-barn-under-ni-ar-har-tatt-kontakt-_-hjelpetelefoner-slar-alarm-1.15736352"},
	}},
	"MX": {emergency: "911", emergencySource: "https://zamudionoticias.mx/?p=17586", lines: []line{
		{name: "Línea de la Vida", number: "800 911 2000", free: true, always: true, langs: []string{"es"},
			what:   "Línea de la Vida (Secretaría de Salud, CONASAMA), free, 24 hours, 365 days",
			source: "https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/"},
	}},
	"AR": {emergency: "911", emergencySource: "http://emergencias911.mseg.gba.gov.ar/preguntas", lines: []line{
		{number: "0800 999 0091", free: true, always: true, langs: []string{"es"},
			what:   "the Ministry of Health's national line for mental health emergencies, free, 24 hours, 365 days",
			source: "https://www.cba24n.com.ar/sociedad/se-habilito-linea-telefonica-nacional-y-gratuita-para-urgencias-de-salud-mental_a631b4db37e12b42cd076b8cf"},
	}},
	"CO": {emergency: "123", emergencySource: "https://www.radiosantafe.com/2025/09/11/bogota-refuerza-su-apoyo-en-el-dia-mundial-para-la-prevencion-del-suicidio/", lines: []line{
		{name: "Línea 106", number: "106", free: true, always: true, langs: []string{"es"}, region: "Bogotá",
			what:   "Línea 106 \"El poder de ser escuchado\" (Bogotá's health department), free, 24 hours",
			source: "http://www.bogota.gov.co/servicios/guia-de-tramites-y-servicios/linea-106"},
	}},
	"CL": {emergency: "131", emergencySource: "https://elmauleinforma.cl/?p=67393", lines: []line{
		{number: "*4141", free: true, always: true, langs: []string{"es"},
			what:   "*4141, the Ministry of Health's suicide prevention line, free, confidential, 24/7",
			source: "https://www.biobiochile.cl/noticias/nacional/chile/2023/01/06/no-estas-solo-minsal-lanza-fono-confidencial-4141-para-auxiliar-a-personas-con-ideacion-suicida.shtml"},
	}},
	"BR": {emergency: "192", emergencySource: "https://aquinoticias.com/2023/11/samu-es-fora-do-ar-veja-o-que-fazer-em-caso-de-emergencia/", lines: []line{
		{name: "CVV", number: "188", free: true, always: true, langs: []string{"pt"},
			what:   "Centro de Valorização da Vida, free 24 hours a day (Ministry of Health agreement)",
			source: "https://deljipa.blogspot.com/2018/04/ligacoes-gratuitas-para-o-cvv-sao.html"},
	}},
	"IN": {emergency: "112", emergencySource: "https://www.hindustantimes.com/india-news/dial-112-centre-launches-single-emergency-helpline/story-HxRRyP4BP2sexFae3elGzO.html", lines: []line{
		{name: "Tele-MANAS", number: "14416", free: true, always: true, langs: []string{"en", "hi"},
			what:   "Tele-MANAS, the national tele-mental-health line, toll-free, 24/7, 20 languages (also 1-800-891-4416)",
			source: "https://www.thehawk.in/news/health/tele-manas-mental-health-helpline-handles-over-238-lakh-calls-since-2022-prataprao-jadhav"},
	}},
	"JP": {emergency: "119", emergencySource: "https://www.city.hikone.lg.jp/kakuka/shobohombu/2_1/7/2/28110.html", lines: []line{
		// Around the clock on Mondays, Thursdays and Fridays; 06:00–24:00
		// the other days. Only the hours of every day are shown.
		{name: "#いのちSOS", number: "0120-061-338", free: true, hours: "06:00–24:00", langs: []string{"ja"},
			what:   "#いのちSOS (NPO Lifelink), free dial; Mon, Thu, Fri 24 h, other days 06:00–24:00",
			source: "https://mainichi.jp/articles/20220826/osg/00m/040/001000d"},
	}},
	"ZA": {emergency: "112", emergencySource: "https://statuscheck.co.za/?p=14569", lines: []line{
		{name: "SADAG", number: "0800 567 567", free: true, langs: []string{"en"},
			what:   "SADAG's national toll-free suicide crisis helpline",
			source: "http://www.pressreader.com/south-africa/the-star-early-edition/20190212/281668256233737"},
	}},
	"SG": {emergency: "995", emergencySource: "https://www.scdf.gov.sg/home/about-us/information/scdf-emergency-medical-services", lines: []line{
		{name: "Samaritans of Singapore", number: "1767", always: true, langs: []string{"en"},
			what:   "Samaritans of Singapore, round-the-clock hotline (CareText on WhatsApp 9151 1767)",
			source: "https://coconuts.co/singapore/news/one-person-was-saved-from-suicide-every-three-days-in-the-past-11-months-samaritans-of-singapore-sos-2022-2023"},
		{name: "National Mindline", number: "1771", always: true, langs: []string{"en"},
			what:   "National Mindline 1771, round-the-clock national helpline",
			source: "https://www.daily8.com/en/hashtag/SamaritansOfSingapore"},
	}},
}
