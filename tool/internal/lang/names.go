package lang

// Words that make a capitalised phrase the name of a law, an authority or
// a country rather than a term of the document ("de Europese Commissie",
// "het Burgerlijk Wetboek", "the United States"). check's term-undefined
// does not ask for a definition of such a name. Lower case.

// LawWordEndings end a word that names a law: Telecommunicatiewet,
// Wetboek, Datenschutz-Grundverordnung.
var LawWordEndings = []string{"wet", "wetboek", "verdrag", "besluit", "verordening", "richtlijn", "reglement",
	"gesetz", "gesetzbuch", "verordnung", "richtlinie", "ordnung"}

// LawWords are whole words that name a law or an authority.
var LawWords = map[string]bool{
	"act": true, "regulation": true, "directive": true, "code": true, "treaty": true, "convention": true,
	"commission": true, "parliament": true, "council": true, "court": true, "authority": true, "government": true, "ministry": true,
	"raad": true, "minister": true, "ministers": true, "kamer": true, "commissie": true, "parlement": true, "autoriteit": true,
	"hof": true, "rechtbank": true, "staten-generaal": true, "regering": true, "ministerie": true,
	"rat": true, "kommission": true, "parlament": true, "gericht": true, "gerichtshof": true, "bundesregierung": true, "behörde": true, "bundestag": true, "bundesrat": true,
	"staatsblad": true, "staatscourant": true, "publicatieblad": true, "college": true, "bureau": true, "orgaan": true, "unie": true, "union": true,
	"loi": true, "règlement": true, "conseil": true, "cour": true, "autorité": true, "gouvernement": true, "traité": true,
}

// AuthorityWordEndings end a compound that names an authority:
// Mededingingsautoriteit, Uitvoeringsinstituut, Aufsichtsbehörde.
var AuthorityWordEndings = []string{"autoriteit", "instituut", "behörde", "ministerium", "amt", "gericht"}

// Places are countries and unions that legal texts name.
var Places = map[string]bool{
	"european union": true, "europese unie": true, "europäische union": true, "union européenne": true,
	"european economic area": true, "europese economische ruimte": true, "europäischer wirtschaftsraum": true, "espace économique européen": true,
	"united states": true, "united states of america": true, "verenigde staten": true, "vereinigte staaten": true, "états-unis": true,
	"united kingdom": true, "verenigd koninkrijk": true, "verenigde koninkrijk": true, "vereinigtes königreich": true, "royaume-uni": true,
	"netherlands": true, "nederland": true, "niederlande": true, "pays-bas": true,
	"germany": true, "duitsland": true, "deutschland": true, "allemagne": true,
	"france": true, "frankrijk": true, "frankreich": true,
	"belgium": true, "belgië": true, "belgien": true, "belgique": true,
	"switzerland": true, "zwitserland": true, "schweiz": true, "suisse": true,
	"austria": true, "oostenrijk": true, "österreich": true, "autriche": true,
	"ireland": true, "ierland": true, "irland": true, "irlande": true,
	"canada": true, "california": true, "californië": true, "californie": true, "kalifornien": true, "luxembourg": true, "luxemburg": true,
}
