package risk

import (
	"strings"
	"testing"
)

// The tests here pin the general mechanisms that let Assess reach
// phrasings nobody listed; the held-out set measures how far they reach.

func TestNormaliseSlips(t *testing.T) {
	tests := []struct{ text, want string }{
		{"i wnat to die", " i want to die"},
		{"goign to end my lfe", " going to end my life"},
		{"dont want to be alve", " do not want to be alive"},
		{"suicidial", " suicidal"},
		// Real words one swap or slip away from a key word stay.
		{"ich lief heute", " ich lief heute"},
		{"a mi edad", " a mi edad"},
		{"je veux courir", " je veux courir"},
		{"tonights the night", " tonights the night"},
		// Numbers glued to words come apart.
		{"took 30pills at 4am", " tok 30 pils at 4 am"},
		// Other persons and tenses of a key verb are not slips of it.
		{"mi hermano intentó suicidarse", " mi hermano intento suicidarse"},
		{"¿por qué quieres suicidarte?", " por que quieres suicidarte"},
		{"se suicidaste", " se suicidaste"},
		{"me suicidaré", " me suicidare"},
		{"il se suicidera", " il se suicidera"},
		{"he unalived himself", " he unalived himself"},
		{"sie umringen mich", " sie umringen mich"},
		{"ayúdame plis", " ayudame plis"},
		// Slips are still corrected.
		{"quiero suicidarm", " quiero suicidarme"},
		// Spoken French drops "ne"; the written "ne" and "n'" go too.
		{"je n'ai plus envie", " jai plus envie"},
		{"j'ai plus envie", " jai plus envie"},
		{"personne ne verrait", " persone verait"},
		{"ce n'est plus le cas", " cest plus le cas"},
		{"il n'y a rien", " il y a rien"},
		{"rock n' roll", " rock n rol"},
		// A "no" that a comma closes is an answer: a blank keeps it apart.
		{"no, quiero morir", " no ~ quiero morir"},
		{"no , gracias", " no ~ gracias"},
		{"bueno, vale", " bueno vale"},
	}
	for _, tt := range tests {
		if got := strings.Join(sentences(tt.text), "|"); got != tt.want {
			t.Errorf("sentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestRealWords keeps realWords to words that need it: each is
// one slip or swap from a target, so it would be corrected if it were not
// there.
func TestRealWords(t *testing.T) {
	for w := range realWords {
		near := false
		for _, target := range typoTargets {
			near = near || oneSlip(w, target)
		}
		for _, target := range swapTargets {
			near = near || len(w) == len(target) && oneSwap(w, target)
		}
		if !near {
			t.Errorf("%q is no slip of a target; it need not be in realWords", w)
		}
		if got := correctTypo(w); got != w {
			t.Errorf("correctTypo(%q) = %q, want it kept", w, got)
		}
	}
}

func TestAssessGeneral(t *testing.T) {
	tests := []struct {
		name string
		text string
		want Level
	}{
		// A phrase that ends a sentence may be followed by fillers, not by laughter or more words.
		{"TrailerFiller", "i have a plan tbh", Crisis},
		{"TrailerWords", "i have a plan for the week honestly", None},
		// Someone else's wish is a question, not the alarm; the writer's own stays an alarm.
		{"OthersGerman", "meine freundin hat gesagt, sie will sterben", Review},
		{"BurdenGermanSplit", "Ich bin für alle nur eine Last", Review},
		{"OthersPast", "my mom wanted to die after dad left", Review},
		// The writer's own burden with a means is Crisis; were "they" read as
		// someone else, the phrase would be someone else's and the line Review.
		{"OthersNamesWriter", "they would be better off without me. bought the rope today", Crisis},
		{"OthersSoonIsNotSon", "the pain will end soon, goodbye everyone", Crisis},
		// A negation right before a phrase denies it; one further away, or hedged, does not.
		{"DenialNever", "i'd never take my own life", Review},
		{"DenialAux", "i'm not planning to overdose", Review},
		{"DenialOtherClause", "i'm not ok, i want to die", Crisis},
		{"DenialInability", "i don't think i can stay alive much longer", Crisis},
		{"DenialHedged", "i'm not going to end it, maybe", Crisis},
		// Finality turns going away into a wish not to be.
		{"Forever", "i want to disappear forever", Crisis},
		{"NotForever", "i want to disappear", Review},
		// Safe storage of medicines is advice, not a plan.
		{"PillsHidden", "i keep my pills hidden from my kids", None},
		{"PillsStashed", "i have my pills stashed", Crisis},
		// A past put in number words is a past as one put in digits.
		{"PastWordsEN", "when i was thirteen i wanted to kill myself", Review},
		{"PastWordsES", "hace cuatro años me quería morir", Review},
		{"PastWordsDE", "vor ein paar jahren wollte ich mich umbringen", Review},
		{"PastWordsFR", "il y a quelques années je voulais me tuer", Review},
		{"PastWordsNow", "three years ago i wanted to die and now i want to again", Crisis},
		// Someone else's suicide is not the writer's, whatever the form.
		{"OtherPersonES", "mi vecino quiso suicidarse", Review},
		{"FutureSuicideES", "me suicidaré esta semana", Crisis},
		// A past that the sentence closes is review; a present stays a crisis.
		{"OverUsedTo", "i used to feel like my kids would be happier without me, not anymore", Review},
		{"OverPastTense", "i wanted to kill myself but i dont anymore", Review},
		{"OverPresent", "i dont want to be alive, not anymore", Crisis},
		{"OverAnymorePhrase", "i dont want to live anymore", Crisis},
		{"OverTenseFar", "i thought about it and i want to die, no more", Crisis},
		{"OverES", "quería matarme, pero ya no", Review},
		{"OverESPresent", "no quiero vivir, ya no", Crisis},
		{"OverDE", "ich wollte mich umbringen, jetzt nicht mehr", Review},
		{"OverDECantGoOn", "ich wollte sterben und kann nicht mehr", Crisis},
		{"OverFR", "je voulais me tuer, mais plus maintenant", Review},
		{"OverFRPresent", "je veux plus vivre, plus maintenant", Crisis},
		// Self-harm in the future tense.
		{"FutureCutEN", "gonna cut again tonight", Crisis},
		{"FutureCutObjectEN", "im going to cut the grass again", None},
		{"FutureCutES", "me cortaré otra vez", Crisis},
		{"FutureCutHairES", "me cortaré el pelo mañana", None},
		{"FutureCutDE", "ich werde mich heute nacht wieder schneiden", Crisis},
		{"FutureCutFR", "je me couperai encore ce soir", Crisis},
		{"FutureCutHairFR", "je me couperai les cheveux samedi", None},
		{"FutureDeniedFR", "je me couperai plus jamais", Review},
		// French without "ne" is French with it.
		{"NeDroppedFR", "j'ai plus la force d'exister", Crisis},
		{"NeWrittenFR", "je n'ai plus la force d'exister", Crisis},
		// Nobody would notice if I died, in every language.
		{"NobodyNoticeEN", "no one would even notice the difference if i was gone", Crisis},
		{"NobodyNoticeES", "a nadie le importaría si me muero", Crisis},
		{"NobodyNoticeDE", "es würde keinem auffallen, wenn ich tot wäre", Crisis},
		{"NobodyNoticeFR", "personne ne s'en rendrait compte si je disparaissais", Review},
		// Held wishes (intent.go): Review alone or with a denial of intent,
		// Crisis with a means, a time, a farewell or a resolve on the line.
		{"HeldPassiveEN", "wouldnt mind if i didnt wake up tomorrow. not gonna do anything", Review},
		{"HeldTimeEN", "everyone would be better off without me. tonight", Crisis},
		{"HeldMeansConceptEN", "everyone would be better off without me. i have the pills", Crisis},
		{"HeldFarewellConceptDE", "würde eh keiner merken, wenn ich weg wäre. tschüss an alle", Crisis},
		{"HeldBusEscapeES", "ojalá me atropellara un camión, así no tendría que ir a trabajar mañana", Review},
		{"HeldFarewellEN", "not gonna do anything stupid, just wanted to say bye to everyone tonight", Crisis},
		{"HeldResistedEN", "had the urge to cut again last night. didnt.", Review},
		{"UrgeNotResistedEN", "had the urge to cut again last night.", Crisis},
		{"HeldPastYearEN", "tried to end it in 2019, obviously still here", Review},
		{"HeldMeansES", "estarían mejor sin mí. ya tengo las pastillas guardadas para esta noche", Crisis},
		{"HeldUnmeantES", "nadie notaría si desapareciera. no voy a hacer nada", Review},
		{"HeldMeansDE", "hätte nichts dagegen, nicht mehr aufzuwachen. hab mir den strick schon gekauft", Crisis},
		{"HeldUnmeantDE", "hätte nichts dagegen, morgen nicht aufzuwachen. mach aber nix", Review},
		{"DeniedWishDE", "wollte nicht sterben, nur dass es aufhört", Review},
		{"HeldMeansFR", "personne ne remarquerait si je disparaissais. j'ai les médicaments, ce soir c'est fini", Crisis},
		{"HeldResistedFR", "envie de me scarifier hier soir, j'ai tenu", Review},
		{"WhoWouldCry", "my mom, who would cry if i died, is the best", None},
		// Denials are review in every language, as in English; a negation
		// elsewhere in the sentence denies nothing.
		{"DenialConditionalES", "jamás me quitaría la vida", Review},
		{"ConditionalES", "si pudiera me quitaría la vida", Crisis},
		{"DenialPlansES", "no tengo planes de suicidarme", Review},
		{"DenialWantES", "no quiero acabar con mi vida", Review},
		{"DenialFutureES", "no me quitaré la vida", Review},
		{"DenialInsideDE", "ich würde mir niemals das leben nehmen", Review},
		{"DenialDeadDE", "ich will nicht tot sein", Review},
		{"DenialVorDE", "ich habe nicht vor, mich umzubringen", Review},
		{"DenialBeforeDE", "ich würde nie mein leben beenden", Review},
		{"DenialFrontedFR", "jamais je ne me tuerais", Review},
		{"ConditionalFR", "je me tuerais si je pouvais", Crisis},
		{"DenialIntendFR", "je ne compte pas me suicider", Review},
		{"DenialInsideFR", "je ne mettrais jamais fin à mes jours", Review},
		// "No" is English too: only a Spanish word after it makes it a denial.
		{"NoIsEnglishToo", "there is no way out except death", Crisis},
		{"NoOtherClauseFR", "ça va pas, je suis suicidaire", Crisis},
		{"NoOtherClauseDE", "ich kann nicht mehr, ich will sterben", Crisis},
		// A "no" that a comma closes answers a question; it denies nothing.
		{"AnswerNoES", "no, me quiero morir", Crisis},
		{"AnswerNoDenialES", "no, no me quiero morir", Review},
		// Self-harm in the past, with or without "myself", is review.
		{"PastCut", "i used to cut", Review},
		{"PastCutWhen", "i used to cut when i was in high school", Review},
		{"PastCutClosed", "i wanted to cut, not anymore", Review},
		{"PastCutHabitClosed", "used to want to cut but not anymore", Review},
		{"PastCutSince", "i haven't cut in 3 months", Review},
		{"PastBurn", "i used to burn myself", Review},
		{"PastCutHair", "i used to cut my hair short", None},
		{"PastCutInLine", "we have not cut in line for years", None},
		{"PastCutES", "antes me cortaba", Review},
		{"PastCutHairES", "me cortaba el pelo yo misma", None},
		{"PastCutDE", "ich habe mich damals geschnitten", Review},
		{"PastHurtDE", "ich habe mich früher selbst verletzt", Review},
		{"CutCookingDE", "ich habe mich beim kochen geschnitten", None},
		{"PastCutFR", "je me coupais quand j'étais ado", Review},
		{"PastCutHairFR", "je me coupais les cheveux", None},
		{"CutAgain", "i want to cut again", Crisis},
		// A last message before an ordinary break is no farewell; alone, or
		// before anything else, it is.
		{"LastMessageTrip", "this is my last message until i get back from my trip", None},
		{"LastMessageBed", "this is my last message before bed", None},
		{"LastMessageSleep", "this is my last message because im going to sleep", None},
		{"LastMessageSleepForever", "this is my last message before i go to sleep forever", Crisis},
		{"LastMessageDie", "this is my last message before i die", Crisis},
		{"LastMessageGo", "this is my last message before i go", Crisis},
		{"LastMessageES", "este es mi último mensaje", Crisis},
		{"LastMessageTripES", "este es mi último mensaje hasta que vuelva", None},
		{"LastMessageDE", "das ist meine letzte nachricht", Crisis},
		{"LastMessageTripDE", "das ist meine letzte nachricht bis montag", None},
		{"LastMessageTripFR", "c'est mon dernier message avant de partir en voyage", None},
		{"LastMessageForeverFR", "c'est mon dernier message avant de dormir pour toujours", Crisis},
		// A bare farewell right after giving up is a farewell, in one sentence
		// or the next on the same line.
		{"PartingSameSentence", "i cant go on anymore, goodbye", Crisis},
		{"PartingNextSentence", "i can't go on. goodbye.", Crisis},
		{"PartingDecided", "i have decided. tonights the night", Crisis},
		{"PartingES", "estoy agotada de luchar. adiós", Crisis},
		{"PartingDE", "ich habe keine kraft mehr. adieu", Crisis},
		{"PartingFR", "je n'en peux plus. adieu à tous", Crisis},
		{"PartingNotLast", "im done fighting with my landlord. goodbye", Review},
		{"PartingDenied", "i'm not giving up. goodbye", Review},
		{"PartingOthers", "she is done fighting. goodbye", Review},
		{"PartingNotBare", "i have decided. tonights the night, first 10k race!", None},
		// A bare farewell earlier on the line, then giving up as a sentence's
		// end (fresh set 18: "bye tout le monde. je vous aime. j'en peux plus").
		{"PartingFirst", "goodbye. im done fighting", Crisis},
		{"PartingFirstThenMore", "bye everyone. love you all. i can't do this anymore", Crisis},
		{"PartingFirstNotLast", "goodbye. im done fighting with my landlord", Review},
		{"PartingFirstNotBare", "goodbye and see you monday. im done fighting", Review},
		// A line break ends what is read across sentences (see FuzzAssess).
		{"PartingNextLine", "im done fighting\ngoodbye", Review},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Assess(tt.text); got != tt.want {
				t.Errorf("Assess(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestLines(t *testing.T) {
	tests := []struct {
		text string
		want string // lines joined by "|", sentences by "/"
	}{
		{"done. bye", " done/ bye"},
		{"done.\nbye", " done| bye"},
		{"done.\r\nbye! ok?", " done| bye/ ok"},
		{"done... bye", " done bye"},
		{"\n.\n", ""},
		// A German ordinal's period ends no sentence; a number's at the
		// end of one does.
		{"sie ist am 4. Mai da", " sie ist am 4 mai da"},
		{"am 12. März. jetzt", " am 12 marz/ jetzt"},
		{"ate 4. then more", " ate 4/ then more"},
	}
	for _, tt := range tests {
		var got []string
		for _, line := range lines(tt.text) {
			got = append(got, strings.Join(line, "/"))
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("lines(%q) = %q, want %q", tt.text, g, tt.want)
		}
	}
}
