package lang

// Statute is a law that documents refer to by abbreviation.
type Statute struct {
	Abbrev string // as written: "AVG", "BW"
	ID     string // canonical: "AVG", "BW"
	Name   string
}

// Statutes lists the laws legalkit recognises by the abbreviations
// documents use (case-sensitive). Their official texts are in acts
// (statute_acts.go); StatuteNames lists the same laws by their full names.
var Statutes = map[string]Statute{
	// The GDPR in the four languages: one act, EU 2016/679.
	"AVG":    {"AVG", "AVG", "Algemene verordening gegevensbescherming (EU) 2016/679"},
	"GDPR":   {"GDPR", "AVG", "General Data Protection Regulation (EU) 2016/679"},
	"DSGVO":  {"DSGVO", "DSGVO", "Datenschutz-Grundverordnung (EU) 2016/679"},
	"DS-GVO": {"DS-GVO", "DSGVO", "Datenschutz-Grundverordnung (EU) 2016/679"},
	"RGPD":   {"RGPD", "RGPD", "Règlement général sur la protection des données (UE) 2016/679"},
	// Other EU acts known by a short name.
	"DSA": {"DSA", "DSA", "Digital Services Act, Regulation (EU) 2022/2065"},
	"DMA": {"DMA", "DMA", "Digital Markets Act, Regulation (EU) 2022/1925"},
	// Dutch acts.
	"UAVG": {"UAVG", "UAVG", "Uitvoeringswet Algemene verordening gegevensbescherming"},
	"BW":   {"BW", "BW", "Burgerlijk Wetboek"},
	"Rv":   {"Rv", "Rv", "Wetboek van Burgerlijke Rechtsvordering"},
	"Aw":   {"Aw", "Aw", "Auteurswet"},
	"Tw":   {"Tw", "Tw", "Telecommunicatiewet"},
	"Wft":  {"Wft", "Wft", "Wet op het financieel toezicht"},
	"Wck":  {"Wck", "Wck", "Wet op het consumentenkrediet"},
	"Wpg":  {"Wpg", "Wpg", "Wet politiegegevens"},
	// German acts.
	"BDSG":  {"BDSG", "BDSG", "Bundesdatenschutzgesetz"},
	"BGB":   {"BGB", "BGB", "Bürgerliches Gesetzbuch"},
	"EGBGB": {"EGBGB", "EGBGB", "Einführungsgesetz zum Bürgerlichen Gesetzbuche"},
	"HGB":   {"HGB", "HGB", "Handelsgesetzbuch"},
	"UWG":   {"UWG", "UWG", "Gesetz gegen den unlauteren Wettbewerb"},
	"TMG":   {"TMG", "TMG", "Telemediengesetz"},
	"TTDSG": {"TTDSG", "TTDSG", "Telekommunikation-Telemedien-Datenschutz-Gesetz"},
	"TDDDG": {"TDDDG", "TTDSG", "Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz"},
	"DDG":   {"DDG", "DDG", "Digitale-Dienste-Gesetz"},
	"TKG":   {"TKG", "TKG", "Telekommunikationsgesetz"},
	"UrhG":  {"UrhG", "UrhG", "Urheberrechtsgesetz"},
	"UKlaG": {"UKlaG", "UKlaG", "Unterlassungsklagengesetz"},
	"PAngV": {"PAngV", "PAngV", "Preisangabenverordnung"},
	"AO":    {"AO", "AO", "Abgabenordnung"},
	"GG":    {"GG", "GG", "Grundgesetz"},
	// French codes: the code is its own name.
	"Code civil":              {"Code civil", "Code civil", "Code civil"},
	"Code de la consommation": {"Code de la consommation", "Code de la consommation", "Code de la consommation"},
}

// StatuteNames maps the full names of the known laws, as they are written
// after an article number (German names in their genitive too), to their
// ID. A name is matched with its first letter in either case.
var StatuteNames = map[string]string{
	"Algemene verordening gegevensbescherming":                "AVG",
	"Algemene Verordening Gegevensbescherming":                "AVG",
	"General Data Protection Regulation":                      "AVG",
	"Datenschutz-Grundverordnung":                             "DSGVO",
	"Règlement général sur la protection des données":         "RGPD",
	"Uitvoeringswet Algemene verordening gegevensbescherming": "UAVG",
	"Uitvoeringswet AVG":                                      "UAVG",
	"Burgerlijk Wetboek":                                      "BW",
	"Wetboek van Burgerlijke Rechtsvordering":                 "Rv",
	"Auteurswet":                                   "Aw",
	"Telecommunicatiewet":                          "Tw",
	"Wet op het financieel toezicht":               "Wft",
	"Wet op het consumentenkrediet":                "Wck",
	"Wet politiegegevens":                          "Wpg",
	"Handelsregisterwet 2007":                      "Hrgw",
	"Instellingswet Autoriteit Consument en Markt": "ACM",
	"Bürgerliches Gesetzbuch":                      "BGB",
	"Bürgerlichen Gesetzbuchs":                     "BGB",
	"Bürgerlichen Gesetzbuches":                    "BGB",
	"Handelsgesetzbuch":                            "HGB",
	"Handelsgesetzbuchs":                           "HGB",
	"Handelsgesetzbuches":                          "HGB",
	"Bundesdatenschutzgesetz":                      "BDSG",
	"Bundesdatenschutzgesetzes":                    "BDSG",
	"Telemediengesetz":                             "TMG",
	"Telemediengesetzes":                           "TMG",
	"Telekommunikationsgesetz":                     "TKG",
	"Telekommunikationsgesetzes":                   "TKG",
	"Gesetz gegen den unlauteren Wettbewerb":       "UWG",
	"Gesetzes gegen den unlauteren Wettbewerb":     "UWG",
	"Unterlassungsklagengesetz":                    "UKlaG",
	"Unterlassungsklagengesetzes":                  "UKlaG",
	"Urheberrechtsgesetz":                          "UrhG",
	"Urheberrechtsgesetzes":                        "UrhG",
	"Preisangabenverordnung":                       "PAngV",
	"Abgabenordnung":                               "AO",
	"Grundgesetz":                                  "GG",
	"Grundgesetzes":                                "GG",
	"Code civil":                                   "Code civil",
	"Code de la consommation":                      "Code de la consommation",
}
