package lang

// french holds the words French readers see, with French typography: a
// no-break space (nb) before a colon or semicolon and inside guillemets.
var french = Words{
	Name:    "Français",
	Unknown: "inconnue",
	Months:  [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	date:    frenchDate,
	PDF: PDFWords{Version: "Version", Published: "Publication", Effective: "Entrée en vigueur", Status: "Statut",
		Draft: "projet", Final: "publiée", Stamp: "PROJET", Page: "page %d sur %d",
		Legend: "Le texte inséré est souligné et en vert, le texte supprimé est barré et en rouge" + nb + "; " +
			"une barre dans la marge signale chaque ligne modifiée. Les numéros du récapitulatif renvoient aux articles.",
		Previous: "Version précédente", Current: "Nouvelle version"},
	Changes: ChangeWords{
		Added: "ajouté", Removed: "supprimé", Amended: "modifié", Moved: "déplacé",
		Renumbered: "renuméroté", Editorial: "rédactionnel", Unchanged: "inchangé",
		Summary: "Récapitulatif", Definitions: "Définitions", Definition: "terme défini", Changes: "Modifications",
		Clause: "article", Clauses: "articles", Old: "avant", New: "après",
		Substantive: "sur le fond", EditorialChanges: "modifications rédactionnelles",
		Affected: "concernés indirectement", References: "renvois à vérifier", NoChanges: "Aucune modification.",
		Preamble: "préambule", Published: "publication" + nb + ":", Effective: "entrée en vigueur" + nb + ":",
		Version: "version", Versions: "versions",
		FirstVersion: "première version", Hidden: "modifications rédactionnelles masquées",
		Deleted: "supprimé", Inserted: "inséré",
		Legend: "Le texte supprimé figure entre [− et ] et est barré" + nb + "; le texte inséré figure entre [+ et ] et est souligné.",
		Reasons: map[string]string{
			"whitespace": "espacement", "typography": "typographie", "capitalisation": "majuscules",
			"punctuation": "ponctuation", "reference-renumbered": "renvoi adapté à la nouvelle numérotation",
			"repeated-word": "mot répété supprimé",
		},
		RefIssues: map[string]string{
			"target-removed":    "%s" + nb + ": " + guillemets("%s") + " renvoyait à %s, qui a été supprimé",
			"target-renumbered": "%s" + nb + ": " + guillemets("%s") + " renvoyait à %s, mais cet article porte désormais le numéro %s" + nb + "; ce numéro désigne maintenant autre chose",
			"target-amended":    "%s" + nb + ": " + guillemets("%s") + " renvoie à %s, qui a été modifié sur le fond",
		},
		UsedIn: "employé dans", MovedFrom: "anciennement", Was: "anciennement", Now: "désormais",
		Changelog: "Historique des modifications", Draft: "projet",
		Notice: NoticeWords{
			Subject:        "Avis de modification" + nb + ": %s, en vigueur le %s",
			SubjectUnknown: "Avis de modification" + nb + ": %s",
			Intro:          "%s modifie le document " + guillemets("%s") + ". La nouvelle version (%s) a été publiée le %s et remplace la version %s.",
			IntroUnknown:   "%s modifie le document " + guillemets("%s") + ". La nouvelle version (%s) remplace la version %s.",
			EffectiveOn:    "La nouvelle version entre en vigueur le %s.",
			EffectiveNone:  "La date d’entrée en vigueur de la nouvelle version n’est pas encore connue.",
			SubstantiveH:   "Modifications de fond",
			DefinitionsH:   "Définitions",
			EditorialH:     "Modifications rédactionnelles",
			EditorialIntro: "Ces modifications ne changent rien au fond" + nb + ":",
			OnlyEditorial:  "Cette version ne contient que des modifications rédactionnelles" + nb + "; le fond des conditions reste inchangé.",
			Renumbered:     "%d articles ont reçu un nouveau numéro" + nb + "; leur texte n’a pas changé.",
			RenumberedOne:  "1 article a reçu un nouveau numéro" + nb + "; son texte n’a pas changé.",
			ItemAdded:      "nouveau",
			ItemRemoved:    "supprimé",
			ItemAmended:    "modifié",
			ItemMoved:      "déplacé, anciennement %s",
			DefAmended:     "La définition de " + guillemets("%s") + " a été modifiée.",
			DefAdded:       guillemets("%s") + " est un terme nouvellement défini.",
			DefRemoved:     "La définition de " + guillemets("%s") + " a été supprimée.",
			DefUsedIn:      "Cela concerne les articles qui emploient ce terme" + nb + ": %s.",
			ObjectionH:     "Si vous n’acceptez pas les modifications",
			Explanation:    "Explication",
			FullText:       "Le nouveau texte intégral est disponible à l’adresse %s.",
			Draft:          "PROJET" + nb + ": cette version n’a pas encore été publiée.",
		},
		agree: true,
	},
}

// guillemets quotes French text: « texte ».
func guillemets(s string) string { return "«" + nb + s + nb + "»" }
