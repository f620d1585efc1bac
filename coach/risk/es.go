package risk

// spanish holds the Spanish phrases, written with accents; the
// normaliser drops them from phrases and text alike.
var spanish = phraseSet{
	lang: "es",
	words: map[string]string{
		"quiero":    "(quiero|quería|quise|quisiera|deseo|necesito|me gustaría|tengo ganas de|ganas de|solo quiero|ojalá pudiera)",
		"desire":    "({quiero}|voy a|vas a|pienso|pienso en|pensando en|he pensado en|planeo|intentar|intentaré|intenté|debería|podría|tengo que)",
		"adv":       "(muy|tan|un poco|bastante|algo|realmente)",
		"otros":     "(también|siempre|ya|a veces|todavía|aún)",
		"pastillas": "(pastillas|píldoras|medicamentos|medicinas|remedios|pastis|calmantes|antidepresivos|ketamina)",
		"siempre":   "(para siempre|de una vez|de una vez por todas|definitivamente)",
		// Being gone, as the condition of others being better off.
		"ido": "((si|cuando) (yo)? (no existiera|me muriera|muriera|desapareciera|estuviera muerto|estuviera muerta|me matara|me suicidara|(no|ya no) estuviera (aquí|más|viva|vivo|en este mundo)? $)|si (yo)? (me muero|muero|me mato|me suicido|desaparezco|ya no estoy|dejo de existir))",
		// How many years or months: "hace dos años".
		"cuantos": "(#|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|unos|unas|varios|varias|algunos|algunas|muchos|muchas|un par de|pocos|tantos)",
		// An age, in digits or words.
		"edad": "(#|diez|once|doce|trece|catorce|quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte)",
		// How often or how long, between a phrase and what closes it.
		"cuando": "(todos los días|todo el tiempo|cada día|a diario|durante años|por años|mucho tiempo|mucho|a veces|entonces|en esa época)",
		// Not noticing, or not caring, that the writer is gone.
		"notar": "(me)? (extrañaría|extrañará|notaría|notará|se daría cuenta|se dará cuenta|echaría de menos|echará de menos|lloraría|llorará|le importaría|le importará|le importa|se enteraría|vería|sentiría)",
		// An ordinary reason to stop writing for a while: "antes de irme de
		// vacaciones", "hasta el lunes". Sleep only if it ends the sentence.
		"pausa": "((antes de|antes del|hasta que|porque|ya que) (me voy|me vaya|irme|salgo|salir|viajo|viajar|vuelo)? (de|a|al|para)? (mis|las|el|la|un|una|mi)? (vacaciones|viaje|vuelo|aeropuerto|trabajo|trabajar|clase|cama|finde|fin de semana|escapada|examen|exámenes|prueba|entrevista|cita|consulta|sesión|terapia|reunión|turno|cirugía|operación|cena|comida|boda|fiesta|partido|concierto|presentación)|(antes de|hasta que) (dormir|dormirme|irme a dormir|me duerma|acostarme|me acueste) $|hasta (mañana|el lunes|el martes|el miércoles|el jueves|el viernes|el sábado|el domingo|la semana que viene|la próxima semana|la próxima|que vuelva|mi vuelta|después de (las vacaciones|el finde|el fin de semana))|(de|por) (hoy|ahora|esta noche|esta semana))",
		// Words between a negation and what it denies: "no tengo
		// intención de", "nunca en la vida me".
		"aux": "(yo|me|lo|voy a|pienso|quiero|planeo|podría|sería capaz de|volvería a|volveré a|tengo (planes|intención|pensado|ganas) de|en la vida|jamás|nunca|más)",
	},
	crisis: []string{
		// A wish not to wake up, now: "ojalá no despertarme mañana".
		"ojalá (no)? (despertarme|despertar|despierte) (nunca)? (más|mañana)?",
		"{quiero} (morir|morirme)",
		"(listo|lista|preparado|preparada) para (morir|morirme|irme para siempre)",
		"(única|sola) (salida|solución|opción) (es|sería) (morir|morirme|la muerte|matarme|suicidarme|el suicidio)",
		"(la muerte|morir|morirme|el suicidio) (es|sería|parece) (la|mi)? única (salida|solución|opción)",
		"{desire} (volver a)? (matarme|suicidarme|quitarme la vida|acabar con (mi vida|todo)|terminar con (mi vida|todo)|hacerme daño|lastimarme|cortarme|herirme|colgarme|ahorcarme|envenenarme|dejar de existir|no despertar)",
		"me (quiero|quería|queria|quise|voy a|iba a|gustaría|quisiera|pienso|vuelvo a|voy a volver a|volví a|volveré a) (matar|suicidar|quitar la vida|cortar|colgar|ahorcar|hacer daño|lastimar|herir|envenenar)",
		// The present with a time: "me mato hoy", "esta noche me mato". The
		// present alone is too often a figure of speech ("me mato
		// estudiando", masked as an idiom); with a time it is a resolve.
		"me mato (hoy|esta noche|mañana|ya|ahorita|ahora|ahora mismo|este finde|este fin de semana|el (lunes|martes|miércoles|jueves|viernes|sábado|domingo))",
		"(hoy|esta noche|mañana|ahorita|ahora|este finde|el (lunes|martes|miércoles|jueves|viernes|sábado|domingo)) (yo)? me mato",
		// The future tense: "me mataré", "me cortaré".
		"me (mataré|suicidaré|cortaré|haré daño|lastimaré|heriré|ahorcaré|colgaré|quitaré la vida|envenenaré)",
		// The conditional, where it can only be the writer's own act:
		// "me quitaría la vida" ("me mataría" may be someone killing me).
		"me (suicidaría|quitaría la vida|ahorcaría)",
		"(acabaré|acabaría|terminaré|terminaría) con mi vida",
		"suicidarme",
		"me suicido",
		"quitarme la vida",
		"(acabar|terminar) con mi vida",
		"no quiero (vivir|seguir viviendo|estar vivo|estar viva|existir|despertar|seguir vivo|seguir viva|estar con vida|seguir con vida)",
		"ya no quiero (estar|seguir) aquí",
		"no quiero (seguir aquí|estar en este mundo|seguir en este mundo)",
		"(me quiero ir|quiero irme|me voy a ir|irme) para siempre",
		// Not "escondidas": keeping pills out of reach is safety advice;
		// "guardadas" is also just "put away", so only at the end.
		"(juntadas|acumuladas|ahorradas|juntado|acumulado|ahorrado) ... {pastillas}",
		"{pastillas} (juntadas|acumuladas|ahorradas)",
		"{pastillas} (guardadas|guardados) $",
		"no (tengo|hay) (ganas|razones|motivos|razón|motivo|nada) (de|para|por) (vivir|seguir viviendo|que vivir|lo que vivir)",
		"nada por lo que vivir",
		"no ... sentido (a|de|para|en) (vivir|seguir viviendo|la vida|seguir)",
		"no vale la pena (vivir|seguir)",
		"la vida no vale la pena",
		"(cansado|cansada|harto|harta|me cansé|cansé) de (vivir|la vida|existir|estar vivo|estar viva)",
		"no aguanto (la vida|vivir|estar vivo|estar viva|seguir vivo|seguir viva)",
		"(estoy|me siento|soy|me he sentido|sentirme) {adv}? suicida",
		"(tengo|teniendo|tuve) (pensamientos|ideas) suicidas",
		"(ojalá|quiero|quisiera|mejor|preferiría) (estuviera|estar) (muerto|muerta)",
		"ojalá (me muriera|no despertara|no despertar)",
		"(dormir|dormirme) y no (despertar|despertarme|volver a despertar)",
		"no (volver a)? despertar (nunca|jamás|más)",
		"nunca más? despertar",
		"(estarían|estaría|estarán|estará|sería|serían|vivirían) (todos)? (mejor|más felices) sin mí",
		"mejor sin mí $",
		"(no|ya no) (seré|voy a ser) una carga (por)? mucho (más)? tiempo",
		"no (estaré|voy a estar) (aquí)? (por)? mucho (más)? tiempo",
		"cuando ya no esté",
		"ya no (voy a estar|estaré) (aquí|más|para nadie)? $",
		"adiós (a todos|a todo el mundo|para siempre|mundo|mundo cruel)",
		"esta es mi despedida",
		"(este es|aquí va|aquí está) mi último mensaje",
		"(mi|una) carta de despedida",
		"me despido (de todos|para siempre|del mundo)",
		"(regalando|regalé|regalar|voy a regalar|estoy regalando) (todas)? mis cosas",
		"tengo un plan $",
		"ya? tengo todo? (planeado|pensado) cómo (hacerlo|matarme|suicidarme)",
		"(tomé|me tomé|he tomado|me he tomado|tragué|me tragué|me he tragado|{desire} (tomar|tomarme|tragar|tragarme)) (todas|todos|un montón de|demasiadas|muchas|toda la caja de|el frasco de|la caja de|##) (mis|las|los|de)? {pastillas}",
		"(tomé|me tomé|he tomado) una sobredosis",
		"me (corté|estoy cortando|he cortado) (las venas|las muñecas|muy profundo)",
		"cortarme las venas",
		"(me estoy|sigo|volví a|vuelvo a|volveré a|voy a volver a) (cortando|cortar|cortarme|lastimando|lastimarme|haciendo daño|hacerme daño)",
		"me (quiero|voy a) tirar (de|del|desde|por) (un|el|la|una)? (puente|edificio|balcón|ventana|azotea|techo)",
		"tirarme (por|de|del|desde) (un|el|la|una)? (puente|edificio|balcón|ventana|azotea|techo)",
		"{quiero} dormir para siempre",
		// Going away, stopping, ending: for good.
		"{quiero} (desaparecer|dormir|dormirme|descansar|dejar de sufrir|dejar de sentir|apagarme) ... {siempre}",
		"{quiero} que (todo|esto|el dolor|el sufrimiento) (termine|acabe|se acabe|pare|se termine) {siempre}",
		"{quiero} que mi vida (termine|acabe|se acabe|se termine)",
		"{quiero} dejar de vivir $",
		"(irme|me voy|me quiero ir|quiero irme|dejar|salir|marcharme) (de)? este mundo",
		// Thinking of it, with words between.
		"(pienso|pensando|pensé|he pensado|pensaba|sigo pensando) ... en (cómo|la forma de|la manera de)? (matarme|suicidarme|quitarme la vida|morirme|colgarme|ahorcarme|acabar con mi vida|acabar con todo)",
		"ojalá (me muera|me muriera|me muriese|no despierte|no despertara|no despertase|me atropelle|me atropellara)",
		"(lo mejor|mejor|más fácil) (es|sería|seria|será) (morirme|morir|matarme|suicidarme|quitarme la vida|que me muera|no existir|desaparecer para siempre)",
		"(mejor|más felices|más tranquilos|más tranquilas) ... {ido}",
		"(nadie|ni nadie|a nadie) {notar} ... {ido}",
		"(daría igual|daría lo mismo|no cambiaría nada|no importaría) ... {ido}",
		"me (corté|he cortado|he vuelto a cortar|volví a cortar) (otra vez|de nuevo|anoche)",
		// A farewell with love or an apology for everything.
		"adiós ... (los quiero|las quiero|te quiero|perdón por todo|perdónenme|perdonadme|gracias por todo)",
		"(los quiero|las quiero|perdón por todo|perdónenme|perdonadme) ... adiós",
		"tirarme (de|del|desde) (un|el|la|una)? (puente|edificio|balcón|ventana|azotea|techo)",
		"(tirarme|lanzarme) (a|bajo|delante de) (un|el) (tren|metro|camión|coche|auto)",
		"nadie me (extrañaría|echaría de menos|va a extrañar)",
		"(sería|es) más fácil (si|que) (me muero|me muriera|estuviera muerto|estuviera muerta|muera|morir)",
	},
	review: []string{
		"autolesi*",
		"(pienso|pensar|pensando|pensé|pensamientos) ... (en|sobre) (la muerte|morir|morirme|mi muerte)",
		"ya? no puedo más",
		"no aguanto más",
		"no ... sentido (a|de|en) (nada|todo|esto)",
		"(agotado|agotada|cansado|cansada|harto|harta) de (todo|luchar|intentarlo)",
		"para qué (seguir|vivir)",
		"de qué sirve",
		"qué sentido tiene",
		"(soy|me siento) una carga",
		"(quiero|quisiera|ojalá pudiera) desaparecer",
		"(ojalá|quisiera) no haber nacido",
		"nunca (debí|debería haber|debería de haber) (nacer|nacido)",
		"(hacerme daño|lastimarme|cortarme|matarme)",
		// Self-harm as a habit of the past: "me cortaba", "me hacía cortes".
		"me (cortaba|hacía cortes|quemaba a propósito|lastimaba a propósito)",
		"me voy a morir",
		"(prefiero|preferiría) (morir|estar muerto|estar muerta)",
		"gracias por todo $",
		"no quiero estar aquí",
		"sobredosis",
		"me rindo $",
		"sobro (en este mundo|aquí|en todos lados|en todas partes)",
		"cuando me haya ido",
		// Someone else's wish or act, or a story's: a gentle question.
		"(quiere|quería|quiso) (morir|morirse|matarse|suicidarse|quitarse la vida)",
		"se (suicida|suicidó|mató|quitó la vida|ha suicidado|ha matado)",
		"se (quiere|quería|queria|quiso|iba a|intentó|intento|trató de|trato de) (matar|suicidar|morir|quitar la vida|colgar|ahorcar)",
		"{quiero} (desaparecer|dejar de sufrir|que todo termine|que todo acabe)",
	},
	negated: []string{
		// Round s12-residual: "no estoy pensando en hacerme daño ni nada".
		"no (estoy|ando) pensando en (hacerme daño|hacerme algo|quitarme la vida|suicidarme|matarme)",
		"(no|nunca|jamás) (quiero|quería|voy a|pienso|me voy a|me quiero|planeo)? (matarme|suicidarme|morir|morirme|hacerme daño|lastimarme|quitarme la vida|cortarme|acabar con mi vida|terminar con mi vida|ahorcarme|colgarme|envenenarme)",
		"(no|nunca|jamás) me (voy a|quiero|pienso)? (haría|haré|hago)? (daño|matar|suicidar|mataría|suicidaría|mataré|suicidaré|cortaré|lastimaré|cortaría|lastimaría|heriría|quitaría la vida|quitaré la vida|ahorcaría|ahorcaré)",
		"(no|nunca|jamás) (acabaría|acabaré|terminaría|terminaré) con mi vida",
		"no (soy|estoy|me siento) suicida",
		// "No tengo ganas de matarme": the wish itself denied.
		"no (tengo|tenía|tenia|me dan|me da) (ganas|intención|intencion|planes|pensado) de (matarme|suicidarme|morir|morirme|hacerme daño|lastimarme|quitarme la vida|cortarme|acabar con mi vida|colgarme|ahorcarme)",
		"(no tengo|sin) (ideas|pensamientos) suicidas",
	},
	benign: []string{
		"(borde|orilla|filo) de (la|mi|una) (cama|silla|mesa|bañera|tina)",
		"(borde|filo) (del|de mi) (sofá|sillón|escritorio)",
		"(muero|muriendo|morir|morirme|muerto|muerta|muertos|muertas|morí|morirse|muere|moría) de (la)? (hambre|risa|sueño|ganas|frío|calor|cansancio|vergüenza|miedo|aburrimiento|sed|amor|envidia|nervios|curiosidad|ansias|emoción)",
		"(va|van|vas|iba|iban) a matarme",
		"(matar|matarme|mataré|mato) (estudiando|trabajando|entrenando|corriendo|en el gimnasio|a estudiar|a trabajar)",
		"me (va|van|vas|iba|iban) a matar",
		// Living with someone hides them too (round s22-enes: "ya no quiero
		// vivir con mis papás", read by the learnt screen as a wish with
		// "mis papás" left over); living with anything else ("con este
		// dolor") is no idiom, and "no quiero vivir" stays a wish.
		"vivir (en|cerca|allí|ahí|aquí|sola|solo|juntos)",
		"vivir con ((mis|mi|los|las|sus|su|tus|tu) (papás|padres|viejos|suegros|abuelos|roomies|compañeros de piso|compañeras de piso|compas|tíos|hermanos|mamá|papá|madre|padre|novio|novia|pareja|ex|amigos|amigas|hijos|perro|gato)|mis|mi|los|las|sus|su|tus|tu|un|una|unos|unas|él|ella|ellos|ellas|alguien|gente|roomies|miedo)",
		"(desaparecer|desconectarme) (de|del) (las redes|redes|instagram|internet|whatsapp|el grupo|el chat|el móvil|el trabajo)",
		// A goodbye until tomorrow is not a farewell.
		"adiós (a todos|a todas|chicos|chicas|gente)? (nos vemos|hasta mañana|hasta luego|hasta pronto|hasta la próxima|buenas noches|me voy a dormir)",
		"último mensaje {pausa}",
		"(despertar|despertarme) (temprano|tan temprano|pronto|tarde|a las #|para (trabajar|el trabajo|la escuela|clase))",
		"(cortar|cortarme|corté|cortando|cortaré|corto|cortaba|cortaría) (el pelo|el cabello|las uñas|la barba|el flequillo|el fleco)",
		"(hacerme daño|lastimarme|lesionarme|hacer daño|lastimar|lesionar|haré daño|lastimaré|lesionaré) en? (la|el|los|las|mi|mis) (rodilla|rodillas|espalda|tobillo|pierna|piernas|hombro|cuello|mano|pie|músculo|músculos)",
		// An injury, said of a sport's joint, or of a limb with the
		// accident named; a cut or a burn only of a finger, with paper, at
		// the oven or shaving: "me corté las piernas otra vez", "me hice
		// daño con el cuchillo a propósito" are self-harm, and an idiom
		// blanks what it matches (a clinician's read of session 14).
		"(me hice daño|me he hecho daño|me lastimé|me he lastimado|me lesioné) (en|con|al)? (la|el|los|las|un|una|mi|mis)? (rodilla|rodillas|espalda|tobillo|hombro|cuello|pie|pies|músculo|cabeza|correr|entrenar)",
		"(me hice daño|me he hecho daño|me lastimé|me he lastimado|me lesioné) (en|con|al)? (la|el|los|las|un|una|mi|mis)? (pierna|piernas|mano|manos|dedo|dedos|brazo) (jugando|al caer|al caerme|en el gimnasio|cocinando|entrenando|corriendo|en el partido|con la puerta)",
		"(me corté|me he cortado|me quemé|me he quemado) (en|con|al)? (el|un|mi|la)? (dedo|dedos|papel|horno|sartén|cocinar|afeitarme|olla|plancha del pelo)",
		// The arm, when a kitchen's heat and its first aid are told with it.
		"(me hice daño|me he hecho daño|me lastimé|me he lastimado|me corté|me he cortado|me quemé|me he quemado) (el|mi|la|los|las)? (brazo|mano|manos|pierna) con (la|el) (plancha|horno|sartén|sarten|olla|agua hirviendo|aceite|tetera|vapor|estufa|lata|tostadora) (y)? (me puse|puse|le puse|me eché|me eche|con) (agua fría|agua fria|hielo|crema|pomada|aloe)",
		"(me hice daño|me he hecho daño|me lastimé|me corté|me quemé|me lesioné) (cocinando|afeitándome|entrenando|corriendo|jugando|en el gimnasio|haciendo ejercicio)",
		"(hacer daño|hacerme daño|haré daño|lastimar|lastimarme|lastimaré|lesionar|lesionarme) (si sigo)? (cocinando|entrenando|corriendo|jugando|en el gimnasio|haciendo ejercicio)",
	},
	habit: []string{"solía"},
	over: []string{
		"^ {cuando}? (pero|y)? (ahora)? ya no (más|lo siento|lo pienso|lo hago)? (gracias a dios|por suerte|afortunadamente)? $",
		"^ {cuando}? (pero|y)? (eso)? (ya pasó|quedó atrás|ya quedó atrás|es cosa del pasado|está en el pasado) $",
	},
	tense: []string{
		"(quería|quise|pensaba|pensé|intenté|sentía|deseaba|solía|planeaba)",
		"(tenía|tuve) (ganas|pensamientos|ideas)",
		"(iba a|estaba (pensando|planeando|a punto))",
	},
	// "nunca" or "jamás" right before a crisis phrase denies it, as "never"
	// does in English: "jamás en la vida me suicidaría". "No" is English
	// too ("there's no way out but death"), so it denies only with a Spanish
	// word after it: "no tengo planes de suicidarme".
	denial: []string{
		"(nunca|jamás|tampoco) {aux}? {aux}? {aux}? $",
		"no {aux} {aux}? {aux}? $",
	},
	weary: []string{
		// Round s22-enes (set 23): no longer a burden, before a goodbye.
		"^ (y)? ya no (voy a ser|seré) (una|más)? carga",
		// Fresh set 18: all made ready, before a time when nobody is awake.
		"^ (ya)? (todo está|todo esta|tengo todo|ya tengo todo) (listo|preparado) $",
		// Fresh set 13: "perdón. ya no puedo. adiós"
		"^ (perdón|perdon|perdóname|perdoname|perdónenme|perdonenme) (por todo)?",
		"^ (ya)? no puedo (más|mas)?",
		"(cansado|cansada|harto|harta|agotado|agotada) de (luchar|intentarlo|seguir)",
		"(ya)? no (puedo|aguanto) más",
		"no puedo seguir",
		"me rindo",
		"(ya lo|lo) (decidí|he decidido|tengo decidido)",
		"(ya está|está) decidido",
		// Round s12-residual: "listo. me voy. chau a todos"; in "listo, me voy
		// a dormir" nothing but farewell follows, so nothing is read.
		"^ (vale|bueno|ok)? (listo|lista|ya está)",
		"no hay (vuelta atrás|esperanza|salida)",
	},
	parting: []string{
		// Fresh set 18: a time when nobody is awake, after all made ready.
		"^ esta noche cuando (todos|todo el mundo) (duerman|se duerman|duerma|se duerma|estén dormidos|esté dormido) $",
		"^ esta noche $",
		"^ (adiós|adios) (a todos|a todas|para siempre|mundo)? $",
		"^ hasta siempre $",
		// Round s12-residual: "me voy." alone, after "listo." ("listo. me voy.
		// chau a todos").
		"^ (ya)? me voy $",
		"^ (esta noche|hoy) es la noche $",
		"^ (hoy|hoy sí|hoy si) es el (día|dia) $",
		// Fresh set 18: "chao a todos. los quiero mucho. ya no puedo más".
		"^ (chao|chau|bye) (a todos|a todas|amigos|chicos|gente) $",
		// Round s22-enes (set 23): a bare "chau" right after no longer
		// being a burden ("perdón ma. ya no voy a ser una carga. chau").
		"^ (chao|chau) $",
	},
	others: []string{
		"(él|ella|ellos|ellas|alguien) {otros}? $",
		"(mi|su|tu|un|una|el|la) (mejor)? (amigo|amiga|hermano|hermana|madre|padre|mamá|papá|hijo|hija|novio|novia|primo|prima|esposo|esposa|pareja|compañero|compañera|personaje) {otros}? $",
	},
	past: []string{
		"el año pasado",
		"hace (años|meses|mucho|mucho tiempo|tiempo|un año|una década)",
		"hace {cuantos} (años|meses|décadas)",
		"a los {edad} años",
		"cuando (era|tenía|estaba en)",
		"de (niño|niña|adolescente|joven|pequeño|pequeña)",
		"en (el pasado|mi adolescencia|la adolescencia|la universidad|el colegio|la escuela|la secundaria|mi juventud)",
		"antes de (la terapia|terapia|el tratamiento|la ketamina)",
		"en (aquel entonces|esa época)",
	},
	recent: []string{
		"otra vez", "de nuevo",
		// Round s22-enes (set 23): a harm of a while ago to be done again.
		"(lo voy a volver a hacer|lo vuelvo a hacer|voy a volver a hacerlo)",
		"(todavía|aún) (quiero|pienso|tengo|siento)",
		"esta (noche|semana)", "ahora mismo", "últimamente", "estos días", "ayer", "anoche", "mañana",
		// Round s21-enes: an attempt of the past taken up again "this time"
		// (fresh set 15: "… lo que empecé el año pasado, esta vez no me va a
		// salir mal").
		"esta vez no (me va a|va a) (salir mal|fallar)", "esta vez (sí|si) (me sale|lo logro|lo hago)",
	},
	doubt: []string{
		"no sé si", "no estoy (seguro|segura)", "tal vez", "quizás", "quizá", "a lo mejor",
		"no (puedo|lo puedo) prometer", "por ahora", "(todavía|aún) no", "espero",
	},
}
