package risk

import "testing"

// Self-harm going on now, in words no set used, in the four languages;
// the act told as past, an urge resisted and the everyday burns and cuts
// stay Review or None.
func TestS31LearnSelfHarmNow(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		{"mid-burn right now with the lighter, cant stop", Crisis},
		{"I'm on the fifth cigarette burn on my arm", Crisis},
		{"just cut my arm again with a razor and i want to keep going", Crisis},
		{"been scratching my arms till they bleed and can't stop", Crisis},
		{"hitting myself in the head over and over right now", Crisis},
		{"right now im cutting my wrist", Crisis},
		{"cutting my wrist with glass now", Crisis},
		{"me estoy quemando el brazo con el mechero ahorita", Crisis},
		{"sigo cortándome con la cuchilla, no puedo parar", Crisis},
		{"ich ritze mich gerade mit der klinge am arm", Crisis},
		{"hab mich eben mit der zigarette verbrannt und will weitermachen", Crisis},
		{"bin grad dabei mich zu schneiden", Crisis},
		{"je me coupe le bras avec une lame là maintenant", Crisis},
		{"je viens de me brûler au briquet et je vais continuer", Crisis},
		// Past, resisted, everyday.
		{"I used to cut my arms with a razor", Review},
		{"wanted to burn myself but held ice instead", Review},
		{"me cortaba los brazos en el instituto", Review},
		{"hab mich letztes jahr geritzt", Review},
		{"je me scarifiais au lycée", Review},
		{"burned my hand on the iron while ironing shirts", None},
		{"cut my finger chopping onions, bleeding a bit", None},
		{"dropped a cigarette on the sofa and burned a hole", None},
		{"burned myself on the oven taking out the pizza", None},
		{"cutting myself off from toxic friends now", None},
		{"burning myself on the stove rn lol", None},
		{"cut myself shaving just now", None},
		{"me estoy cortando el pelo ahora", None},
		{"me quemé con la plancha planchando la camisa", None},
		{"ich schneide mich immer wieder beim rasieren", None},
		{"ich verletze mich jetzt nicht mehr", None},
		{"hab mich beim bügeln verbrannt", None},
		{"je me coupe les cheveux là", None},
		{"je me suis brûlée en repassant", None},
	})
}

// The other kinds of set 31, in new words, and their twins.
func TestS31LearnSet31Kinds(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		{"brought home kcl from the unit. tonight when my shift ends", Crisis},
		{"made a noose from my shoelaces. eight more years I won't serve", Crisis},
		{"they send me back to jail on monday, I'm not going back in alive", Crisis},
		{"they're gonna shank me in the yard tonight and the guards do nothing", Crisis},
		{"gave my clothes to the boys from the block. today is the last day", Crisis},
		{"lost 3k on roulette. I'll be dead before she wakes up", Crisis},
		{"I'm on the roof of the tower block. the building has 9 floors", Crisis},
		{"walking to the river. can't swim and so much the better", Crisis},
		{"standing on the roof of the car park, feet in the void", Crisis},
		{"this is my last one. thank you for the breathing stuff, it helped for a while", Crisis},
		{"me llevé cloruro de potasio de la planta. esta noche después del turno", Crisis},
		{"soga hecha con las sábanas. no voy a pagar ocho años más", Crisis},
		{"ich geh da nicht lebend rein", Crisis},
		{"je ferai pas 8 ans de plus. le nœud est fait avec les draps", Crisis},
		{"the building has 9 floors and no lift", None},
		{"feet in the void on the climbing wall, love it", None},
		{"thanks for the breathing stuff, it helped for a while", None},
		{"today is the last day of term", None},
	})
}
