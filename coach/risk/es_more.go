package risk

// spanishMore is the wider net of Spanish phrases (see englishMore),
// sharing es.go's macros.
var spanishMore = phraseSet{
	lang: "es",
	words: withWords(spanish.words, map[string]string{
		// An ordinary departure that explains a bare goodbye before it on the
		// line (risk.go, departs). Never "para siempre".
		"partida":  "((me|nos) (mudo|mudamos|cambio de casa|cambiamos de casa) (a|de|mañana|el|esta|la)?|(me voy|nos vamos|salgo|salimos|estoy|estaré|voy a estar) (de|a un|al)? (viaje|vacaciones|excursión|campamento|puente|erasmus|aeropuerto)|(estaré|estare|voy a estar|estoy) (sin (internet|wifi|cobertura|señal|móvil)|desconectado|desconectada|offline|fuera) (unos días|una semana|un tiempo|el finde|el fin de semana|hasta el (lunes|martes|miércoles|jueves|viernes|sábado|domingo)|hasta mañana|hasta la semana que viene|hasta después de)|(vuelvo|vuelvo a escribir|regreso) (el (lunes|martes|miércoles|jueves|viernes|sábado|domingo)|mañana|la semana que viene|en # (días|semanas)|después de (las vacaciones|los exámenes|el examen|la mudanza|el viaje))|nos vemos (el (lunes|martes|miércoles|jueves|viernes|sábado|domingo)|mañana|pronto|a la vuelta|la semana que viene|después de (las vacaciones|los exámenes|la mudanza))|hasta (el (lunes|martes|miércoles|jueves|viernes|sábado|domingo)|mañana|la vuelta|la semana que viene)|(mañana|el (lunes|martes|miércoles|jueves|viernes|sábado|domingo))? (tengo|es) (el|mi)? (examen|exámenes|final|finales)|(empiezo|empiezo en|entro a|entro en) (un|el|mi)? (trabajo|curro|empleo) nuevo|(mi|un|el) (nuevo) (trabajo|curro|empleo))",
		"medio":    "(una cuerda|la cuerda|una soga|la soga|una pistola|la pistola|un arma|el arma|una escopeta|un revólver)",
		"altura":   "(puente|azotea|techo|cornisa|barandilla|baranda|acantilado|borde del puente|borde de la azotea|borde del edificio)",
		"persona":  "(él|ella|mi (pareja|marido|esposo|esposa|mujer|novio|novia|ex|padre|papá|madre|mamá|padrastro|hermano|hermana))",
		"alguien":  "(él|ella|alguien|mi (mamá|madre|papá|padre|abuela|abuelo|hermana|hermano|amiga|amigo|mejor amiga|mejor amigo|pareja|novia|novio|hija|hijo|tía|tío|compañera|compañero)|una chica|un chico|un miembro|una miembro)",
		"recetado": "(como|según) (siempre|de costumbre|(lo)? (dice|indica|pone) (la receta|el prospecto|la caja|la etiqueta|el papel)|(buen|buena) (niño|niña|paciente)|reloj|manda la receta|me (indicaron|dijeron|recetaron)|(está)? (indicado|recetado)|(me)? (indicó|dijo|recetó|mandó|indica|dice) (el|la|mi) (médico|médica|doctor|doctora|psiquiatra))",
		// Round s20-routine: when one's own usual medicine is taken (see
		// English "routine"); no amount.
		"rutina": "(hoy|ya|esta mañana|esta noche|como siempre|como cada día|como todos los días|a su hora)",
		"comida": "(cebolla|cebollas|pan|papas|patatas|papa|patata|tomate|tomates|zanahorias|zanahoria|ajo|verduras|fruta|manzanas|queso|carne|pollo|pimientos|pimiento|pepino|calabaza)",
	}),
	crisis: []string{
		// Round s22-enes (set 22's German row, in Spanish): someone telling
		// the writer that tonight they kill them, or that it is their end.
		"(dice|dijo|me dice|me dijo|amenaza|amenazó|grita|gritó) (con)? que (esta noche|hoy|ahora|mañana|cuando vuelva) (me mata|me va a matar|me matará|es mi fin|se acaba mi vida) $",
		// Round s22-enes (sets 22 and 23): finishing tonight what a war
		// place started, doing today what one should have done there;
		// self-harm by burning, now or again.
		"(esta noche|hoy|mañana) (termino|acabo|voy a terminar|voy a acabar) (con)? lo que (empezó|comenzó|empezaron) (en)? ... $",
		"(esta noche|hoy|mañana) (hago|voy a hacer|haré) lo que (debí|debía|tendría que|tenía que|debería) (haber)? (hecho|hacer) en ... $",
		"(me estoy quemando|estoy quemándome|me quemo a propósito) (el|la|los|las)? (brazo|brazos|piel|pierna|piernas|muñeca|muñecas|mano|manos|muslo|muslos)? con (el|la|un|una|unos|mi)? (encendedor|mechero|cigarro|cigarrillo|cigarros|cigarrillos|plancha|vela|cerillo|cerillos|fósforos)",
		"me (quemé|queme) (el|la|los|las)? (brazo|brazos|piel|pierna|piernas|muñeca|muñecas|mano|manos|muslo|muslos)? con (el|la|un|una|unos|mi)? (encendedor|mechero|cigarro|cigarrillo|cigarros|cigarrillos|plancha|vela) ... ... (lo voy a volver a hacer|lo vuelvo a hacer|otra vez|de nuevo)",
		// An idiom may hide "me quemé el brazo"; the iron and "again" stay.
		"con (el|la|un|una|unos|mi)? (encendedor|mechero|cigarro|cigarrillo|cigarros|cigarrillos|plancha|vela) ... ... (lo voy a volver a hacer|lo vuelvo a hacer|voy a volver a hacerlo)",
		"me (apago|apagué|estoy apagando) (los|el|un)? (cigarros|cigarrillos|cigarro|cigarrillo|puchos|pucho) en (el|los|la|las|mi|mis) (brazo|brazos|piel|pierna|piernas|muñeca|muñecas)",
		// Round s22-enes: light since one decided it, "lo" ending the
		// sentence (a corpus row the set-22 retraining let fall).
		"me siento (liviano|liviana|ligero|ligera|aliviado|aliviada|en paz|tranquilo|tranquila) desde que lo (decidí|he decidido) $",
		// Round s21-enes (other3): a child told by someone met online that
		// they will be picked up now and must tell nobody; a gun at hand.
		"le (dijo|pidió|pidio|escribió|escribio) que (la|lo) (recogía|recogia|recoge|pasaba a buscar|pasa a buscar|iba a buscar|buscaba|veía|veia) ... ... (y)? que no le (dijera|contara) (nada)? a nadie",
		"tengo (el|la|un|una|mi) (arma|pistola|revólver|escopeta) (de mi (papá|padre|marido|esposo|abuelo|hermano))? (aquí|acá)? (a mi lado|al lado mío|junto a mí|en la cama|en mi cama|en la mano|en la mesa|delante de mí|frente a mí|en el bolsillo)",
		// Round s21-enes: a rope ready, nothing after it (as English "rope's ready").
		"^ (la|mi)? (soga|cuerda) (ya)? (está|esta) (lista|preparada|atada|colgada) (ya)? $",
		// Round s21-enes: corpus rows the retrained model let go: a car
		// following the writer for minutes now; finishing what was begun
		// "this time" without failing; no next session wanted, "no voy a
		// llegar" ending the sentence.
		"(carro|coche|auto|camioneta|moto|tipo|hombre|señor|alguien) (que)? me (sigue|está siguiendo|viene siguiendo|persigue) desde ... ... ... (ya)? (pasaron|van|lleva|hace) # (minutos|cuadras)",
		"terminar lo que (empecé|empece) ... ... ... esta vez no (me va a|va a) (salir mal|fallar)",
		"no me (den|des|dan|pongan|reserven|agenden|saquen) (turno|cita|hora) para (la)? (próxima|siguiente) (sesión|cita|consulta|semana) ... no voy a (llegar|estar) $",
		// Round s21-enes: someone texting the writer now that they will die;
		// someone who posted they would throw themselves onto the tracks and
		// shared their location; someone gone out with a gun saying they will
		// not come back; everything prescribed taken, with a farewell.
		"me (escribió|escribio|escribe|está escribiendo|mandó|mando|manda|dijo|dice|está diciendo) (un mensaje)? (de)? que se (va|iba) a (matar|ahorcar|ahogar|pegar un tiro|meter al (lago|río|mar)|(tirar|aventar) (de|desde|del|al|a las|a la|por|bajo) (un|una|el|la|las|los)? (puente|vías|vía|tren|metro|azotea|edificio|techo|balcón|acantilado|ventana|río|mar|autopista))",
		"que se (iba|va) a (aventar|tirar|lanzar) (a|de|desde|bajo|del|al) (las|la|el|un|una)? (vías|vía|tren|metro|puente|azotea|edificio|techo|balcón|acantilado) ... (y)? (compartió|mandó|pasó|puso|publicó) su (ubicación|ubicacion)",
		"{alguien} (salió|se fue|se marchó|se llevó) ... con (la|una|su|mi|el|un) (escopeta|pistola|arma|rifle|soga|cuerda|revólver) ... ... (diciendo|dijo|diciéndome|gritando) que (ya no (vuelve|va a volver|volverá|regresa|va a regresar)|no (vuelve|volverá|regresa) (más|nunca))",
		"(me tomé|me tome|me he tomado|tomé|tome) (todo|todas|todos) (lo que|las que|los que) me (recetaron|recetó|quedaba|quedaban|dieron|mandaron) (de una|de golpe|juntas|junto|gracias por todo|perdón|adiós|chau|los quiero)",
		// Round s21-enes (set 21): the light put out for good.
		"(apago|apagaré|voy a apagar|apagar|me apago) (la luz|la vela|mi luz|las luces)? para siempre",
		// Round s20-routine: bleeding that will not stop.
		"no (deja|para) de sangrar",
		"la sangre no (para|se detiene|se para|deja de salir|se corta)",
		// Round s20-routine: a whole box or bottle taken, a day named or not
		// ("me tomé el bote entero hoy"); what makes the routine phrase a
		// crisis is the totality, which it has no place for. The box is of
		// pills, or nothing else is named: not "de cereales".
		"(me tomé|me tome|tomé|tome|me he tomado|he tomado) (el|la|un|una) (bote|caja|frasco|blíster|blister|tira) (entero|entera|completo|completa) (de {pastillas}|de una|de golpe|hoy|esta noche|esta mañana|ya|$)",
		"(me tomé|me tome|tomé|tome|me he tomado|he tomado) (todo el|toda la) (bote|caja|frasco|blíster|blister|tira) (de {pastillas}|de una|de golpe|hoy|esta noche|esta mañana|ya|$)",
		"no (puedo|consigo) (parar|detener|cortar) la sangre",
		// Round s20-enes (fresh set 20 and other2): a last message named as
		// such; ending it all on a day named; out with a rope where one was not
		// looked for; someone lying unconscious with foam at the mouth.
		"^ (este es)? (mi)? (último|ultimo) mensaje (que (mando|envío|escribo|les mando|te mando|les escribo))? $",
		"(cuando|en cuanto|apenas) (salga el sol|amanezca|oscurezca|anochezca|se vayan|se duerman) (me aviento|me tiro|me lanzo|salto|me mato) $",
		// A farewell set as a session's intention, with a time; no longer
		// being anyone's problem after a time; a threat to kill if the writer talks.
		"(intención|intencion) ... ... (despedirme|decir adiós) (bien|como se debe|de verdad)? (de todos|de todo el mundo|de ustedes)? (antes del|antes de|para el) (finde|fin de semana|lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|esta noche)",
		"(la semana que viene|la próxima semana|pronto|mañana|después de esta noche|después de hoy) ya no (voy a ser|seré|sere) (su|tu|vuestro|el) (problema|carga) (de nadie|de ustedes)? (lo prometo|prometido|$)",
		"si (hablo|digo algo|cuento algo|lo cuento|lo denuncio|me voy|lo dejo) (me mata|me va a matar|me matará|me mataría)",
		// Other2's own crises: a last word to a child through others.
		"(díganle|digan|dile|decile|díganles) a (mi|mis) (hijo|hija|hijos|hijas|mamá|madre|papá|padre|pareja|esposa|esposo|familia|hermana|hermano) que (no fue su culpa|no fue culpa suya|lo siento|los quiero|la quiero|lo quiero|los amo|lo amo|la amo) $",
		"(este finde|este fin de semana|hoy|esta noche|mañana|(el|este) (lunes|martes|miércoles|jueves|viernes|sábado|domingo)|pronto) (termino|acabo|terminaré|acabaré|voy a terminar|voy a acabar) con todo $",
		"(estoy|ya estoy|llegué|ando) (en|al) (el)? (bosque|monte|parque|campo|granero) con (la|una|mi) (cuerda|soga|pistola|escopeta)",
		"(tirado|tirada|desmayado|desmayada|inconsciente) en el (piso|suelo|baño) (y)? no (reacciona|responde|despierta|respira) ... (espuma|vómito|vomito|morado|morada)",
		// Round s12-learn19: corpus rows the model alone had carried and let go when set 19 was learnt.
		"(acabo de|estoy) (golpearme|golpeándome|pegarme|pegándome|darme|dándome) (golpes)? (con)? (la cabeza)? contra la pared hasta sangrar",
		// Fresh set 19: a rope in the bag, waiting for someone to leave.
		"(ya)? (tengo|llevo) la (cuerda|soga) en (la|mi) (mochila|bolsa|mochi|coche|carro) ... ... (espero|esperando) (a)? que",
		// Round s12-residual: a gun loaded, and nothing after it.
		"(ya)? (cargué|he cargado|tengo cargada) (la|una|mi) (pistola|escopeta|arma|revólver) $",
		// Round s12-residual: "nos vemos en otra vida" closing a line.
		"nos vemos en (otra|la otra|la próxima|la proxima) vida $",
		// A corpus row the model alone had carried and let go when set 18 was
		// learnt.
		"^ no voy a llegar (al|hasta el) (lunes|martes|miércoles|jueves|viernes|sábado|domingo|finde|fin de semana) $",
		// Fresh set 18: someone else in danger now (rat poison taken and then
		// offline, "a lot" of one's pills); the subject, when there is one,
		// is part of the phrase so that it is not read as someone else's
		// words. Twins without the deed or the amount stay None.
		"(se tomó|tomó|se bebió|bebió|se tragó|tragó) (veneno|veneno para ratas|matarratas|raticida|lejía|cloro|anticongelante)",
		"{alguien} ... ... (se tomó|tomó|se bebió|bebió|se tragó|tragó) (veneno|veneno para ratas|matarratas|raticida|lejía|cloro|anticongelante)",
		"(se tomó|tomó|se tragó|tragó) (un montón|muchas|demasiadas|un puñado|la caja entera|el frasco entero|todo el frasco|toda la caja) (de)? (sus|las) ... (pastillas|píldoras|medicinas|medicamentos)",
		"{alguien} ... ... (se tomó|tomó|se tragó|tragó) (un montón|muchas|demasiadas|un puñado|la caja entera|el frasco entero|todo el frasco|toda la caja) (de)? (sus|las) ... (pastillas|píldoras|medicinas|medicamentos)",
		// Fresh set 18: a rope and a day chosen; belongings given away with a
		// day after which they are not needed.
		"(tengo|compré|conseguí) (la|una) (soga|cuerda) y (ya)? (elegí|escogí|decidí|puse|tengo) (el|la)? (día|fecha|lunes|martes|miércoles|jueves|viernes|sábado|domingo)",
		"(regalo|regalé|reparto|doy) (mi|mis) ... ... a quien (los|las)? quiera (después del|a partir del|desde el) (lunes|martes|miércoles|jueves|viernes|sábado|domingo|finde|fin de semana) (ya)? no (los|las|lo|la)? (voy a necesitar|necesitaré|necesito|me van a hacer falta)",
		// Fresh sets 16 and 17: walking into the sea and on, a last letter to a
		// child, a plan sorted and waiting for someone to leave.
		"(meter|meterme|entrar|entro|meto) (al|en el) (mar|agua|lago|río) ... ... y (seguir|sigo|seguiré) caminando",
		"(escribiendo|escribo|escribí|escribir) (la)? (mi)? (última|ultima) carta (a|para) (mi)? (hijo|hija|hijos|esposa|esposo|mamá|papá|madre|padre)",
		// The corpus's "decidí morir", which the model alone had carried.
		"(he decidido|decidí|decidi|ya decidí|ya decidi) (morir|morirme|matarme|suicidarme|quitarme la vida)",
		// Fresh sets 14 and 15: a body after days, being found, a floor with
		// no way back, pills taken and no one to be called, a roof with no
		// railing, leaving the group for good, knowing how and when.
		"(no quiero que|que no sea) (sea)? (mi|la|el)? ... ... (la que|el que|quien)? me (encuentre|encuentren|vea así|vea asi)",
		"hasta que (alguien|me)? (me)? (encuentre|encuentren) $",
		"(el cuerpo|un cuerpo|un cadáver|un cadaver) se pone ... (después de|despues de|tras) (unos|varios|algunos) días",
		"(desde qué|desde que|a partir de qué|a partir de que|de qué|de que) piso ... ... (no tiene vuelta atrás|no tiene vuelta atras|no hay vuelta atrás|no hay vuelta atras|ya no se sobrevive)",
		"(cuántos|cuantos) pisos (hacen falta)? para (ir a lo seguro|estar seguro|estar segura|que sea seguro) $",
		"(donante de órganos|donante de organos|donación de órganos|donacion de organos|tarjeta de donante) ... ... si (uno|tú|tu|yo)? (lo hace|lo haces|lo hago|se mata|te matas|me mato) (uno mismo|tú mismo|tu mismo|yo mismo|yo misma)?",
		"(ya)? me las (tomé|tome|tragué|trague) ... ... no (llames|llaméis|llamen|llamar) a nadie",
		"(azotea|techo|terraza) ... ... (sin barandal|sin baranda|sin barandilla|sin reja) ... ... (subo|voy a subir|me subo) (mañana|esta noche|hoy)",
		"(ya no vengo|no voy a volver|ya no voy a venir|ya no vuelvo) ... ... (cuídense|cuidense|cuidaos|cuídaos) (mucho)? (entre ustedes|entre vosotros|los unos a los otros|mutuamente)",
		"(ya sé|ya se|ahora sé|ahora se) (cómo y cuándo|como y cuando|cuándo y cómo|cuando y como) (lo voy a hacer|lo haré|lo hare|hacerlo)",
		"desde que (elegí|elegi|fijé|fije|puse) (la fecha|el día|el dia) ... (tranquila|tranquilo|en paz|calma)",
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
		// Session 6, parity with English kind by kind: what Spanish
		// speakers write (Spain and Latin America, tú and vos, slang and
		// missing accents), each with the everyday line it must leave
		// alone in cases_test.go.
		// A height, in Mexico and Central America: "aventarse".
		"(me quiero|me voy a|quiero|voy a|me pienso) aventar (de|del|desde|por) (un|el|la|una|mi)? (puente|edificio|balcón|ventana|azotea|techo|segundo piso|tercer piso|piso|cerro|barranco)",
		"aventarme (de|del|desde|por) (un|el|la|una|mi)? (puente|edificio|balcón|ventana|azotea|techo|piso|cerro|barranco)",
		"me (quiero|voy a) aventar (a|al|bajo|delante de) (un|el) (tren|metro|camión|carro|coche|tráiler)",
		// Not safe with oneself: the answer to the safety question.
		"no me siento (segura|seguro|a salvo) (conmigo misma|conmigo mismo|conmigo|sola|solo) (misma|mismo)?",
		"no (puedo|sé si puedo|te puedo|les puedo) (prometer|prometerte|prometerles|garantizar) que (voy a estar|estaré|me voy a quedar|me voy a mantener|voy a seguir) (a salvo|segura|seguro|viva|vivo|con vida)",
		"no (puedo|logro|consigo) (mantenerme|quedarme) a salvo",
		// Ways looked up.
		"(busqué|busque|buscando|buscaba|googleé|googlee|gugleé|guglee|investigué|investigando|leí|leyendo|estuve buscando|estoy buscando) ... (cómo|formas de|maneras de|métodos para|la forma de|la manera de) (matarme|suicidarme|morir|quitarme la vida|ahorcarme|colgarme|desangrarme|envenenarme)",
		"dosis (letal|mortal|letales|mortales)",
		// Not minding, praying for it, death as rest.
		"no me (importaría|importaria|molestaría|molestaria) (morir|morirme|estar muerta|estar muerto|no despertar|no despertarme|no volver a despertar)",
		"me (daría|daria) (igual|lo mismo) (morir|morirme|no despertar|no despertarme)",
		"(la muerte|morir|morirme|estar muerta|estar muerto) (suena|me suena|parece|me parece|se siente) (como)? (a|un|una)? (descanso|alivio|paz|liberación|buena idea|tentador|tentadora)",
		"(rezo|rezando|le pido a dios|le rezo a dios|pido a dios|ruego|rogando) (para|por)? (no despertar|no despertarme|morirme|morir|que me lleve|no amanecer)",
		// Goodbyes said, letters written.
		"(ya)? me (despedí|despedi|he despedido) de (todos|todas|todo el mundo|mi familia|ustedes|vosotros) $",
		"(ya)? me (despedí|despedi|he despedido) de (todos|todas|todo el mundo|mi familia) ... (los quiero|las quiero|gracias por todo|perdón|perdónenme|para siempre)",
		// Danger from someone else.
		"(alguien|un tipo|un hombre|un señor|un desconocido) (se está metiendo|está metiéndose|esta metiendose|se esta metiendo|está intentando entrar|esta intentando entrar|intenta entrar|está forzando la puerta|esta forzando la puerta) ((a|en) (mi)? (casa|cuarto|depa|departamento|piso)|$)",
		"(hay alguien|alguien) (intentando entrar|metiéndose|metiendose|forzando la puerta) ((a|en) (mi)? (casa|cuarto|depa|departamento|piso)|$)",
		"{persona} (me)? (intentó|intento|está intentando|esta intentando|trató de|trato de|quiso) (matarme|ahorcarme|estrangularme|ahogarme|apuñalarme)",
		"(alguien|un tipo|un hombre|un desconocido|{persona}) me (está siguiendo|esta siguiendo|sigue|persigue|está persiguiendo|esta persiguiendo) (por la calle|hasta (mi)? casa|a (mi)? casa|desde|$)",
		// Self-harm again, after a relapse: "recaí y me volví a quemar".
		"(recaí|recai|tuve una recaída|tuve una recaida|volví a recaer) ... (a)? (cortar|cortarme|corté|corte|quemar|quemarme|quemé|queme|lastimar|lastimarme|hacerme daño)",
		// Means ready.
		"(la|mi) (soga|cuerda) (ya)? (está|esta)? (lista|preparada|atada|colgada) $",
		"(la|el) (pistola|arma|escopeta|revólver) (ya)? (está|esta)? (cargada|cargado|lista|listo) $",
		// The day chosen.
		"(hoy|esta noche|mañana) es el (día|dia|noche) (en que|que|en el que)? (me mato|me suicido|lo hago|me voy para siempre|termino con todo|acabo con todo|me quito la vida)",
		"(elegí|elegi|escogí|escogi|decidí|decidi|fijé|fije|ya tengo) (el|la) (día|dia|fecha|noche|momento|hora) (para|de|en que) (hacerlo|matarme|suicidarme|morir|morirme|irme|lo hago|me mato)",
		"me (pasé|pase|he pasado) con (la keta|las pastis|los remedios|el clonazepam|el rivotril) ($|a propósito|a proposito|adrede|hoy|anoche|y)",
		// Fresh set 11: straight into the water, water and "no sé nadar total",
		// a date set and the calm after, sitting on the rails, the last smile.
		"(seguir|sigo|ir|irme|voy|meterme|tirarme|manejar|acelerar|acelero) (derecho|directo|recto) (al|hacia el|contra el|a el) (agua|mar|río|rio|lago|canal|dique)",
		"(río|rio|mar|lago|canal|puente|presa|agua|muelle) ... ... ... (total|igual|de todas formas|de todos modos) no sé nadar $",
		"(río|rio|mar|lago|canal|puente|presa|agua|muelle) ... ... ... no sé nadar (total|igual|de todas formas|de todos modos) $",
		"(desde que|ahora que|ya) (puse|fijé|fije|elegí|elegi|escogí|escogi) (la)? fecha (me siento|estoy|ya no|todo)",
		"(me senté|me sente|estoy sentada|estoy sentado|sentada|sentado|me acosté|me acoste|estoy acostada|estoy acostado|acostada|acostado) (en|sobre) (las|los) (vías|vias|rieles)",
		"((último|ultimo) piso|azotea|techo|cornisa|barandal|baranda) ... (mirando|miro|viendo|veo|me asomo|asomada|asomado) (pa|para|hacia)? abajo",
		"(la|el) (última|ultima|último|ultimo) (persona|que) (que)? me (va a sonreír|va a sonreir|sonreirá|sonreira|va a ver|verá|vera|va a hablar)",
		"(bañera|tina|tina del baño) ... ... (la navaja|las navajas|la cuchilla|las cuchillas|el cúter|el cuter|la hoja) (está|esta|están|estan)? (lista|listas)? (al lado|a un lado|en el borde)",
		// Fresh sets 12 and 13: a height or a dose asked about, "ya lo
		// decidí" against a helpline, alone while it happens.
		"(desde qué|desde que|a qué|a que|de qué|de que|qué|que|cuál|cual) (altura|piso) ... ... (no sobrevive|no sobrevives|no se sobrevive|nadie sobrevive|es mortal|te mueres|se muere|uno se muere|te matas|seguro morir|seguro que te mueres)",
		"(cuántos|cuantos) pisos ... ... (no sobrevive|no sobrevives|no se sobrevive|nadie sobrevive|es mortal|te mueres|uno se muere|te matas)",
		"(qué|que|cuál|cual) (es la)? (dosis|cantidad) (de)? ... ... (mata|te mata|que mata|es mortal|es letal|para morir|para morirse|para no despertar)",
		"(no me mandes|no me pases|no me des|no quiero) (ningún|ningun|el|un|otro)? (teléfono|telefono|número|numero|línea|linea) (de)? (ayuda|crisis|emergencia) ... (decidí|decidi|decidido)",
		"no quiero estar (sola|solo) (mientras|cuando) (pasa|pase|lo hago|ocurre|ocurra)",
		"(mensaje|carta|texto|audio) (despidiéndose|despidiendose|de despedida|de adiós|de adios) ... ... no (contesta|responde|me contesta|me responde|agarra el teléfono|agarra el telefono|coge el teléfono|coge el telefono)",
		"(voy manejando|estoy manejando|voy conduciendo|estoy conduciendo|manejando|conduciendo) ... (pensando en|pienso en|con ganas de|a punto de) (estrellarme|chocarme|meterme|tirarme|echarme) (contra|debajo de|bajo)",
		"(esta noche|hoy|mañana) me despido de (todo|la vida|este mundo) $",
		// "a tirarme al tren": es.go has "a el" but not its contraction "al".
		"(tirarme|lanzarme|aventarme|echarme|me tiro|me aviento|me lanzo|me voy a tirar|me voy a lanzar|me voy a aventar) (al|bajo el|debajo del|delante del|a las vías del|a las vias del) (tren|metro|subte|camión|camion|tráiler|trailer)",
		"(ya)? (me tomé|me tome|tomé|tome|me trago|me tragué|me trague) (todas|todas las pastillas|todo el frasco|toda la caja|todas las pastis) (ya)? $",
	},
	review: []string{
		// Round s22-enes: burning oneself with a cigarette or a lighter, as
		// a habit (a set-16 row the set-22 retraining let fall to None).
		"me (quemo|he quemado|suelo quemar) (a propósito|adrede)? (los brazos|el brazo|la piel|las piernas)? con (el|un|los|mi)? (cigarro|cigarros|cigarrillo|cigarrillos|mechero|encendedor|puchos|pucho)",
		// Round s21-enes: a corpus row the retrained model let fall to None:
		// picturing one's own funeral.
		"(pienso|pensar|pensando|me pongo a pensar|imagino|imaginando|me imagino) (en)? (como|cómo) (sería|será) mi (funeral|entierro|velorio|velatorio)",
		// Round s20-enes: a heart in two minds about going on.
		// A corpus row the model let go when this round was learnt: dark
		// thoughts on crossing a bridge or at a platform.
		"(cruzando|cruzo|cruzar|paso por|pasando por) (el|un|la) (puente|andén|anden|vías|vias|viaducto) ... ... ... (cosas feas|malos pensamientos|pensamientos feos|ideas feas|ideas raras|pensamientos oscuros)",
		"una parte de (mí|mi) (quiere|todavía quiere|aún quiere) (seguir|vivir) y (otra|la otra) (parte)? (ya)? no",
		// Round s12-residual: "ni ganas de seguir existiendo", which the model
		// alone had carried.
		"(sin|ni|no tengo|cero) ganas de seguir (existiendo|viviendo|aquí|aqui)",
		// Fresh set 18: years "of this" that are enough.
		"(años|tantos años) de esto (son|es|ya son|ya es) (suficiente|suficientes|bastante|demasiado|demasiados)",
		// A corpus farewell the model alone had carried to Review and let go
		// when sets 16 and 17 were learnt.
		"ya no me (van a|vas a|vais a) ver (más|mas) ... ... (fue lindo|fue bonito|fue bueno) mientras (duró|duro)",
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
		// Session 6: dark thoughts, a dark place (English "dark thoughts").
		"(pensamientos|ideas) (oscuros|oscuras|negros|negras|feos|feas|intrusivos|intrusivas|de muerte)",
		"(en un|estoy en un) (lugar|sitio|momento|pozo) (muy|tan|bien|demasiado)? (oscuro|negro)",
		"mi (mente|cabeza) (está|esta) (muy|tan)? (oscura|negra)",
		"no (le)? veo (ningún|ningun|ni un)? futuro $",
		// What if, hating being alive, all planned (English "what if i
		// ended it", "hate being alive", "i have it all planned").
		"(y si|qué pasa si|que pasa si|y qué tal si|y que tal si) (me muero|me mato|me suicido|desaparezco|no despierto|no me despierto|acabo con todo $)",
		"odio (estar viva|estar vivo|existir|seguir viva|seguir vivo|estar en este mundo) $",
		"(ya)? (lo)? tengo todo (planeado|pensado|listo) $",
	},
	benign: []string{
		// Round s22-model: gone out hunting, coming back with a deer ("se fue
		// con el rifle, dijo que regresa con un venado"), which the lower
		// Crisis cut let the model call Crisis; "ya no regresa" is no part of it.
		"con (la|una|su|mi|el|un) (escopeta|rifle|arma|carabina) ... ... (regresa|vuelve|viene|volverá|regresará|va a volver|va a regresar) con (un|una|unos|unas) (venado|ciervo|conejo|conejos|jabalí|pato|patos|pavo|liebre|liebres|codorniz|codornices|presa)",
		// Round s22-enes (sets 22 and 23's ordinary rows): a wish after a
		// game lost, with a laugh; a goodbye forever to a subject; one's
		// pills taken at another time of day.
		"(fifa|fortnite|minecraft|valorant|warzone|lol|la play|el juego|la partida|ajedrez|mario kart|free fire) ... ... ... (me quiero morir|quiero morirme|me muero) (jaja|jajaja|jajajaja|jsjs|jsjsjs|xd|lol)",
		"(me quiero morir|quiero morirme) (jaja|jajaja|jajajaja|jsjs|jsjsjs|xd|lol) ... ... (fifa|fortnite|minecraft|valorant|warzone|lol|la play|el juego|la partida|ajedrez|mario kart|free fire)",
		// A party's date, and how many guests are enough (a twin the
		// learnt screen reads as a birthday chosen as the day).
		"(la fecha|el día) de la (fiesta|boda|reunión|cena|mudanza|comida|despedida|excursión|barbacoa|parrillada|juntada)",
		"# (invitados|invitadas|sillas|platos|personas|cervezas|pizzas|globos|vasos) (son|es|serán|alcanzan) (suficientes|suficiente|bastante|bastantes|de sobra)",
		"(adiós|adios|chau|chao) para siempre (a|al) (la|el|mi)? (estadística|química|física|matemáticas|mates|cálculo|álgebra|materia|asignatura|examen|final|clase|curso|dieta|brackets|frenillos|yeso|trabajo)",
		"(tomo|tomar|tomando|me tomo) (las|mis) (pastillas|pastis|medicinas|medicamentos) (por la|en la|a la) (mañana|noche|tarde|hora de comer)",
		// Round s21-enes: everything given or prescribed taken for an
		// ailment ("me tomé todas las que me dieron para la alergia").
		"(me tomé|me tome|tomé|tome|me he tomado) (todas|todos|todo) (las|los|lo) que me (dieron|recetaron|recetó|mandaron|indicaron) (para|contra) (la|el|las|los|mi|mis) (alergia|alergias|gripe|dolor|fiebre|tos|presión|infección|resfriado|resfrío|migraña|muela|muelas|garganta|estómago|panza|espalda|rodilla|ansiedad)",
		// Round s21-enes: a goodbye to a fear (TestSignals); the last post
		// from a flat one moves out of.
		"(despedirme|me despido|despedirse|decir adiós|decirle adiós) (de|a) (mi|mis|el|la|los|las) (miedo|miedos|fobia|fobias|ansiedad|vicio|vicios|inseguridad|inseguridades|pánico)",
		"(este es)? mi (último|ultimo) (post|posteo|mensaje|video) desde (este|el|mi|nuestro) (viejo)? (departamento|depa|piso|apartamento|cuarto|casa|barrio|pueblo|país)",
		// Round s20-enes: pills taken as prescribed with the prescriber named
		// ("lo que me recetó la dra."); a car at the mechanic's until a day.
		"(tomé|tome|me tomé|me tome|tomo|he tomado) (todas)? (mis|las) {pastillas} (que)? (me)? (recetó|receto|mandó|indicó|dio) (la|el|mi)? (dra|dr|doctora|doctor|médica|médico|psiquiatra)",
		"(el)? (coche|carro|auto) (está)? en el (taller|mecánico|garaje) (hasta el|hasta|por) (lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|la semana que viene|arreglo|reparación|revisión)",
		// Fresh set 19's ordinary rows: an operation explains a silence of some days.
		"si desaparezco (unos|un par de|algunos|varios) (días|dias) es por (eso|la operación|la operacion)",
		// Round s12-residual: a goodbye for the day, with thanks for the day.
		"(adiós|adios|chao|chau) a (todos|todas) (y)? gracias por (escucharme|leerme|el apoyo|la sesión|la charla|la compañía) (hoy|esta noche|esta tarde|esta semana)",
		// Round s12-residual: a gun that is a toy or a tool.
		"(pistola|pistolas) (de|del) (agua|silicona|pintura|calor|juguete|clavos|aire|pintar)",
		// Round s12-residual: enough of one's medicine for a trip.
		"({pastillas}|insulina|medicación|medicamentos|medicinas) (suficiente|suficientes) para (todo|toda|todas)? (el|la|las|mi)? (viaje|semana|mes|vacaciones|finde|fin de semana|estancia)",
		"(suficiente|suficientes|bastante|bastantes) ({pastillas}|insulina|medicación|medicamentos|medicinas) para (todo|toda|todas)? (el|la|las|mi)? (viaje|semana|mes|vacaciones|finde|fin de semana|estancia)",
		// Round s12-residual: a bare goodbye that the next sentence explains
		// as an ordinary departure (risk.go, departs).
		"^ (adiós|adios|chao|chau|bye|hasta luego) (a todos|a todas|amigos|chicos|gente)? (que)? {partida}",
		// Fresh set 18's twins: someone's daily pills taken, named by the time
		// of day or what they are for ("la abuela se tomó sus pastillas del
		// corazón esta mañana"); an amount ("muchas de sus pastillas") is not
		// blanked.
		"(ya)? (se tomó|tomó|me tomé|tomé) (sus|mis) (pastillas|medicinas|pastillas diarias) (de la|del|para la|para el) (mañana|noche|tarde|presión|tensión|corazón|colesterol|tiroides|azúcar|diabetes)",
		// Fresh set 17's ordinary rows: a wish after a game death count with
		// "me mataron", embarrassment in the past, a goodbye letter to a dead
		// parent or to an illness.
		"me (mataron|han matado|matan) # veces ... ... (me quiero morir|quiero morirme|quiero morir)",
		"(qué vergüenza|que vergüenza|qué oso|que oso) me (quería|quise) morir",
		"carta de despedida a (mi)? (papá|padre|mamá|madre|abuelo|abuela|hermano|hermana) (que murió|que falleció|fallecido|fallecida|muerto|muerta)",
		"carta de despedida a (mi)? (ansiedad|depresión|adicción|trastorno|tca|toc)",
		// Fresh sets 14 and 15's hyperbole in its frame: a quoted wish
		// captioned "yo cada vez que ...", a wish after a game death count,
		// a threat over a meeting with a laugh after it.
		"^ (quiero morirme|me quiero morir|quiero morir) yo (cada vez que|siempre que|cuando)",
		"# (muertes|veces) (con|contra|en) (el|este|ese) (mismo)? (jefe|boss|nivel) ... ... ... (me quiero morir|quiero morirme|quiero morir)",
		"(reunión|reunion|junta|zoom|llamada|correo|excel) ... ... ... (me tiro|me aviento|me lanzo) por la ventana (jaja|jajaja|jajajaja|jsjs|xd|lol)",
		"(dejé|dejo|le dejé|le dejo|llevé|llevo) (a)? (mi|mis) (perro|perra|gato|gata|mascota|mascotas|plantas) ... (para el finde|para el fin de semana|mientras (viajo|estoy fuera|estoy de viaje|trabajo)|durante (las vacaciones|el viaje|el finde)|hasta que vuelva)",
		"(tomé|tome|me tomé|me tome|tomo|he tomado) (todas)? (mis|las) {pastillas} ... {recetado}",
		// Round s20-routine: one's own usual medicine taken, with when and
		// nothing else in the sentence ("me tomé mis pastillas hoy", "ya me
		// tomé las pastillas"); no place for "todas", "el bote" or "muchas",
		// nor for anything after it ("ya me tomé las pastillas con el
		// tequila"). "las" with "me tomé" is one's own, as "my" is.
		"^ (ya|hoy|esta mañana|esta noche) (me)? (tomé|tome|he tomado|tomo) (mis|las) {pastillas} (de hoy|de la mañana|de la noche|de siempre|de cada día)? {rutina}? $",
		"^ (me)? (tomé|tome|he tomado|tomo) (mis|las) {pastillas} (de hoy|de la mañana|de la noche|de siempre|de cada día)? {rutina} $",
		// Round s20-routine: a knife in the hand while cooking, the sentence
		// ending with the food.
		"(cuchillo|cuchilla|navaja) (está)? en (la|mi) mano (y)? (estoy)? (cortando|pelando|picando|rebanando|corto|pelo|pico) (la|las|el|los|un|una|unas|unos)? {comida} (para (la cena|la comida|el almuerzo|mañana|esta noche|la sopa|los niños|la ensalada))? $",
		// Round s20-routine: an old thing given away because a new one was bought.
		"(me compré|me compre|compré|compre|me pillé|me pille) (la|el|una|un) (nueva|nuevo) ... (ya)? no (la|lo|las|los) (necesito|voy a necesitar|uso|voy a usar) (más)?",
		// Round s20-routine: a sibling's joking threat over food with a laugh.
		"(me mata|me va a matar|me mataría|me matará) si (me como|como|toco|me tomo|me acabo) (sus|su|el|la|los|las) ... (jaja|jajaja|jajajaja|jsjs|xd|lol)",
		// Round s20-routine: bleeding from the nose or gums, or a period.
		"(nariz|encías|regla) ... ... no (deja|para) de sangrar",
		// Session 6: KAP's own words, and everyday lines that use the
		// words crisis texts use.
		"(muerte|disolución|disolucion|pérdida|perdida) (del|de mi) ego",
		// What a box holds: "¿cuántas pastillas trae la caja?"
		"(cuántas|cuantas) {pastillas}? (trae|traen|vienen en|hay en|caben en) (la|una|el|un) (caja|frasco|bote|blíster|blister|tira)",
		"dosis (letal|mortal) (de|del)? (la)? (cafeína|cafeina|café|cafe|agua|sal|azúcar|azucar|chocolate|vitamina|vitaminas)",
		"(pensamientos|ideas) (oscuros|oscuras|negros|negras) (de|del|en) (la|el)? (película|pelicula|peli|libro|serie|personaje|juego|novela)",
		"(junté|junte|junto|guardé|guarde|guardo|puse|pongo|ordené|ordene|organicé|organice) (las|mis) {pastillas} (de la semana|del mes|para la semana|para el mes)? (en el|en un|en mi) (pastillero|organizador)",
		"(sentí|senti|sentía|sentia) (que|como si) me (moría|moria|muriera|estaba muriendo) ... (sesión|sesion|viaje|ceremonia|infusión|infusion|ketamina|keta)",
		"(tirar|tirarme|tirarse|me voy a tirar|me tiro|me tiré|me tire|me quiero tirar|te tiras|tírate|tirate) a la piscina",
		"(este|el|del|un|el próximo|el proximo|próximo|proximo) puente (de mayo|de diciembre|de noviembre|de octubre|de agosto|de la constitución|de la constitucion|de la inmaculada|del pilar|de todos los santos|de semana santa|festivo|largo|me voy|nos vamos|vamos)",
		"(cómo|como) (matar|eliminar|acabar con) (a)? (las|los)? (plagas|pulgones|hormigas|cucarachas|moscas|mosquitos|bichos|malas hierbas|ratones|chinches|el tiempo|el aburrimiento)",
		"(cuerda|soga|cuerdas|sogas) ... ... (para|del|de) (el|la)? (camping|acampar|tienda|tender|tender la ropa|escalar|escalada|mudanza|remolcar|barco|saltar)",
		"(siguiendo|sigue|siguió|me sigue) en (instagram|insta|tiktok|twitter|facebook|redes|las redes)",
		"(me despido|me despedí|me despedi) (de todos|de todas|de ustedes|de vosotros|de todo el mundo)? (nos vemos|hasta mañana|hasta luego|hasta pronto|hasta el (lunes|martes|miércoles|jueves|viernes|sábado|domingo)|buenas noches|me voy a dormir|me voy de vacaciones)",
		"me (despedí|despedi|despido) de (todos|todas|mis compañeros|mis compañeras|mis colegas) (en|de|del) (la oficina|el trabajo|trabajo|la escuela|clase|el curro|la uni)",
		// "me voy a morir de viejo en esta fila": of old age, boredom, laughter.
		"(morir|morirme|morirse|muero|me muero|me voy a morir|nos vamos a morir) (de|del) (viejo|vieja|viejos|aburrimiento|risa|hambre|frío|frio|calor|sueño|sueno|vergüenza|verguenza|envidia|ganas|asco|pena)",
		// Round s22-resid: someone knocking because they forgot their keys
		// ("mi hermano está golpeando la puerta porque se olvidó las llaves").
		"(golpeando|tocando|aporreando|pateando) la puerta (porque|que|xq|pq)? (se)? (olvidó|dejó|perdió|no tiene|no encuentra) (las|sus) llaves",
		// Round s22-resid: where one keeps one's own medicine ("mis pastillas
		// están en el cajón de la cocina"), the sentence ending there: "tengo
		// todas las pastillas juntas en el cajón, esta noche" stays Crisis.
		"^ (mis|las)? (pastillas|medicinas|medicamentos|pastis|píldoras) (están|estan|siempre están|ahora están|las tengo|las guardo)? en (el|la|mi) (cajón|botiquín|armario|mesita|mesilla|alacena|repisa|estante|bolso|mochila|baño|cocina) (de la cocina|del baño|de noche|de la habitación|del cuarto|de arriba|de abajo)? $",
		"^ (guardo|tengo|dejo) (mis|las) (pastillas|medicinas|medicamentos|pastis|píldoras) en (el|la|mi) (cajón|botiquín|armario|mesita|mesilla|alacena|repisa|estante|bolso|mochila|baño|cocina) (de la cocina|del baño|de noche|de la habitación|del cuarto)? $",
	},
	asked: []string{
		"(me)? (preguntó|preguntaron|pregunta|preguntan|preguntaba|quería saber|quiso saber) (otra vez|de nuevo|como siempre|lo de siempre|lo típico|lo habitual)? (si|sobre|por) ... $",
		// Round s12-residual: "me dijo el terapeuta que si pensaba en ...",
		// the spoken way of asking, and the routine questions in the plural.
		"(me)? (dijo|dijeron|preguntó|preguntaron) (el|la|mi) (terapeuta|psico|psicóloga|psicólogo|psiquiatra|médica|médico|doctora|doctor|enfermera|enfermero) que si ... $",
		"(las)? preguntas (de siempre|de rutina|típicas|tipicas|habituales) (de|sobre)? (si)? ... $",
		// "me hicieron la pregunta de siempre de si pienso en quitarme la vida"
		"la pregunta (de siempre|de rutina|típica|tipica|habitual|estándar|estandar)? (de|sobre)? (si)? ... $",
	},
	confirm: []string{
		"(le|les)? (dije|respondí|contesté) que sí",
	},
}
