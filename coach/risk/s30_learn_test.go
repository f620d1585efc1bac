package risk

import "testing"

// Set 30's kinds, held by the phrases alone in all four languages (German
// above all), and their everyday twins, which stay None.
func TestLearnS30(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		// A cord on the door handle, then one last talk.
		{"das Kabel hängt schon an der Türklinke. ein letztes Mal anrufen, dann", Crisis},
		{"the cord's looped over the door handle. one last chat then", Crisis},
		{"la cuerda está atada a la manija de la puerta. una última conversación y después", Crisis},
		{"la corde est nouée à la poignée de la porte. une dernière discussion et puis", Crisis},
		{"die Hundeleine hängt an der Türklinke, wir gehen gleich raus", None},
		{"one last call with the plumber then the kitchen is done", None},
		// Sorry for what they will find.
		{"Jungs, verzeiht mir das was ihr morgen findet", Crisis},
		{"sorry about what you're going to find tomorrow", Crisis},
		{"sorry für das was ihr morgen im Kühlschrank findet, hab nicht eingekauft", None},
		{"désolée pour ce que vous allez trouver dans le salon, les enfants ont tout renversé", None},
		// A message timed for the morning, gone by then.
		{"die Nachricht an meine Eltern ist geplant für Montag früh. dann bin ich nicht mehr da", Crisis},
		{"el correo para mi familia está programado para mañana temprano. para entonces ya no estaré", Crisis},
		{"die Mail an meine Frau ist geplant für morgen früh, Überraschung zum Hochzeitstag", None},
		// Out into the snow to lie down.
		{"geh gleich raus in den Schnee hinterm Stadl und leg mich hin", Crisis},
		{"je sors ce soir dans la neige derrière le chalet et je m'allonge", Crisis},
		{"raus in den Schnee mit den Kindern und leg mich hin für einen Schneeengel", None},
		// Far more than the dose, into the water.
		{"weit mehr als die Therapiedosis gekauft, und fahr damit heute Nacht in den Fluss", Crisis},
		{"me los voy a tomar todos con el vodka", Crisis},
		{"hab viel mehr als die Dosis Vitamin D genommen, Arzt sagt kein Problem", None},
		{"geh heute mit den Kindern in den See baden", None},
		// Two packs by a lie, taken together.
		{"jetzt hab ich beide Packungen und nehme sie heute Nacht auf einmal", Crisis},
		{"now i have both boxes and i'm taking them together tonight", Crisis},
		{"Paracetamol und Ibuprofen nehm ich abwechselnd, nicht zusammen", None},
		// Things given away, with a cover story.
		{"mein Neffe kriegt mein Motorrad, meine Schwester den Hund. die glauben es ist wegen der Operation", Crisis},
		{"mon fils aura ma voiture, ma fille la montre. tout le monde croit que c'est pour l'opération", Crisis},
		{"meine Tochter kriegt mein altes Auto, ich hab mir ein neues gekauft", None},
		// Medals boxed for a child, "that was it".
		{"meine Orden und meine Erkennungsmarke in eine Kiste für meine Tochter. das war es", Crisis},
		{"Orden vom Urgroßvater in eine Kiste für meinen Sohn, fürs Schulprojekt", None},
		// A farewell post up.
		{"Abschiedsvideo auf Instagram ist online, niemand reagiert", Crisis},
		{"mi publicación de despedida ya está publicada y nadie reaccionó", Crisis},
		{"Abschiedspost für unseren Trainer ist online, alle haben geliket", None},
		// Debts paid, contracts ended, keys handed on; all in order.
		{"Kredit abbezahlt, Verträge gekündigt, Hund bei den Nachbarn. nun ist alles geregelt", Crisis},
		{"bills paid, subscriptions cancelled, we're moving on friday", None},
		// A gun in the mouth.
		{"hatte gestern die Waffe schon im Mund", Crisis},
		{"j'avais mon arme de service dans la bouche cette nuit", Crisis},
		{"der Zahnarzt hatte den Bohrer schon im Mund als der Strom ausfiel", None},
		// A sedative injected from the kit, more to come.
		{"hab mir Morphin aus dem Notfallkoffer gespritzt", Crisis},
		{"me inyecté fentanilo de la mochila de la ambulancia", Crisis},
		{"hab mir heute früh Insulin gespritzt, Zucker passt", None},
		// Twenty-two a day, made 23.
		{"22 am Tag heißt es. heut mach ich 23 draus", Crisis},
		{"they say 22 a day. i will make it 23 tonight", Crisis},
		{"hoy esta noche seremos 23", Crisis},
		{"22 a day, that's why i do the ruck march for the vets", None},
		// Not eating or drinking until the end.
		{"ess und trink seit Tagen nichts mehr, absichtlich, bis es vorbei ist", Crisis},
		{"stopped eating and drinking on purpose, not stopping until it's over", Crisis},
		{"ab Mitternacht nichts essen und trinken wegen der OP morgen", None},
		// A roof after the shift, not coming down.
		{"bin auf dem Dach der Wache nach der Schicht. komm nicht mehr runter", Crisis},
		{"en la azotea del hospital, terminé el turno y ya no bajo", Crisis},
		{"up on the roof of the station for the drill, not coming down till noon", None},
		// Thrown out, with a knife threatened if one comes home.
		{"mein Vater hat mich rausgeworfen und gesagt wenn ich heimkomme bringt er mich um", Crisis},
		{"my stepdad kicked me out and said if i come back he'll kill me", Crisis},
		{"mein Vater hat gesagt wenn ich zu spät heimkomme gibts Ärger", None},
		// Delete my number, after a goodbye.
		{"tschüss Leute, danke für alles. löscht meine Nummer", Crisis},
		{"neue Handynummer, löscht meine alte", None},
		// Goodnight and goodbye, and goodbye again.
		{"gute Nacht und tschüss. ernsthaft tschüss", Crisis},
		{"buenas noches a todos y adiós. en serio adiós", Crisis},
		// Tomorrow's report is one's own.
		{"Einsatzbericht für morgen ist schon geschrieben. ist meiner", Crisis},
		{"already wrote the incident report for tomorrow. it's mine", Crisis},
		{"Einsatzbericht von gestern geschrieben, jetzt Feierabend", None},
		// An overdose taken, the liver hurting now.
		{"gestern 50 Paracetamol geschluckt, heute schmerzt die Leber", Crisis},
		{"swallowed 40 paracetamol last night and now my liver is killing me", Crisis},
		{"2 Paracetamol genommen, jetzt tut der Bauch weh, hätte was essen sollen", None},
		{"me tomé 2 paracetamoles y me duele el costado, debí comer antes", None},
		{"j'ai pris 2 doliprane et j'ai mal au ventre, j'aurais dû manger", None},
		// A will changed, all therapy cancelled, not needed after Sunday.
		{"Testament aufgesetzt, alle Therapiesitzungen abgesagt. ab Montag brauch ich die nicht mehr", Crisis},
		{"cambié el testamento y cancelé todas las sesiones. después del lunes ya no las necesito", Crisis},
		{"Therapietermin abgesagt wegen Grippe. nach Sonntag brauch ich den Mietwagen nicht mehr", None},
		// Stones in the pockets by the water.
		{"bin am Fluss, die Manteltaschen voller Steine", Crisis},
		{"am Strand gewesen, die Taschen voller Steine von den Kindern", None},
		// Going to be with a wife who has waited years.
		{"gonna go be with my husband now. he's been waiting 4 years", Crisis},
		// Guns handed on to keep after a crisis: a safety step, spoken of.
		{"gave my rifles to my brother to keep after the last bad stretch", Review},
		{"le dejé mi pistola a mi hermano para que la guarde, mejor así", Review},
		{"mein Bruder hat jetzt die Schlüssel zum Waffenschrank", Review},
		{"j'ai laissé mon fusil chez mon oncle après l'hôpital", Review},
		// Idioms that the model read as crisis.
		{"me quiero morir de la pena, le dije mamá a la profe", None},
		{"picking up my refill of the lozenges tomorrow, the pharmacy texted", None},
		{"got everything ready for tonight, the birthday dinner is going to be great", None},
	})
}
