package instrument

// French: Pfizer's "French for France" PHQ-9 and GAD-7 (phqscreeners.com),
// and the validated French PCL-5 of Ashbaugh et al. 2016 (a Quebec
// translation, validated in French-speaking Canada). The PDFs could not be
// opened from here: the wording was checked word for word against
// independent open-source copies (December 2026). Pfizer also distributes a
// French-Canadian PHQ/GAD ("14 derniers jours", "dérangé(e)", "Plus de la
// moitié des jours"); the France version is the one here throughout. No
// French PC-PTSD-5 was found verbatim: it stays in English.

const frPHQStem = "Au cours des 2 dernières semaines, selon quelle fréquence avez-vous été gêné(e) par les problèmes suivants ?"

var frPHQOptions = []string{"Jamais", "Plusieurs jours", "Plus de la moitié du temps", "Presque tous les jours"}

// phq9FR: stem, items and answers agree in six copies (a French therapy
// app's specification and code, Goupile's PHQ-9 form, a Flutter app quoting
// Apple Health's French PHQ-9, two clinic apps). Two copies drop the comma
// after "par exemple" in item 7; the others, kept here, have it. The
// difficulty question is the one in two copies; Goupile's form words it
// "Dans quelle mesure ce(s) problème(s) a-t-il (ont-ils) rendu difficile(s)
// …", with "Plutôt difficile(s)" for "Assez difficile(s)".
var phq9FR = Texts{
	Stem: frPHQStem,
	Items: []string{
		"Peu d'intérêt ou de plaisir à faire les choses",
		"Être triste, déprimé(e) ou désespéré(e)",
		"Difficultés à s'endormir ou à rester endormi(e), ou dormir trop",
		"Se sentir fatigué(e) ou manquer d'énergie",
		"Avoir peu d'appétit ou manger trop",
		"Avoir une mauvaise opinion de soi-même, ou avoir le sentiment d'être nul(le), ou d'avoir déçu sa famille ou s'être déçu(e) soi-même",
		"Avoir du mal à se concentrer, par exemple, pour lire le journal ou regarder la télévision",
		"Bouger ou parler si lentement que les autres auraient pu le remarquer. Ou au contraire, être si agité(e) que vous avez eu du mal à tenir en place par rapport à d'habitude",
		"Penser qu'il vaudrait mieux mourir ou envisager de vous faire du mal d'une manière ou d'une autre",
	},
	Options: frPHQOptions,
	Difficulty: Difficulty{
		Text:    "Si vous avez coché au moins un des problèmes évoqués, à quel point ce(s) problème(s) a-t-il (ont-ils) rendu votre travail, vos tâches à la maison ou votre capacité à vous entendre avec les autres difficile(s) ?",
		Options: []string{"Pas du tout difficile(s)", "Assez difficile(s)", "Très difficile(s)", "Extrêmement difficile(s)"},
	},
	Source: "Pfizer Inc., PHQ Screeners: Questionnaire sur la santé du patient (PHQ-9), French for France " +
		"(Spitzer RL, Williams JBW, Kroenke K et al., with an educational grant from Pfizer Inc.; no permission required to reproduce, translate, display or distribute), " +
		"https://www.phqscreeners.com. Wording checked against six independent open-source copies of the form, December 2026.",
}

// gad7FR: items agree in a French therapy app (its specification, which
// sets the France and Canadian versions side by side, and its code) and
// Goupile's GAD-7 forms. Item 5 reads "difficile à tenir en place" on the
// form, kept although one copy corrects it to "difficile de"; one Goupile
// form turns items 2 and 4 to "vous"/"vos".
var gad7FR = Texts{
	Stem: frPHQStem,
	Items: []string{
		"Un sentiment de nervosité, d'anxiété ou de tension",
		"Une incapacité à arrêter de s'inquiéter ou à contrôler ses inquiétudes",
		"Une inquiétude excessive à propos de différentes choses",
		"Des difficultés à se détendre",
		"Une agitation telle qu'il est difficile à tenir en place",
		"Une tendance à être facilement contrarié(e) ou irritable",
		"Un sentiment de peur comme si quelque chose de terrible risquait de se produire",
	},
	Options: frPHQOptions,
	Source: "Pfizer Inc., PHQ Screeners: GAD-7, French for France " +
		"(Spitzer RL, Williams JBW, Kroenke K et al., with an educational grant from Pfizer Inc.; no permission required to reproduce, translate, display or distribute), " +
		"https://www.phqscreeners.com. Wording checked against four open-source copies of the form from two projects, December 2026.",
}

