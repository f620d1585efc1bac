package risk

// spanishSignals are the Spanish signals (see signal.go), sharing the
// macros of es.go and es_more.go.
var spanishSignals = signalSet{
	lang: "es",
	words: withWords(spanishMore.words, map[string]string{
		"dosis":     "({pastillas}|dosis|keta|troches|pastillas de ketamina|comprimidos|clonazepam|rivotril|lorazepam|diazepam|somníferos)",
		"dia":       "(lunes|martes|miércoles|jueves|viernes|sábado|domingo)",
		"metodo":    "(ahogarse|ahogarme|ahorcarse|ahorcarme|tirarse|tirarme|saltar|caer|desangrarse|una sobredosis)",
		"conseguir": "(compré|comprado|conseguí|conseguido|saqué|sacado|agarré|cogí|cargué|preparé|preparado|até|tengo aquí|traje)",
		"mano":      "(a mi lado|al lado mío|junto a mí|en la cama|en mi cama|en la mano|en la mesa|delante de mí|frente a mí|en el bolsillo)",
	}),
	kinds: [numSignalKinds][]string{
		sigMeans: {
			"(ya)? {conseguir} (la|una|el|un) (soga|cuerda|pistola|arma|escopeta|revólver|cuchillo|navaja|cuchilla|cuchillas|manguera|carbón) (de mi (padre|papá|marido))?",
			"(soga|cuerda|pistola|arma|escopeta|cuchillo|navaja|cuchilla) ... ... {mano}",
			"(las|los) (tengo|tenía|he) (guardadas|guardados|juntadas|juntados|escondidas|ahorradas)",
			"(guardando|juntando|acumulando|ahorrando|guardé|junté|acumulé|ahorré) (las|los|mis)? (últimas|sobrantes)? {dosis}",
			"no me (he tomado|tomé|tomo) (las|mis) (últimas)? {dosis}",
			"(tengo aquí|tengo) (la|una) botella de (tequila|vodka|whisky|ron|vino|alcohol) y (todas)? (mis|las) {pastillas}",
			"(coche|carro|auto) (encendido|en marcha)? en el garaje",
			"(estoy|sigo) (en|sobre) (la|el|una|un) (azotea|tejado|techo|puente|cornisa|barandilla|acantilado|borde) (del|de mi|de la)? (edificio|casa|puente)?",
			"(el|la) (agua|río|mar|lago|vacío) (se ve|parece|está) (tan)? (tranquila|tranquilo|calma|en calma)",
			"(duele|dolerá|dolería) (ahogarse|ahorcarse|tirarse|saltar|caer)",
		},
		sigFinal: {
			"(las|mis) cartas (están|estan) (en|debajo|dentro)",
			"(escribí|dejé|he escrito|he dejado) (las|unas|mis)? cartas (para|a)? (todos|mi familia|mis hijos|cada uno)?",
			"(mamá|mama|papá|papa|hermano|hermana|amor) si (lees|estás leyendo) esto",
			"(le dejé|dejé|regalé|le di|di|entregué|llevé) (a)? (mi|mis) (gato|perro|mascota|mascotas|gata|perra|plantas) (a|con)",
			"(lo|la|los|las) (va a|vas a|van a)? (cuidar|cuidará|cuidarán|cuidaría|atender|atenderá|querer|querrá) mejor que yo",
			"(dejé|he dejado|tengo) (pagado|pagada|pagados) (el|los)? (alquiler|renta|arriendo)",
			"(pagué|he pagado) (el|los)? (alquiler|renta|arriendo) (por)? adelantado",
			"(todo|ya está todo) (arreglado|ordenado|listo|organizado) para cuando (no esté|ya no esté|me vaya|me haya ido)",
			"(la|esta|esa) (sesión|dosis|ceremonia) fue mi despedida",
			"en paz con (irme|partir|morir|la idea de irme)",
			"(este es|este fue|esta es) mi (último|ultimo) (mensaje|check-in|registro)",
			"(ya)? no (voy a ser|seré) un (problema|estorbo) para nadie",
			"(ya)? no (voy a estar|estaré) para (decírselo|decírtelo|decirles|verlo|contarlo)",
		},
		sigIntent: {
			"(nadie|ni nadie) me (va a|podrá|puede) (parar|detener)",
			"no (intentes|intenten|traten de|trates de) (pararme|detenerme)",
			"no (quiero)? volver (de)? (esta vez|del k-hole|del agujero)? $",
			"(el)? {dia} es el (día|momento) $",
			"(me metí|me tomé|tomé) el (doble|triple|cuádruple) de (keta|ketamina|la dosis|dosis) (a propósito|adrede|aposta)?",
			"(me las|me los) tomo (todas|todos) (juntas|juntos|de una vez|de golpe)",
			"esta noche (se acaba todo|lo termino|lo hago|es la noche|me las tomo)",
			"(lo termino|lo hago|se acaba todo) esta noche",
		},
		sigDanger: {
			"(pateando|golpeando|aporreando) la puerta",
			"(estoy|me) (encerrada|encerrado|escondida|escondido) en (el|la|mi) (baño|cuarto|habitación|armario|coche)",
			"(dijo|dice|me dijo|amenazó) (que)? (esta vez)? me (mata|matará|va a matar|mataría|va a pegar)",
		},
		sigWhen: {
			"esta noche", "este (finde|fin de semana)", "mañana",
			"el {dia}", "(cuando|después de que) (los niños|mis hijos|todos|ellos) se (duerman|vayan|acuesten)",
			"hace (como|unos)? (media hora|una hora|# minutos|un rato)",
			"desde aquí arriba", "de una vez", "esta vez",
		},
		sigCue: {
			"(es raro|qué raro|que raro|es extraño) lo (tranquila|tranquilo|calmada|calmado) que me siento",
			"(a propósito|adrede|aposta)",
			"(con|y) (la|una) botella de (tequila|vodka|whisky|ron|vino)",
			"(pregunto en serio|en serio pregunto|es en serio)",
			"(ya)? (decidí|he decidido|lo decidí)",
			"no (fue|es) (culpa tuya|tu culpa|su culpa|culpa suya)",
			"(perdóname|perdónenme|lo siento) $",
			"(cancelé|di de baja|cerré) (mi|el|la) (plan del móvil|contrato|línea|cuenta del banco|cuenta bancaria|cuentas)",
		},
	},
}
