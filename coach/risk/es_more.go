package risk

// spanishMore is the wider net of Spanish phrases (see englishMore),
// sharing es.go's macros.
var spanishMore = phraseSet{
	lang: "es",
	words: withWords(spanish.words, map[string]string{
		"medio":    "(una cuerda|la cuerda|una soga|la soga|una pistola|la pistola|un arma|el arma|una escopeta|un revólver)",
		"altura":   "(puente|azotea|techo|cornisa|barandilla|baranda|acantilado|borde del puente|borde de la azotea|borde del edificio)",
		"persona":  "(él|ella|mi (pareja|marido|esposo|esposa|mujer|novio|novia|ex|padre|papá|madre|mamá|padrastro|hermano|hermana))",
		"recetado": "(como|según) (siempre|de costumbre|me (indicaron|dijeron|recetaron)|(está)? (indicado|recetado)|(me)? (indicó|dijo|recetó|mandó|indica|dice) (el|la|mi) (médico|médica|doctor|doctora|psiquiatra))",
	}),
	crisis: []string{
		// Issue 12, the first fresh set: the same concepts put otherwise.
		"(soga|cuerda|pistola|arma|escopeta|revólver) ... ... (a mi lado|al lado mío|junto a mí|en mi cama|en la mano|delante de mí|frente a mí)",
		"cuánto? (cuántas|cuántos|cuánta|cuánto) ... ... (hacen falta|hace falta|necesito|necesitaría|se necesitan|harían falta) para ... (no despertar|no despertarme|morir|morirme|que se pare el corazón|que pare el corazón|matarme|matar a alguien|una sobredosis)",
		"(tomé|tome|me tomé|me tome|he tomado|me he tomado|tragué|me tragué) (toda la caja|todo el frasco|todo el bote|toda la tira|todo el blíster|el frasco entero|la caja entera)",
		"(ya)? no (voy a ser|seré) (un problema|una carga|un estorbo) para nadie",
		"no (sé|se) si (estoy|voy a estar|estaré) (a salvo|segura|seguro)",
		"(tengo|tengo aquí|tengo conmigo) {medio} (aquí|conmigo|lista|listo|preparada|preparado|en la mano)? $",
		"tengo (un|el|una|la) (cuchillo|navaja|cuchilla) (aquí|conmigo|en la mano)? $",
		"(estoy|me encuentro)? (parado|parada|de pie|sentado|sentada|subido|subida) (en|sobre) (el|un|la|una) {altura}",
		"(tomé|me tomé|he tomado|me he tomado|consumí|me metí) (demasiada|demasiado|demasiadas|demasiados) ({pastillas}|droga|drogas)",
		"me (pasé|he pasado) con (la ketamina|las pastillas|los medicamentos|la dosis)",
		"(elegí|escogí|decidí|tengo|fijé) (la|el) (fecha|día|momento) y (el|la) (método|forma|manera|lugar)",
		"sé (exactamente)? cómo (lo haría|lo voy a hacer|hacerlo|lo haré)",
		"(regalando|regalé|regalo|he regalado|repartiendo|repartí|he repartido|deshaciéndome de|me deshice de) (todas|todos)? mis (cosas|pertenencias|posesiones)",
		"(este es|este será|esta es|esta será) mi (último|última) (mensaje|despedida|carta)",
		"(díganle|dile|decidle) a (mi familia|mis hijos|mi madre|mi mamá|mi papá|mi padre|mi pareja) que (los|las|la|lo) (quiero|amo)",
		"{persona} (me)? (amenazó|amenaza|ha amenazado) con (matarme|hacerme daño|pegarme)",
		"{persona} me (pega|golpea|está pegando|pegó|golpeó|está golpeando|ahorcó|estranguló)",
		"(tengo miedo de que|temo que) {persona}? me (mate|haga daño|pegue)",
		"estoy en peligro",
		"no estoy a salvo",
		"(temo|miedo) por mi vida",
	},
	review: []string{
		// Not minding an accident; no way out.
		"si (mañana|hoy)? me (atropella|atropellara|atropellase|pisa|mata) (un|el|una) (coche|carro|auto|bus|autobús|camión|tren)",
		"para qué sigo",
		"no veo (salida|otra salida|ninguna salida)",
		"(tengo|compré|conseguí) {medio}",
		"estoy en (el|un|la|una) {altura}",
		"(me)? (tomé|he tomado) (demasiado|demasiada|demasiadas|demasiados) $",
		"(no)? despertar (más|nunca)",
		"(ser|siendo|soy|sea) una carga (para)?",
		"(sin|no hay|no tengo|perdí|he perdido) (la|toda)? esperanza",
		"nada (va a|va) (mejorar|cambiar)",
		"(nunca|jamás) (va a|voy a) (mejorar|estar mejor)",
		"(me siento|estoy|todo es) (desesperado|desesperada|sin salida)",
		"(regalé|regalando|di) (mi|mis) (perro|gato|mascota|mascotas|guitarra|libros|joyas|ahorros)",
		"perdón por todo $",
	},
	benign: []string{
		"(dejé|dejo|le dejé|le dejo|llevé|llevo) (a)? (mi|mis) (perro|perra|gato|gata|mascota|mascotas|plantas) ... (para el finde|para el fin de semana|mientras (viajo|estoy fuera|estoy de viaje|trabajo)|durante (las vacaciones|el viaje|el finde)|hasta que vuelva)",
		"(tomé|tome|me tomé|me tome|tomo|he tomado) (todas)? (mis|las) {pastillas} ... {recetado}",
	},
	asked: []string{
		"(me)? (preguntó|preguntaron|pregunta|preguntan|preguntaba|quería saber|quiso saber) (si|sobre|por) ... $",
	},
	confirm: []string{
		"(le|les)? (dije|respondí|contesté) que sí",
	},
}