// pcl5FR: the 20 items, answers, instructions and stem agree in Goupile's
// PCL-5 forms (clinical forms for the Goupile form builder, by
// Niels Martignène, github.com/Koromix) and in a French therapy app's
// questionnaire library; a third copy (a Streamlit page) agrees item for
// item but leaves out item 8. The instructions say "cocher la case" (tick
// the box) as printed; the English form's "circle one of the numbers" was
// likewise worded for paper.
var pcl5FR = Texts{
	Instructions: "Voici une liste de problèmes que les gens éprouvent parfois suite à une expérience vraiment stressante. Veuillez lire chaque énoncé attentivement et cocher la case pour indiquer dans quelle mesure ce problème vous a affecté dans le dernier mois.",
	Stem:         "Dans le dernier mois, dans quelle mesure avez-vous été affecté par :",
	Items: []string{
		"Des souvenirs répétés, pénibles et involontaires de l'expérience stressante ?",
		"Des rêves répétés et pénibles de l'expérience stressante ?",
		"Se sentir ou agir soudainement comme si vous viviez à nouveau l'expérience stressante ?",
		"Se sentir mal quand quelque chose vous rappelle l'événement ?",
		"Avoir de fortes réactions physiques lorsque quelque chose vous rappelle l'événement (accélération cardiaque, difficulté respiratoire, sudation) ?",
		"Essayer d'éviter les souvenirs, pensées, et sentiments liés à l'événement ?",
		"Essayer d'éviter les personnes et les choses qui vous rappellent l'expérience stressante (lieux, personnes, activités, objets) ?",
		"Des difficultés à vous rappeler des parties importantes de l'événement ?",
		"Des croyances négatives sur vous-même, les autres, le monde (des croyances comme : je suis mauvais, j'ai quelque chose qui cloche, je ne peux avoir confiance en personne, le monde est dangereux) ?",
		"Vous blâmer ou blâmer quelqu'un d'autre pour l'événement ou ce qui s'est produit ensuite ?",
		"Avoir des sentiments négatifs intenses tels que peur, horreur, colère, culpabilité, ou honte ?",
		"Perdre de l'intérêt pour des activités que vous aimiez auparavant ?",
		"Vous sentir distant ou coupé des autres ?",
		"Avoir du mal à éprouver des sentiments positifs (par exemple être incapable de ressentir de la joie ou de l'amour envers vos proches) ?",
		"Comportement irritable, explosions de colère, ou agir agressivement ?",
		"Prendre des risques inconsidérés ou encore avoir des conduites qui pourraient vous mettre en danger ?",
		"Être en état de « super-alerte », hyper vigilant ou sur vos gardes ?",
		"Sursauter facilement ?",
		"Avoir du mal à vous concentrer ?",
		"Avoir du mal à trouver le sommeil ou à rester endormi ?",
	},
	Options: []string{"Pas du tout", "Un peu", "Modérément", "Beaucoup", "Extrêmement"},
	Source: "Ashbaugh AR, Houle-Johnson S, Herbert C, El-Hage W, Brunet A. Psychometric validation of the English and French versions of the " +
		"Posttraumatic Stress Disorder Checklist for DSM-5 (PCL-5). PLoS One 2016;11(10):e0161645, https://doi.org/10.1371/journal.pone.0161645 " +
		"(French PCL-5; English original Weathers FW et al., National Center for PTSD, 2013). " +
		"Wording checked against PCL-5 forms written for the Goupile form builder (Niels Martignène, https://github.com/Koromix) and two other open-source copies, December 2026.",
}
