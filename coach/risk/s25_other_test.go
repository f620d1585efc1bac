package risk

import "testing"

// TestAboutOtherS25 holds the kinds that round s25-other learnt from the
// someone-else set other4, in each language, each beside its twins: a
// group chat or a forwarded message, an overdose the person calls fine, a
// message sent from a bridge or the tracks, and a stranger beaten in the
// street now are someone else's danger; the same scenes made everyday (a
// party photo, cold medicine, a partner almost there, a boxing match) are
// no danger, and the writer's own act beside them stays the writer's.
func TestAboutOtherS25(t *testing.T) {
	checkAboutOther(t, []aboutOtherCase{
		// A group chat, a message passed on.
		{"the group chat went quiet after Mia said she swallowed all her dad's sleeping pills, nobody else knows her address", true, "en"},
		{"group chat's gone silent since Sam said he took all his mum's pills. no one knows his address except me", true, "en"},
		{"en el grupo de clase Marta ha mandado una foto de una caja de pastillas vacía y no contesta, ¿qué hacemos?", true, "es"},
		{"im Gruppenchat hat Lena ein Foto von einer leeren Tablettenpackung gepostet und ist seitdem offline, was machen wir", true, "de"},
		{"dans le groupe de la classe, Chloé a posté une photo de ses poignets tailladés et elle répond plus", true, "fr"},
		// An overdose the person calls fine.
		{"my roommate took about 40 tylenol an hour ago and says she feels fine, she won't let me call anyone", true, "en"},
		{"mi compañera de piso se tomó unas 30 pastillas de paracetamol hace una hora y dice que está bien, no me deja llamar a nadie", true, "es"},
		{"meine Mitbewohnerin hat ungefähr 30 Paracetamol genommen und sagt, es geht ihr gut, sie lässt mich keinen anrufen", true, "de"},
		{"mon coloc a avalé genre 30 doliprane il y a une heure et il dit qu'il va bien, il veut pas que j'appelle", true, "fr"},
		// A message sent from a bridge or the tracks.
		{"my girlfriend just texted me sorry, i'm on the bridge and now she won't answer", true, "en"},
		{"mi novio me ha escrito \"lo siento, estoy en el puente\" y ya no contesta", true, "es"},
		{"meine Freundin schreibt mir, es tut mir leid, ich bin auf der Brücke, und geht nicht mehr ran", true, "de"},
		{"ma copine m'a écrit \"pardon je suis sur le pont\" et elle répond plus", true, "fr"},
		{"screenshot from my boyfriend: \"i'm on the bridge\". he won't pick up. i think i know which bridge", true, "en"},
		{"captura de mi novia: \"lo siento, estoy en las vías\". no contesta", true, "es"},
		{"Screenshot von meinem Freund: \"ich bin auf der Brücke\". er geht nicht ran", true, "de"},
		{"capture de mon copain : \"pardon je suis sur le pont\". il répond plus", true, "fr"},
		// A stranger or a friend beaten in the street now.
		{"there's a man outside my window kicking a guy on the ground right now", true, "en"},
		{"en la plaza de enfrente un tipo está golpeando a una mujer ahora mismo, estoy aquí al lado", true, "es"},
		{"Mein Kumpel wird gerade vor der Kneipe von zwei Typen zusammengeschlagen, ich steh gegenüber", true, "de"},
		{"y'a un type qui frappe une femme devant le bar là maintenant, je suis en face", true, "fr"},

		// A household poison drunk, the body's answer now.
		{"my brother drank drain cleaner and keeps throwing up, he says he wanted to die", true, "en"},
		{"mi hermano se ha bebido desatascador hace un rato y está vomitando, dice que quería morirse", true, "es"},
		{"mi hermano se tomó algo que le sentó mal en la fiesta y está vomitando", false, ""},
		{"mein Bruder hat Rohrreiniger getrunken und erbricht, er sagt er wollte sterben", true, "de"},
		{"mon frère a bu du destop, il a très mal et il répond à peine", true, "fr"},

		// Everyday twins.
		{"the group chat went quiet after Mia said she's moving to Berlin", false, ""},
		{"screenshot of a meme my friend posted in the group chat, i'm dying lol", false, ""},
		{"en el grupo de clase Marta ha mandado una foto de la fiesta", false, ""},
		{"im Klassenchat hat Lena ein Foto von der Party gepostet", false, ""},
		{"dans le groupe de la classe, Chloé a posté une photo de la soirée", false, ""},
		{"my roommate took some cold medicine an hour ago and says she feels fine now", false, ""},
		{"mi compañera de piso se tomó un antigripal y dice que está bien", false, ""},
		{"meine Mitbewohnerin hat eine Erkältungstablette genommen und sagt, es geht ihr gut", false, ""},
		{"mon coloc a pris un doliprane pour son rhume et il dit qu'il va bien", false, ""},
		{"my girlfriend texted me i'm on the bridge now, almost there", false, ""},
		{"screenshot from my boyfriend: \"i'm on the bridge, almost there\"", false, ""},
		{"captura de mi novia: \"estoy en el puente, ya casi llego\"", false, ""},
		{"my gf sent me a photo from the bridge, the sunset right now is unreal", false, ""},
		{"mi novio me ha escrito que ya estoy en el puente, ya casi llego", false, ""},
		{"meine Freundin schreibt mir, ich bin auf der Brücke, bin gleich da", false, ""},
		{"ma copine m'a écrit je suis sur le pont, j'arrive", false, ""},
		{"there's a guy on tv beating up a man in a boxing match right now", false, ""},
		{"en la tele un tipo está golpeando a un hombre, es un combate de boxeo", false, ""},
		{"im Fernsehen wird gerade einer beim Boxkampf verprügelt", false, ""},
		{"à la télé y'a un mec qui frappe un homme, c'est un combat de boxe", false, ""},

		// The writer's own danger beside these scenes: never someone else's.
		{"my roommate is asleep. i took about 40 tylenol an hour ago and i feel fine", false, ""},
		{"i texted my girlfriend sorry, i'm on the bridge now", false, ""},
		{"in the group chat i said i swallowed all my mum's pills, nobody knows my address", false, ""},
		{"me tomé unas 30 pastillas de paracetamol hace una hora y estoy bien, mi compañera de piso no lo sabe", false, ""},
		{"le he escrito a mi novio que lo siento, ya estoy en el puente", false, ""},
		{"hab ungefähr 30 Paracetamol genommen, mir geht's gut, meine Mitbewohnerin weiß nichts", false, ""},
		{"ich hab meiner Freundin geschrieben, es tut mir leid, ich bin auf der Brücke", false, ""},
		{"j'ai avalé genre 30 doliprane il y a une heure, mon coloc sait rien", false, ""},
		{"j'ai écrit à ma copine pardon je suis sur le pont", false, ""},
		// A door forced while the writer is alone is the writer's danger.
		{"my ex is outside saying he'll kick the door in, i'm home alone", false, ""},
		{"mi ex está abajo diciendo que va a romper la puerta, estoy sola", false, ""},
		{"mein Ex steht unten und will die Tür eintreten, ich bin allein", false, ""},
		{"mon ex est en bas, il dit qu'il va défoncer la porte, je suis toute seule", false, ""},
		{"i drank drain cleaner and keep throwing up, my brother doesn't know", false, ""},
		{"j'ai bu du destop, je vomis, mon frère sait rien", false, ""},
		{"in the film my brother likes, a man drinks drain cleaner and keeps throwing up", false, ""},
		{"mon frère a bu un truc bizarre au bar, il vomit, trop d'alcool", false, ""},
		// Self-harm long past, told of a scar: a story.
		{"my best friend used to cut in high school, now she wants a tattoo over the scars, any tips?", false, ""},
		{"mi amiga se cortaba en la secundaria, ahora quiere tatuarse encima de las cicatrices, ¿consejos?", false, ""},
		{"meine Freundin ritzte sich in der Schulzeit, jetzt will sie ein Tattoo über die Narben, Tipps?", false, ""},
		{"ma pote se coupait au lycée, maintenant elle veut un tatouage sur ses cicatrices, des idées ?", false, ""},
	})
}
