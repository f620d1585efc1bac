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
			// Round s22-enes (sets 22 and 23): a gun looked at for a long
			// while; a gun said to be loaded; all the esketamine spray used.
			"(llevo|estoy|paso|pasé) (media hora|una hora|# minutos|# horas|horas|un rato) (mirándola|mirándolo|mirando (la|el) (pistola|arma|escopeta|revólver))",
			"(la|mi|una) (escopeta|pistola|arma|revólver|de dotación) (ya)? (está|esta) cargada",
			"(me eché|me metí|me tomé|usé|gasté) todo el (spray|aerosol|inhalador) (de)? (esketamina|ketamina|keta|spravato)?",
			// Round s20-routine: the fast trains that do not stop at the station.
			"(los)? (rápidos|trenes rápidos|expresos|trenes de paso|de mercancías|trenes de alta velocidad|ave) no (paran|se paran|se detienen) (aquí|acá|en esta estación)? $",
			// Round s20-resid: a bridge or a height gone to, after a time set.
			"^ (y)? (después|despues|luego|entonces|a esa hora) (me voy|voy|camino|manejo|subo) (al|pal|para el|hasta el) (puente|acantilado|viaducto|risco|techo) $",
			// Round s20-enes (other2): the edge of a platform.
			"(estoy|sigo|parada|parado|sentada|sentado) (en)? el (mero)? borde del (andén|anden)",
			// Round s20-enes: past a railing; a rope where one is not looked for.
			"(pasando|pasé|crucé|cruzando|del otro lado de|al otro lado de) (la|el) (baranda|barandilla|barandal|pretil|reja)",
			"(del|al) otro lado del (pretil|barandal|barandal del puente|pretil del puente)",
			"(bosque|monte|parque|granero) con (la|una|mi) (cuerda|soga|pistola|escopeta)",
			"(la|el|las|los) (todo|toda|entera|entero|completa|completo)? (la)? (caja|blíster|blister|tira|frasco) (entera|entero|completa|completo)? de (paracetamol|ibuprofeno|{pastillas}) (con|y|más)",
			// Round s12-learn19: corpus rows the model alone had carried and let go when set 19 was learnt.
			"^ (estoy)? en el (andén|anden) $",
			// Fresh set 16: a nurse's ampoules taken from work, in the bag.
			"(me traje|traje|me llevé|saqué) (ampollas|viales|morfina|fentanilo|potasio|insulina) (del|de la) (hospital|clínica|trabajo|farmacia)",
			// Fresh sets 14 and 15: una azotea sin barandal.
			"(azotea|techo|terraza) ... ... sin (barandal|baranda|barandilla|reja)",
			"(el|al) próximo (tren|metro) no lo dejo pasar",
			"(estoy|sigo) en el (puente|andén|anden|vía|via) ... (ya no tengo miedo|no tengo miedo|ya no|ahora sí)",
			"me (pasé|pase|metí|meti) ... (rayas|keta|k|pastillas) ... (apagarme|no despertar|morirme|acabar)",
			"(tengo|está|esta) (la|una) (pistola|escopeta|arma|revólver) (de mi (padre|papá|marido))? (cargada|en la mesa|aquí)",
			"(me metí|me tomé|me tome|me meti) (toda|todo|todas|todos) (la|el|las|los)? (keta|ketamina|pastillas|que me quedaba|que me quedaban)",
			"(me corté|me corte|me abrí|me abri) ... (muy hondo|demasiado hondo|muy profundo|demasiado profundo)",
			"(ya)? {conseguir} (la|una|el|un) (soga|cuerda|pistola|arma|escopeta|revólver|cuchillo|navaja|cuchilla|cuchillas|manguera|carbón) (de mi (padre|papá|marido))?",
			"(soga|cuerda|pistola|arma|escopeta|cuchillo|navaja|cuchilla) ... ... {mano}",
			"(tengo|traigo|llevo|dejé|deje|guardé|guarde) {medio} (en el|en mi|en la) (carro|coche|auto|mochila|bolso|cajón|cajon|cuarto|armario|maletero|cajuela) $",
			"(las|los) (tengo|tenía|he) (guardadas|guardados|juntadas|juntados|escondidas|ahorradas)",
			"(guardando|juntando|acumulando|ahorrando|guardé|junté|acumulé|ahorré) (las|los|mis)? (últimas|sobrantes)? {dosis}",
			"no me (he tomado|tomé|tomo) (las|mis) (últimas)? {dosis}",
			"(tengo aquí|tengo) (la|una) botella de (tequila|vodka|whisky|ron|vino|alcohol) y (todas)? (mis|las) {pastillas}",
			"(coche|carro|auto) (encendido|en marcha)? en el garaje",
			"(estoy|sigo) (en|sobre) (la|el|una|un) (azotea|tejado|techo|puente|cornisa|barandilla|acantilado|borde) (del|de mi|de la)? (edificio|casa|puente)?",
			"(el|la) (agua|río|mar|lago|vacío) (se ve|parece|está) (tan)? (tranquila|tranquilo|calma|en calma)",
			"(duele|dolerá|dolería) (ahogarse|ahorcarse|tirarse|saltar|caer)",
			"(ahogarse|ahorcarse|tirarse|desangrarse) (duele|dolerá|dolería|es rápido|es rapido|es doloroso)",
			"(sangra|sangrando|sangrado|sangre) (a través|a traves|por) (de)? (la|el) (venda|vendaje|gasa|curita|toalla)",
		},
		sigFinal: {
			// Round s22-enes (sets 22 and 23): not reaching tomorrow; an age
			// said to be enough; having lived enough.
			"no (creo|sé si) (que)? (llegue|llego|voy a llegar) (a|hasta)? (mañana|la mañana|el amanecer|el lunes|el finde)",
			"^ (# años|#) (años)? (son|es|fueron) (suficientes|suficiente|bastante|bastantes|demasiados) $",
			"ya (viví|he vivido) (bastante|suficiente|demasiado)",
			// Round s22-enes: rows the set-22 retraining let fall. No reply
			// tomorrow because one "se fue", the sentence ending there; the
			// next appointment one will not reach, ending the sentence.
			"si (mañana|hoy|esta noche|el {dia}) no (contesto|respondo|escribo|aparezco) es porque (ya)? me (fui|he ido) $",
			"^ (y)? no voy a llegar a la (próxima|siguiente) (cita|sesión|consulta|terapia) $",
			// Round s21-enes (set 21): getting off here, the sentence ending
			// there; "ni el lunes ni nunca más" as a sentence; a pet given up.
			"^ (yo)? me bajo (acá|aquí) $",
			"^ (y)? ni (el)? ({dia}|mañana|hoy) ni nunca (más)? $",
			"(di|doy|dí|puse|regalé) (a)? (mi|nuestro|nuestra) (conejo|gato|gata|perro|perra|hámster|loro|mascota) (en adopción|a un refugio|al refugio)",
			// Round s20-resid: sorry for what comes next, the sentence ending there.
			"(perdón|lo siento|disculpen|perdonen|perdónenme) por lo que (viene|va a pasar|voy a hacer) $",
			// Round s20-resid: a farewell "por la presente"; things not needed any
			// more, the sentence ending there; all one's savings sent to family.
			"^ (por la presente|por este medio|con esto|con este mensaje) me despido $",
			"^ me despido (por la presente|por este medio|con esto|con este mensaje) $",
			"ya no (los|las|lo|la) (voy a necesitar|necesitaré|vaya a necesitar) (más|nunca más)? $",
			"(transferí|pasé|di|regalé|mandé|deposité|doné) (todos mis ahorros|todo mi dinero|mis ahorros) a (mi|mis) (sobrino|sobrina|hermana|hermano|hijo|hija|hijos|madre|mamá|padre|papá|padres|ahijado|ahijada|nieto|nieta|primo|prima|mejor amiga|mejor amigo) $",
			// Round s20-enes: "me despido por aquí" as a sentence.
			"^ (así que|asi que|bueno)? me despido (por aquí|por acá|de ustedes|de todos)? $",
			// Round s20-enes: a journey with no return; a letter left to a niece;
			// a goodbye sent unnoticed; a pet commended to the group; a child
			// who "will have a better life" with the other parent; a farewell
			// posted in someone's status.
			"(viaje|viajecito|ida) sin (regreso|retorno|vuelta)",
			"(a mi|a mis) (sobrina|sobrino|hija|hijo|hijos|madre|mamá|padre|papá|hermana|hermano|pareja|esposa|esposo|nieta|nieto) (le|les) (dejé|escribí) una (carta|nota)",
			"(me despedí|me despido|ya me despedí) de (mi|mis) ... sin que (se diera|se dieran|se den|se dé|se de) cuenta",
			"(cuiden|cuida|cuidá|cuidad) (mucho|bien) a (la|el|mi|mis|los|las) ... ... (le gusta|le encanta|su comida|sus croquetas|rasquen|paseen|su correa)",
			"(va|van|vas) a (tener|estar) (una)? (mejor vida|mejor) (con|sin)",
			"(tendrá|tendrán|estará|estarán) (una)? mejor vida (con|sin)",
			"(puso|publicó|subió|escribió|dejó) en (su|sus) (estado|historia|historias|muro|perfil) ... (gracias por todo|fue lindo mientras duró|adiós a todos|perdón por todo|los quiero a todos)",
			// Fresh set 16: who is told when an account goes quiet, after tonight.
			"si (una|mi) cuenta (de (discord|instagram|facebook|whatsapp))? (queda|quede|se queda) (inactiva|inactivo)",
			"(mañana)? no voy a fichar $",
			// Corpus rows the model alone had carried until sets 14 and 15 were learnt: a laptop's password handed to a friend.
			"(le pasé|le pase|le di|le dejé|le deje) (la clave|la contraseña|la contrasena) (del|de mi) (portátil|portatil|celular|móvil|movil|compu|ordenador)",
			// Fresh sets 14 and 15: irse para siempre; no guardarle sitio al grupo.
			"me voy para siempre",
			"no me (guarden|guardéis|guardeis|guardes) (sitio|lugar|silla) ... ... ya no (vengo|voy a venir|vuelvo)",
			"(dile|díganle|diganle|dígale|digale|dile a) (a)? (mi|mis) (mamá|mama|papá|papa|madre|padre|hijos|hijas|hermana|hermano|esposa|esposo|familia) que (lo siento|la quiero|lo quiero|los quiero|me perdone|me perdonen|perdón|perdon)",
			// Fresh set 13: "mañana no llego. ni nunca."
			"^ (y)? ni nunca (más|mas)? $",
			"(mañana|después|despues|luego) ya no (hace falta|necesito|voy a necesitar|va a hacer falta) nada",
			"(escribí|escribi|dejé|deje) (una)? (carta|cartas) (para|a) (cada uno|todos|mi familia|mis hijos) $",
			"(regalé|regale|di) (mis|mi) ... (le dije que|como si) ... (me mudaba|algo así|me iba)",
			"si (mañana)? no (escribo|contesto|respondo|sabes nada de mí|saben nada de mí) (es)? (porque|que) (lo hice|ya no estoy|me fui)",
			"si (mañana)? ya no (contesto|respondo)",
			"si (mañana)? no (contesto|respondo) ... (ya (saben|sabrán|sabes|sabrás)|los quiero|las quiero|te quiero|perdón|perdónenme|lo siento)",
			"ya (saben|sabrán|sabes|sabrás) por qué $",
			"no me (busquen|busques) (más|nunca|mañana)? $",
			"(algo|algo mío) para (que me recuerde|recordarme|que se acuerde de mí)",
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
			// "regalé mis plantas y mis libros ..., dije que me mudaba"
			"(regalé|regale|di|doné|done) (mis|mi|todas mis|todos mis) ... ... ... (dije que|les dije que|le dije que|como si) ... (me mudaba|me mudo|me iba|me voy)",
		},
		sigIntent: {
			// Round s22-enes: feeling nothing, and that as peace.
			"ya no siento nada y (eso)? me (da|trae) (paz|calma|tranquilidad)",
			// Round s20-resid: the plan set (below, after a shift); no reply wanted, it is done.
			"^ (el)? plan (está|ya está) (listo|hecho|decidido|en pie) $",
			"^ no (contesten|contestes|respondan|respondas|me contesten|me respondan) ($|ya)",
			// Round s20-enes: doing what one told the therapist one never would.
			"(voy a|lo voy a|ya voy a) hacer (lo|eso) que (le|te|les)? (dije|prometí|juré) ... ... (nunca|jamás) (haría|iba a hacer)",
			// Fresh set 19: "el domingo lo hago".
			"^ (el|este) (lunes|martes|miércoles|jueves|viernes|sábado|domingo|finde) lo hago $",
			// Round s12-residual: "hoy es el día." alone ("hoy es el dia. los
			// quiero. adios"); "hoy es el día de la mudanza" is no signal.
			"^ (hoy|hoy sí|hoy si) es el (día|dia) $",
			// Fresh set 18: a date set, one's birthday.
			"^ (ya)? (puse|he puesto) (la)? fecha (el (dia|día) de mi (cumple|cumpleaños)|mi (cumple|cumpleaños)|el {dia})? $",
			// Fresh set 16: a blood thinner stopped on purpose.
			"(dejé|deje|he dejado) de tomar (los|las|mis) ... ... (a propósito|aposta|adrede)",
			// Fresh sets 14 and 15: "no llames a nadie".
			"^ (por favor)? no (llames|llaméis|llamen) a nadie (por favor)? $",
			"(ya)? tengo (la)? fecha $",
			"ya lo tengo (planeado|pensado|decidido) $",
			"(ya)? (elegí|escogí|decidí) el día (el)? ({dia}|$)",
			"(nadie|ni nadie) me (va a|podrá|puede) (parar|detener)",
			"no (intentes|intenten|traten de|trates de) (pararme|detenerme) ($|ya|esta vez|por favor|nadie)",
			"no (quiero)? volver (de)? (esta vez|del k-hole|del agujero)? $",
			"(el)? {dia} es el (día|momento) $",
			"(me metí|me tomé|tomé) el (doble|triple|cuádruple) de (keta|ketamina|la dosis|dosis) (a propósito|adrede|aposta)?",
			"(me las|me los) tomo (todas|todos) (juntas|juntos|de una vez|de golpe)",
			"esta noche (se acaba todo|lo termino|lo hago|es la noche|me las tomo)",
			"(lo termino|lo hago|se acaba todo) esta noche",
		},
		sigDanger: {
			// Round s20-resid: a threat to kill if the writer talks.
			"(dijo|dice|amenazó|me escribió|juró) (que)? si (hablo|digo algo|cuento algo|lo cuento|aviso|llamo a alguien|lo denuncio|me voy) (me)? (mata|va a matar|mataría|me mata)",
			// Round s20-enes (other2): foam at the mouth; someone unconscious.
			"(tiene|sale|le sale|echa|echando|con) espuma (en|por) la boca",
			"(tirado|tirada|desmayado|desmayada|inconsciente) en el (piso|suelo|baño) (y)? no (reacciona|responde|despierta|respira)",
			"(me espera|me está esperando|está) (abajo|afuera|fuera|en la puerta) ... (sola|solo|ruidos|miedo)",
			"(me acosa|me persigue|me sigue|me amenaza) ... (en la puerta|afuera|abajo|tocando)",
			"(se metió|entró|se coló) alguien (en|a) (la|mi)? casa",
			"(estoy)? (escondida|escondido) (debajo de|en|dentro de) (la|el|mi) (cama|armario|baño|closet|clóset)",
			"(pateando|golpeando|aporreando) la puerta",
			"(estoy|me) (encerrada|encerrado|escondida|escondido) en (el|la|mi) (baño|cuarto|habitación|armario|coche)",
			"(dijo|dice|me dijo|amenazó) (que)? (esta vez)? me (mata|matará|va a matar|mataría|va a pegar)",
		},
		sigWhen: {
			// Round s20-routine: a station or a platform, as a sentence of its own.
			"^ (estoy)? en (la|el) (estación|andén|anden|vía) (ahora|otra vez)? $",
			// Round s20-resid: the other one in the next room; after a shift.
			"(está) en (la otra|el otro) (pieza|habitación|cuarto|sala)",
			"^ después del (turno|trabajo|laburo|curro) (de noche|de tarde)? $",
			// Round s20-resid: an alarm set for an hour.
			"(puse|pongo|tengo|dejé) (la|el|mi)? (alarma|despertador) (a|para) (las|la)? #",
			// Round s20-enes: today as a sentence of its own ("ya no me importa
			// nada. hoy."), dawn or dusk.
			"^ hoy $",
			"pasan (los)? (trenes|metros|el tren|el metro) cada # (minutos|min)",
			"cuando (salga el sol|amanezca|oscurezca|anochezca)",
			// Round s12-learn19: corpus rows the model alone had carried and let go when set 19 was learnt.
			"(el metro|el tren) (viene|llega|pasa) en (un|#) (minuto|minutos)",
			// Fresh set 19: the children away with their father for the weekend.
			"se van con su (padre|madre|papá|mamá|abuela|abuelos) (el finde|el fin de semana|este finde)",
			"después de lo de (esta noche|mañana|hoy)",
			"esta noche", "este (finde|fin de semana)", "mañana",
			"el {dia}", "(cuando|después de que) (los niños|mis hijos|todos|ellos) se (duerman|vayan|acuesten)",
			"hace (como|unos)? (media hora|una hora|# minutos|un rato)",
			"desde aquí arriba", "de una vez", "esta vez",
		},
		sigCue: {
			// Round s22-enes (sets 22 and 23): a service gun in one's bag or
			// on the table; the date set, one's birthday; telling no one.
			"(arma reglamentaria|de dotación|pistola|arma|escopeta|revólver) (en|encima de) (la|mi) (mochila|mesa|bolso|coche|auto|carro|mesita)",
			"(elegí|ya elegí|puse|ya puse|tengo) la fecha",
			"(el día de)? mi (cumpleaños|cumple) $",
			"no (se lo voy a decir|le voy a decir|se lo digo|se lo cuento|le digo) (nada)? a nadie $",
			// Round s22-enes: going up to a car park's top floor or a roof (a
			// time alone, "en un rato", is no signal); thanks to one's
			// psychiatrist or therapist; a bare "cuídense".
			"(me subo|subo|voy a subir|me voy a subir) (al|a la) (último piso|techo|azotea|terraza|planta de arriba)",
			"gracias a (la|el|mi) (psiquiatra|terapeuta|psicóloga|psicólogo|psico|doctora|doctor|médica|médico)",
			"^ (cuídense|cuídate|cuidaos) (mucho)? $",
			"(fue|ha sido) un (placer|honor) (conocerte|conocerlos|conocerlas)",
			// Round s21-enes (set 21): thanks to all said as a last word; now
			// knowing why one came (on a roof); a sentence ending on "antes".
			"gracias totales",
			"(ahora)? (entiendo|sé) (por qué|para qué|a qué) (vine|estoy aquí|estoy acá|subí)",
			"(mejor|más fácil|más justo) hacerlo (ahora)? antes $",
			// Round s20-resid: it is done (after no reply wanted); thanks for
			// everything (with sorry for what comes next).
			"ya (está) hecho $",
			"gracias por todo",
			// Round s20-resid: a body part thought of; things offered; the day
			// said to be chosen (alone these are ordinary).
			"(pensar|pensando|pienso|piensa) en (mis|mi) (muñecas|muñeca|venas|garganta|cuello)",
			"(quieres|querés|quieren|te quedas con|te quedás con|quédate con|te regalo) (mi|mis)",
			"^ (el)? (día|la fecha) (está|ya está|quedó) (elegido|elegida|decidido|decidida|fijado|fijada)",
			// Round s20-enes: a treatment that was the last hope.
			"(era|fue|es) mi (última|ultima|única|unica) esperanza",
			// Round s20-enes: a phone switched off; a goodbye to the group; the lie
			// told at home.
			"(tiene|con|tenía|tiene el) (el)? (celu|celular|móvil|movil|teléfono|telefono) apagado",
			"^ (pues nada)? (chicos|chicas|gente|amigos|amigas)? fue un placer (conocerlos|conocerles)? $",
			"(cree|creen|piensa|piensan) que (salí|fui|estoy|me fui) (a|de) (correr|trabajar|pasear|caminar|comprar|la oficina|el gimnasio)",
			"^ hasta siempre $",
			// Fresh set 19: at peace.
			"(estoy|me siento) en paz $",
			// Fresh set 16: "mejor así" after a lethal risk.
			"^ mejor así $",
			// Fresh sets 14 and 15: "ya me las tomé", "cuídense entre ustedes".
			"^ (ya)? me las (tomé|tome|tragué|trague) (todas)? (ya)? $",
			"(cuídense|cuidense|cuidaos) (mucho)? (entre ustedes|entre vosotros|los unos a los otros) $",
			"no sabe nada $",
			"(así|asi) es mejor para todos",
			"(no|nunca) fue tu culpa",
			"ya sé (dónde|cómo|cuándo)",
			"si no (despierto|me despierto) (pues)? mejor",
			"(es raro|qué raro|que raro|es extraño) lo (tranquila|tranquilo|calmada|calmado) que me siento",
			"(a propósito|adrede|aposta)",
			// Resolve without a word of what: "lo voy a hacer".
			"(lo voy a hacer|voy a hacerlo|lo haré|lo hare) $",
			"(con|y) (la|una) botella de (tequila|vodka|whisky|ron|vino)",
			"(pregunto en serio|en serio pregunto|es en serio)",
			"(ya)? (decidí|he decidido|lo decidí)",
			"no (fue|es) (culpa tuya|tu culpa|su culpa|culpa suya)",
			"(perdóname|perdónenme|lo siento) $",
			// A bare farewell closing a line: "dejé las cartas para todos, adiós".
			"(adiós|adios) $",
			"(cancelé|di de baja|cerré) (mi|el|la) (plan del móvil|contrato|línea|cuenta del banco|cuenta bancaria|cuentas)",
			"no (voy a llamar|llamaré|llamare|llamo|pienso llamar) a nadie",
			"^ (pero|y)? no me (mudo|voy a mudar|mudaba|iba) ($|a ningún lado|a ningun lado|a ninguna parte)",
		},
	},
}
