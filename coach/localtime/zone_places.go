package localtime

// zoneAbbrevs maps common time zone abbreviations to one representative
// zone. They are ambiguous (IST is India, Ireland and Israel; CST is the
// US and China), so whoever uses LookupZone names the zone chosen. Both
// the standard and the summer form lead to the same zone, which then keeps
// daylight saving time by itself.
var zoneAbbrevs = map[string]string{
	"GMT": "Europe/London", "BST": "Europe/London", "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon",
	"CET": "Europe/Paris", "CEST": "Europe/Paris", "EET": "Europe/Athens", "EEST": "Europe/Athens",
	"MSK": "Europe/Moscow", "IST": "Asia/Kolkata", "PKT": "Asia/Karachi", "SGT": "Asia/Singapore",
	"HKT": "Asia/Hong_Kong", "JST": "Asia/Tokyo", "KST": "Asia/Seoul",
	"AWST": "Australia/Perth", "ACST": "Australia/Adelaide", "ACDT": "Australia/Adelaide",
	"AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland",
	"EST": "America/New_York", "EDT": "America/New_York", "CST": "America/Chicago", "CDT": "America/Chicago",
	"MST": "America/Denver", "MDT": "America/Denver", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
	"AKST": "America/Anchorage", "AKDT": "America/Anchorage", "HST": "Pacific/Honolulu",
	"AST": "America/Halifax", "ADT": "America/Halifax", "NST": "America/St_Johns", "NDT": "America/St_Johns",
	"BRT": "America/Sao_Paulo", "ART": "America/Argentina/Buenos_Aires", "SAST": "Africa/Johannesburg",
	"WAT": "Africa/Lagos", "CAT": "Africa/Maputo", "EAT": "Africa/Nairobi",
}

// placeZones are places people name that are not a zone's own city: large
// cities that share a zone, and a few countries with one zone. A zone's own
// city ("London", "New York", "Sao Paulo") needs no entry.
var placeZones = map[string]string{
	"uk": "Europe/London", "england": "Europe/London", "scotland": "Europe/London", "wales": "Europe/London",
	"manchester": "Europe/London", "birmingham": "Europe/London", "edinburgh": "Europe/London", "glasgow": "Europe/London",
	"liverpool": "Europe/London", "leeds": "Europe/London", "bristol": "Europe/London", "cardiff": "Europe/London",
	"belfast": "Europe/London", "ireland": "Europe/Dublin", "cork": "Europe/Dublin",
	"france": "Europe/Paris", "lyon": "Europe/Paris", "marseille": "Europe/Paris",
	"germany": "Europe/Berlin", "munich": "Europe/Berlin", "frankfurt": "Europe/Berlin", "hamburg": "Europe/Berlin", "cologne": "Europe/Berlin",
	"spain": "Europe/Madrid", "barcelona": "Europe/Madrid", "valencia": "Europe/Madrid", "seville": "Europe/Madrid",
	"italy": "Europe/Rome", "milan": "Europe/Rome", "naples": "Europe/Rome", "florence": "Europe/Rome",
	"netherlands": "Europe/Amsterdam", "rotterdam": "Europe/Amsterdam", "the hague": "Europe/Amsterdam",
	"switzerland": "Europe/Zurich", "geneva": "Europe/Zurich", "austria": "Europe/Vienna", "belgium": "Europe/Brussels",
	"portugal": "Europe/Lisbon", "porto": "Europe/Lisbon", "sweden": "Europe/Stockholm", "gothenburg": "Europe/Stockholm",
	"norway": "Europe/Oslo", "denmark": "Europe/Copenhagen", "finland": "Europe/Helsinki", "poland": "Europe/Warsaw",
	"krakow": "Europe/Warsaw", "greece": "Europe/Athens", "japan": "Asia/Tokyo", "osaka": "Asia/Tokyo",
	"india": "Asia/Kolkata", "mumbai": "Asia/Kolkata", "delhi": "Asia/Kolkata", "new delhi": "Asia/Kolkata",
	"bangalore": "Asia/Kolkata", "bengaluru": "Asia/Kolkata", "chennai": "Asia/Kolkata", "hyderabad": "Asia/Kolkata",
	"china": "Asia/Shanghai", "beijing": "Asia/Shanghai", "shenzhen": "Asia/Shanghai", "guangzhou": "Asia/Shanghai",
	"israel": "Asia/Jerusalem", "tel aviv": "Asia/Jerusalem", "new zealand": "Pacific/Auckland", "wellington": "Pacific/Auckland",
	"washington": "America/New_York", "washington dc": "America/New_York", "boston": "America/New_York",
	"philadelphia": "America/New_York", "miami": "America/New_York", "atlanta": "America/New_York", "nyc": "America/New_York",
	"brooklyn": "America/New_York", "baltimore": "America/New_York", "orlando": "America/New_York", "pittsburgh": "America/New_York",
	"houston": "America/Chicago", "dallas": "America/Chicago", "austin": "America/Chicago", "san antonio": "America/Chicago",
	"minneapolis": "America/Chicago", "new orleans": "America/Chicago", "nashville": "America/Chicago", "st louis": "America/Chicago",
	"salt lake city": "America/Denver", "albuquerque": "America/Denver",
	"san francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles", "portland": "America/Los_Angeles",
	"san diego": "America/Los_Angeles", "las vegas": "America/Los_Angeles", "sacramento": "America/Los_Angeles",
	"san jose": "America/Los_Angeles", "la": "America/Los_Angeles",
	"montreal": "America/Toronto", "ottawa": "America/Toronto", "quebec": "America/Toronto", "calgary": "America/Edmonton",
	"rio de janeiro": "America/Sao_Paulo", "rio": "America/Sao_Paulo", "brasilia": "America/Sao_Paulo",
	"cape town": "Africa/Johannesburg", "durban": "Africa/Johannesburg", "south africa": "Africa/Johannesburg",
	"canberra": "Australia/Sydney", "gold coast": "Australia/Brisbane",
}
