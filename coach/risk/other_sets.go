package risk

// The words for someone else in danger now (other.go), in each language.
// Acts are written in the third person ("himself", "sich", "se"), so that
// none of them reads the writer's own words; "he threatened to kill me" is
// the writer's danger and no act here.

var otherEN = otherSet{
	lang: "en",
	words: map[string]string{
		"rel":   "(mother|mom|mum|mommy|mama|dad|father|papa|friend|brother|sister|partner|boyfriend|girlfriend|husband|wife|son|daughter|roommate|flatmate|housemate|cousin|aunt|uncle|niece|nephew|grandma|grandpa|grandmother|grandfather|colleague|coworker|neighbour|neighbor|fiance|fiancee|bf|gf|kid|teenager|child|ex)",
		"self":  "(himself|herself|themselves|themself)",
		"their": "(his|her|their)",
		"pills": "(pills|tablets|meds|medication|medications|sleeping pills|painkillers|antidepressants)",
		"high":  "(bridge|roof|building|balcony|cliff|window|tower|train|ledge|parking garage|overpass)",
		"pron":  "(he|she|they|he'll|she'll|they'll|he'd|she'd|they'd)",
		"will":  "(will|would|is going to|are going to|was going to|were going to|wants to|want to|plans to|is planning to|is about to|is trying to|is threatening to|threatens to|threatened to|might|could)",
	},
	who: []string{
		"(someone|somebody|a guy|a girl|guy|girl|a member|member) (in|from|of) (our|the|my|this)? (support|therapy|kap|tuesday|monday|wednesday|thursday|friday|evening|morning)? (group|server|chat|channel|discord|checkin|check in|vent)",
		"(my|our) (daughters|sons|mums|moms|dads|friends|sisters|brothers|partners) {rel}",
		"^ (the|a)? {rel}",
		"(my|our) {rel}s {rel}",
		"(my|our) best? {rel}",
		"^ {pron}",
		"(said|says|told me|texted|texted me|wrote|messaged me|posted|keeps saying|is saying|that|and|but|now|afraid|scared|worried|think|fear|sure) {pron}",
		"(someone|somebody|a person|one person|a guy|a girl|a member|one member|a friend) (in|from|of) (the|my|our|this) (support|therapy|kap)? (group|server|chat|channel|discord)",
		"(a|one|another) (group|server|chat) (member|friend)",
		// Round s25-other: a screenshot or a forwarded message is someone's.
		"^ (screenshot|screnshot|forwarded message|message|text|snap|dm|voice note|voice message)",
	},
	acts: []string{
		"kill {self}",
		"(end|take) {their} (own)? life",
		"commit suicide",
		"take (all|all of) {their} {pills}",
		"take (all|all of) {their} (sleeping)? pills",
		"{will} (overdose|hang {self}|cut {self}|hurt {self}|shoot {self}|end it tonight|end it all)",
		"{will} jump (off|from|out of|in front of) (the|a|his|her|their)? {high}",
		// Round s21-other: walking into water; a goodbye, then the
		// account deleted.
		"{will} (walk|swim|drive) (into|out into) the (lake|river|sea|ocean|water)",
		"(bye|goodbye|farewell) ... ... (and|then)? (deleted|deletes|has deleted) {their} (account|accounts|profile|insta|socials)",
		"(sent|texted|wrote|posted|left) (me|us|the group|in the group)? (a|an)? (goodbye|farewell|suicide) (message|text|note|letter|post)",
		"(said|says|texted|wrote|posted) (goodbye|farewell) (to everyone|to us|to me|forever)",
		"(posted|sent|shared|texted|uploaded|put up) (me|us|the group|in the group)? (a|an)? (photo|picture|pic|video|selfie) ... ... (bleeding|blood|cut|cuts|wrists|wrist|rope|noose|pills)",
	},
	done: []string{
		// Round s25-other: a household poison or caustic drunk.
		"(drank|has drunk|swallowed|has swallowed|downed) (some|a cup of|a glass of|a bottle of|the|a lot of)? (bleach|drain cleaner|drano|toilet cleaner|oven cleaner|antifreeze|weedkiller|rat poison|ammonia)",
		// Round s25-other: all of someone's pills swallowed, a number of a
		// named drug taken, a message sent from a bridge or the tracks.
		"(took|has taken|swallowed|has swallowed|downed) (all|all of|the whole|a whole) {their} (mums|moms|dads|mothers|fathers|nans|grandmas|sisters|brothers|flatmates|roommates) (heart|sleeping|blood pressure)? ({pills}|insulin|pill bottle) (and it is done|it is done)?",
		"(took|has taken|swallowed|has swallowed|downed) (like|about|around|maybe|over)? (#|a lot of|loads of|a ton of|a whole pack of|a whole box of|a whole bottle of) (paracetamol|tylenol|ibuprofen|advil|aspirin|xanax|sertraline|lithium|oxy|oxycodone|codeine|tramadol|benadryl|diazepam|{pills})",
		"(texted|texts|wrote|writes|messaged|sent|said|says|saying) (me|us)? (that)? (sorry|im sorry|i am sorry)? i am (on|at|standing on|sitting on|by) the (bridge|tracks|railway|rails|roof|rooftop|ledge|cliff|edge|overpass)",
		"from (my|our|a|the)? best? {rel} i am (on|at|standing on|sitting on|by) the (bridge|tracks|railway|rails|roof|rooftop|ledge|cliff|edge|overpass) (it is better this way)?",
		// Round s21-other: a farewell posted or sent in their words, the
		// pills already taken ("posted \"i took everything, bye\"").
		"(posted|wrote|texted|dmd|dm d|messaged|sent) (me|us|in the group|in the chat|in the server)? i (took|have taken|swallowed) (everything|it all|all of it|all my pills|all my meds|the whole bottle)",
		"(took|has taken|swallowed|has swallowed) (all|all of|a lot of|a bunch of|the whole|too many|a bottle of|a handful of|a box of|#) {their}? (sleeping|heart)? ({pills}|bottle|box)",
		"(standing|sitting) (on|at) (the|a)? (roof|ledge|roof ledge|bridge|edge|tracks|cliff)",
		"(is|are) (on|at|standing on|sitting on) (the|a)? (bridge|roof|rooftop|ledge|tracks|rails|railway|edge)",
		"(overdosed|has overdosed|cut {self}|hurt {self}|tried to kill {self}|tried to end {their} life)",
		"(texted|messaged|told|wrote|called) (me|us|the group) (goodbye|farewell|bye forever)",
	},
	before: []string{
		"(tried to|wanted to|used to|once|had|attempted to|talks about|talked about|thinks about|thinking about|thought about|jokes about|joked about) $",
	},
	now: []string{
		// Round s25-other: the body after a poison drunk.
		"(throwing up|keeps throwing up|vomiting|is in pain|in a lot of pain|(her|his|their) throat (burns|is burning))",
		// Round s25-other: a group chat gone silent, a member logged off.
		"(went silent|gone silent|went quiet|gone quiet|went offline|gone offline|logged off|is offline|been offline)",
		// Round s25-other: help refused after an act done.
		"(wont|will not|doesnt|does not|is not|isnt) (let|letting) (me|us) call",
		"(right now|now|tonight|a moment ago|minutes ago|an hour ago|this morning|this evening|earlier today)",
		"(crying|in tears|sobbing)",
		"(does not|doesnt|will not|wont|is not|isnt|cant|cannot|can not) (answer|answering|respond|responding|reply|replying|pick up|picking up|wake up|waking up|breathe|breathing)",
		"not (answering|responding|replying|picking up|waking up|breathing)",
		"(unconscious|passed out|bleeding|ambulance|emergency|urgent)",
		"what (do|should|can) i do",
		"(please help|help me|help)",
		"i am (panicking|freaking out)",
		// Round s12-other2: the alarm of a text the screen finds in danger.
		"(rn|voicemail|goes to voicemail|phone is off|phone off|location stopped|stopped updating|not at (her|his) desk|no answer|not home)",
		"(wont|will not|does not|doesnt) (come in|come out|come down|open the door|open up)",
		"(door is locked|doors locked|locked (himself|herself|themselves)? in|is locked in)",
		"(breathing weird|breathing funny|breathing strange*|really drowsy|very drowsy|wont wake|cant wake (him|her|them))",
		"(shaking|on the phone with|on facetime|what do we do|what should we do|while we wait|am i overreacting)",
	},
	story: []string{
		// Round s25-other: a fight that is a sport or on a screen.
		"(boxing|ufc|kickboxing|sparring|wrestling|fight night|on tv|on the telly|self defence class|self defense class)",
		// Round s21-other: a cut in the kitchen.
		"(while cooking|cooking dinner|chopping (onions|vegetables|veggies))",
		"(weird|strange|odd|cryptic) (message|text|voice note|post)",
		"(film|movie|book|novel|series|tv show|episode|character|characters|video game|song|documentary|podcast|anime|manga|fiction|scene)",
		"(passed away|funeral|grave|anniversary|in memory|rest in peace)",
		"(is stable|is okay now|is ok now|out of danger|is safe now)",
		"(joking|kidding|jk|lol|lmao|haha|diving board|bungee|skydiving|parachute)",
		// Round s21-other: into the lake for a swim.
		"(for a swim|to swim|go swimming|goes swimming|for a dip|swim practice|wild swimming)",
		// Up on a roof or a ladder for a job.
		"(fixing|repairing|cleaning|painting|installing|replacing) (the|a|an|our|his|her|their) (antenna|gutter|gutters|roof|tiles|chimney|satellite dish|solar panels|window|windows)",
		// Pills taken as they should be.
		"(like|as) (the|her|his|their) (doctor|psychiatrist|gp) (said|says|told|prescribed)",
		"(as prescribed|prescribed|as usual|like every day|every morning|every night|every evening)",
	},
	told: []string{
		"(told|texted|sent|rang|called|messaged|dmed|dm d|wrote|wrote to|facetimed|asked|thanked) me",
		"(with|to) me",
		"(asking|begging|answering|thanks|thanking|from|for|showed|showing|sending|gave|gives) me",
		"(of mine|let me|lets me|letting me)",
	},
	alarm: []string{
		"(tonight|right now|rn|just now|mods|what do i say|what should i say|do i call|should i call|call someone)",
		"(rn|voicemail|phone is off|phone off|location stopped|stopped updating|not at (her|his) desk|no answer|not home)",
		"(does not|doesnt|will not|wont|is not|isnt|cant|cannot|can not) (answer|answering|respond|responding|reply|replying|pick up|picking up|wake up|waking up|breathe|breathing|come in|come out|open the door)",
		"not (answering|responding|replying|picking up|waking up|breathing)",
		"(locked|unconscious|passed out|bleeding|ambulance|breathing weird|breathing funny|really drowsy|very drowsy|on facetime|on the phone with)",
		"what (do|should|can) (i|we) do",
		"(please help|help me|am i overreacting|i am shaking|im shaking)",
	},
	threat: []string{
		// Round s25-other: the door forced while the writer is alone.
		"(break|breaking|kick|kicking|smash|smashing) (the|my)? (door|front door) (down|in) ... ... i am (home)? alone",
		"(banging on the door|breaking the door|i am locked in|i am hiding|locked myself in)",
		"(kill me|hurt me|after me|following me|hiding|got a knife|has a knife|with a knife|a gun to|strangled|choked me|hit me|beat me)",
	},
	own: []string{
		"i (want|wanna|am going|will|plan) to (join|follow|go with) (him|her|them)",
		"i want to do (it|the same|that) too",
		"(me too|i will too|so will i|so am i|i want to as well|i want to too)",
		// Joining them (review of s12): "and i'll follow her", "i'm going
		// to take mine too", "we made a pact".
		"(i will|i'll|ill|i am going to|i am gonna|i want to|i wanna|i am) (follow|join|go with|go after) (him|her|them)",
		"take (mine|my own|my pills|mine as well) (too|as well)",
		"(cannot|can not|cant|could not|couldnt) (go on|live|survive|be here) without (him|her|them)",
		"(a|our|the|suicide) pact",
		"(we are|were|we will|well) both",
		"(go|die|end it|do it) together",
	},
	// Round s12-other3: the third way (toldOfOther).
	subject: []string{
		// Round s25-other: a group chat or a screenshot that tells of someone.
		"^ (in|on) (the|our|my)? (group chat|groupchat|gc|class chat|class group chat) ... (said|posted|wrote|sent)",
		"^ (a|an|one|this)? (online)? (follower|viewer|mutual|streamer) ... (said|says|is|posted|just)",
		"^ (the|a|an|this|that|one)? ({rel}|rel|sis|bro|dads|moms|mums|grandad|granddad|nana|stepdad|stepmom|stepmum|man|woman|lady|guy|girl|dude|boy|student|pupil|client|patient|teen|teenager|stranger|kid|neighbors|neighbours)",
		"^ (my|our|his|her|their) (little|baby|teenage|older|younger|big|twin)? (# yo|# year old|#)? ({rel}|daughters ex|sons ex|brother in law|sister in law|mother in law|father in law|grandad|granddad|stepdad|stepmom|student|pupil|client|patient|teen|bestie|bff|best friend|mate|buddy|roomie|ex)",
		"^ (someone|somebody|a guy|a girl|guy|girl|a member|member|a woman|a man|a kid) (in|from|of) (our|the|my|this)? (support|therapy|kap|tuesday|monday|wednesday|thursday|friday|evening|morning)? (group|server|chat|channel|discord|class|school|team)",
		"^ there is (a|an|this|some) (man|woman|lady|guy|girl|kid|boy|person|teen)",
		"^ (my|our) # (yo|year old|years old)",
		"^ (my|our) (dads|moms|mums|brothers|sisters|husbands|wifes|partners|sons|daughters|grandads)",
		"^ (my|our) best? (friends|sisters|brothers|moms|mums|dads|cousins|partners|roommates|boyfriends|girlfriends) {rel}",
		"^ ... (from|in|of) (our|the|my) ... (group|class|team|chat|server|discord)",
		"^ # (from|in) (our|the|my)? (tuesday|monday|wednesday|thursday|friday)? group",
	},
	speech: []string{
		"(texted|texts|said|says|saying|wrote|writes|posted|posts|messaged|dmd|dm d|told me|tells me|sent|sends|screenshot from|voice note|keeps saying|is saying|yelling|screaming|crying)",
		// Where it was posted is no part of what was said.
		"(wrote|posted|put) (in|on) (his|her|their) (status|story|wall|feed)",
		// Round s21-other: a message shown to the writer, what follows is
		// its writer's.
		"showed me (an|a|the)? (insta|ig|snap|tiktok)? (story|message|text|post|chat|screenshot) (from|of|by) (another|a|an|his|her|their)? (kid|student|friend|girl|guy|classmate)?",
	},
	helper: []string{
		// Round s25-other: what the helper knows, where they stand, what
		// they are not let do.
		"(nobody|no one|noone) (else)? knows (where (he|she|they) (lives|live|is)|(his|her|their) (address|adres)) (except me|but me|apart from me|other than me)?",
		"(wont|will not|does not|doesnt|is not|isnt) (let|letting) (me|us) call (anyone|anybody|an ambulance|for help|#|the police|her parents|his parents)?",
		"i (think i|think|know|think i know) (know)? (which|what|where) (bridge|place|station|roof|spot|it is)",
		"(outside|below|from|under|across from|opposite) my (window|balcony|flat|house|building|apartment)",
		"i am (standing)? (right)? (next to|beside|across from|opposite) (it|them|him|her)",
		"what (do|should|can) (i|we) (do|say|tell (him|her|them))",
		"(i|we) (can not|cannot|cant|could not|do not|dont) (wake|reach|find|get hold of|get through to|get to|stop) (him|her|them)",
		"(i|we) (can not|cannot|cant|could not) (wake|reach|find|get hold of) (his|her|their) (parents|family|mom|dad|wife|husband|partner)",
		"i do not know (what|where|if|whether|how|his|her|their)",
		"i (am|was) (hiding|shaking|on speaker|on the phone|outside|in the car|at work|downstairs|upstairs|in the hallway|with (him|her|them)|panicking|freaking out|terrified|scared|waiting|driving|trying|calling|here|# hours away|# minutes away|far away|away)",
		"(am i overreacting|should i call|do i call|i called|i rang|i texted|i told|i have called|i have his address|i have her address|i have only his|i only have his|i only have her)",
		"(i|we) (found|see|saw|hear|heard|can see|can hear) (him|her|them)",
		"(sorry|sory) (to post|for posting|for writing) (here|this here)",
		"(not about me (for once)?|i do not know if this (counts|is the place|belongs here))",
		"i am (shaking|panicking|freaking out)",
		"i (do not|dont) have (his|her|their) (address|number|adres)",
		"only (his|her|their) (discord|number|insta|snap)",
		"(but what if|what if (it is|its) (real|true))",
		// Round s12-other3b: knocking at their door, no one reaching them.
		"i (should|have to|must|need to)? (stop)? (knocking|banging) (on the door)?",
		"(nobody|no one|noone) (can|could|is able to) (reach|get hold of|get through to) (him|her|them)",
		// Round s21-other: where the helper stands, what they are not answered.
		"i am at the (bottom|foot) of the (stairs|steps|ladder|building)",
		"(wont|will not|does not|doesnt) (answer|open the door for|talk to) me",
	},
	menace: []string{
		"(kill|hurt|shoot|stab|strangle|choke|hit|beat|get) (me|us)",
		// The writer's own danger beside a third person named.
		"(better|better off|happier|easier) without me",
		"(be|is|are|will be|would be) better off",
		"(find|finds|found) me",
		"tell (my|him|her|them)",
		"(after|following|coming for) (me|us)",
		"(on (his|her|their) way|on the way|coming over|headed home|finish the job|finish it|alone with the (baby|kids)|typing from|from the closet|threw a knife at)",
		"i (have|got|know where) (the|his|her) (key|keys|code)",
		"i (took|loaded|have|got|grabbed) (it|the gun|his gun|her gun)",
		"(threw|throws|throwing) (a|the)? (knife|bottle|glass|chair|plate)",
		"(break|burn|kill|cut|stab) (my|me)",
		"(see you soon|never been this close|my front door)",
		"(nobody|no one) (will|is going to) (know|find out|notice)",
		"(blocking the (door|front door)|make sure i regret|the door (wont|will not) hold|if i (call|tell) anyone)",
	},
	violence: []string{
		// Round s25-other: a stranger beaten or stabbed in the street now.
		"(beating up|beating|kicking|punching|stabbing|stomping on|attacking|kicking in) (a|the|some|this|an)? (old|young)? (woman|man|guy|girl|kid|boy|teen|lady|person|student|homeless)",
		"(is|are) (being|getting) (beaten|beaten up|stabbed|jumped|attacked|kicked|kicked in)",
		"(stop hurting|is hurting|hitting|beating|choking|strangling) (mommy|mom|mum|mama|her|him|the kid|the baby)",
		"(abusive|violent|beats her|beats him|hits her|hits him)",
	},
	noise:  []string{"(glass breaking|screaming for help|yelling for help|thuds|banging and screaming)"},
	source: []string{"(party|partys|parties|dropped|drops|knocked over|fell over|tray|celebrating|birthday|wedding)"},
	cause:  []string{"(because|cause|bc|coz|cuz)"},
	skill:  []string{"(learned|learnt|learning|practiced|practised|practicing|practising|taught|lesson|lessons|training)"},
	knows:  []string{"(knows|knew|know) how (now)?"},
	gone: []string{
		"(i will|il|i am|i) (be)? (gone|disappear|vanish|go away)",
		"i am (out of here|outta here|leaving for good)",
	},
	everyone: []string{"^ (everybody|everyone|every one)"},
	// Round s21-other: a try long past.
	// Round s21-other: a farewell in their words, a weapon taken.
	farewell: []string{
		"(said|says|saying|texted|wrote|told (me|us)|posted) (that)? (you will|youll|you are going to|yall will|you guys will) (never|not) see (me|him|her) again",
		"(said|says|saying|texted|wrote|told (me|us)) (that)? (you|yall|you guys) (wont|will not) see (me|him|her) (again|anymore|any more)",
		"(left|took off|walked out|drove off) with (his|her|their|the|a) (gun|rifle|shotgun|pistol) ... ... (never coming back|not coming back|wont be back|wont come back)",
	},
	then: []string{
		// Round s25-other: self-harm long past, told of a scar.
		"(used to cut|used to self harm|self harmed|cut (herself|himself|themselves)) (in|back in|during) (high school|middle school|school|her teens|his teens|their teens)",
		"(tried|attempted|attempt|tried to) ... ... (in|back in|during) (high school|middle school|junior high|college|uni|her teens|his teens|their teens)",
		"(in|back in) (high school|middle school|junior high) (she|he|they) (tried|attempted)",
	},
	calm: []string{
		// Round s25-other: a partner on their way, a meeting on a bridge.
		"(almost there|be there in|running late|on my way|on her way|on his way|see you (soon|there|in)|waiting for (me|you|us)|meet (me|us))",
		// Round s25-other: a medicine for a cold, one tablet for a headache.
		"(cold medicine|cough syrup|flu medicine|allergy pill|allergy pills|antihistamine|antihistamines|vitamins|a paracetamol|a tylenol|an advil|an ibuprofen) (for (her|his|their|a) (cold|cough|flu|headache|hayfever|period))?",
		"(took|has taken|takes) (her|his|their) (pills|meds|medication|tablets) (this morning|today|tonight)",
		"(doing great|doing well|doing fine|is fine now|is fine|she is fine|he is fine|is ok|is okay|is safe|got engaged|feeling better)",
		// A death or a try long past.
		"(died by suicide|killed (himself|herself|themselves) (in|back in|years|when)|in the # s|back in #|says that every|every week|all the time)",
	},
	wish:    []string{"(wants|want|wanted) to (die|end it|not be here|disappear)", "(looking up|looked up) ways to (die|end it)", "(does not|doesnt) want to (live|be here)"},
	tonight: []string{"(tonight|today is the day|this is the night|is the night|by morning)"},
	// Round s25-other: a third person's own word that they are fine, which
	// is no calm after an act done.
	claimed: []string{
		"(says|said|saying|insists|claims|keeps saying) (that)? (he|she|they) (is|are|feels|feel|is feeling) (fine|ok|okay|alright|all right)",
	},
}

var otherES = otherSet{
	lang: "es",
	words: map[string]string{
		"rel":    "(madre|mama|padre|papa|amigo|amiga|novio|novia|pareja|esposo|esposa|marido|mujer|hermano|hermana|hijo|hija|primo|prima|tio|tia|abuela|abuelo|companero|companera|compañero|compañera|vecino|vecina|ex)",
		"harm":   "(matar|suicidar|tirar|lanzar|aventar|quitar la vida|ahorcar|cortar las venas|hacer dano|tomar todas)",
		"harmse": "(matarse|suicidarse|tirarse|lanzarse|aventarse|quitarse la vida|ahorcarse|cortarse las venas|hacerse dano|tomarse todas)",
	},
	who: []string{
		// Round s25-other: a screenshot or a forwarded message is someone's.
		"^ (captura|pantallazo|mensaje|audio|mensaje reenviado)",
		// Round s25-other: a WhatsApp or class group where someone posted.
		"(en|por) (el|mi|nuestro) (grupo|chat) (de whatsap|de whatsapp|de clase|de la clase|del insti|del instituto)? (de clase|de la clase)?",
		"(alguien|un chaval|una chavala|un chico|una chica|un miembro) (en|del|de) (el|la|mi|nuestro)? (grupo|servidor|chat|canal|discord|check in)",
		// Round s21-other: Mexico's "una chava", in a stream.
		"(alguien|un chavo|una chava|un morro|una morra|un chico|una chica|un wey) (en|del|de) (el|la|mi|un|una)? (stream|directo|live|transmision)",
		"^ (el|la|un|una)? ({rel}|vieja|viejo|carnal|chico|chica|chaval|companera de piso|companero de piso)",
		"(mi|mis) (vieja|viejo|carnal|chico|chica)",
		"(mi|mis|nuestro|nuestra) (mejor)? {rel}",
		"^ (el|ella|ellos|ellas)",
		"(alguien|una persona|uno|una|un miembro|una miembro|un integrante|una integrante|un chico|una chica) (del|de mi|de nuestro|en el) (grupo|servidor|chat|canal|discord)",
		"(un|una) (miembro|integrante|companero|companera|compañero|compañera) del grupo",
		"(dice|dijo|me dijo|escribio|me escribio|publico|y|pero|ahora) (el|ella|ellos|ellas)",
	},
	acts: []string{
		"(se va a|se quiere|se iba a) {harm}",
		"(va a|quiere|piensa|planea|amenaza con|esta por|esta a punto de) {harmse}",
		"(se mata|se suicida|se tira|se lanza|se ahorca)",
		"(me|nos|al grupo)? (mando|envio|escribio|dejo|publico) (un|una)? (mensaje|carta|nota|texto) de (despedida|adios|suicidio)",
		"(mando|envio|publico|subio|compartio|puso|mandar|enviar|publicar|subir|compartir) (me|nos|en el grupo)? (una|un)? (foto|imagen|video|selfie) ... ... (sangr*|cortes|munecas|muneca|venas|pastillas|cuerda|soga)",
	},
	done: []string{
		// Round s25-other: a screenshot of a partner's message from a bridge.
		"de (mi|nuestra|nuestro) (mejor)? {rel} (lo siento)? (ya)? estoy en (el puente|las vias|la via|el tejado|la azotea|el borde|el acantilado)",
		// Round s25-other: a photo of an empty blister pack, a number of a
		// named drug taken, a message sent from a bridge or the tracks.
		"(ha mandado|mando|ha publicado|publico|ha subido|subio|ha puesto|puso) una (foto|imagen) de (un|una) (blister|caja|tableta|bote) (de pastillas)? (vacio|vacia)",
		"(se tomo|se ha tomado|se trago|se ha tragado|tomo|ha tomado) (como|unas|unos|mas de)? (#|un monton de|una caja de|un blister de|todo el blister de|un bote de) (paracetamol|paracetamoles|ibuprofeno|ibuprofenos|lorazepam|diazepam|alprazolam|clonazepam|sertralina|xanax|trankimazin|pastillas)",
		"(me ha escrito|me escribio|me mando|me ha mandado|me dice|me dijo|escribio|dice) (que)? (lo siento)? (ya)? estoy en (el puente|las vias|la via|el tejado|la azotea|el borde|el acantilado)",
		"(se ha bebido|se bebio|ha bebido|bebio) (lejia|salfuman|desatascador|veneno|amoniaco)",
		// Round s21-other: a farewell posted or sent in their words, the
		// pills already taken ("escribió \"ya está, me tomé todo\"").
		"(escribio|publico|puso|me mando|mando|me escribio) (en el grupo|en el chat|en su estado)? (ya esta)? me (tome|trague) (todo|todas|todas mis pastillas|todo lo que)",
		"(se tomo|tomo|se ha tomado|ha tomado|se trago|trago) (todas|todo|un monton de|demasiadas|#) (sus)? (pastillas|pastillas para dormir|pildoras|medicamentos|el frasco|la caja)",
		"(esta|estan) (en|sobre) (el|la|un|una)? (puente|azotea|tejado|techo|cornisa|vias|borde)",
		"(se despide|se despidio|se esta despidiendo|se tomo algo|ya se tomo)",
		"(se corto|se ha cortado|se corto las venas|intento matarse|intento suicidarse|se intento matar|tuvo una sobredosis)",
	},
	before: []string{
		"(intento|intentaba|queria|quiso|solia|una vez|habla de|hablaba de|piensa en|pensaba en|bromea con|bromeaba con) $",
	},
	now: []string{
		// Round s25-other: a group chat gone silent, someone offline.
		"(se quedo en silencio|nadie contesta|se desconecto|esta desconectad*|sin conexion|que hacemos)",
		// Round s25-other: help refused after an act done.
		"no (me|nos) (deja|quiere dejar) (llamar|avisar)",
		"(llorando|llorandome)",
		"(ahora|ahora mismo|acaba de|acaban de|esta noche|hace un rato|hace minutos|hace una hora|esta manana|hoy)",
		"no (contesta|responde|me contesta|me responde|despierta|respira|coge el telefono|atiende)",
		"no se (despierta|mueve)",
		"(inconsciente|desmayad*|sangrando|ambulancia|emergencia|urgente)",
		"(que hago|que debo hacer|que puedo hacer|ayuda|ayudame)",
		// Fresh set 19: blue lips, not knowing what was taken.
		"(labios morados|labios azules|esta palida|esta palido|no reacciona|no se que (se)? tomo)",
		// Round s12-other2.
		"(celu apagado|celular apagado|movil apagado|telefono apagado|buzon de voz|no abre|no quiere entrar|no quiere salir|encerrado|encerrada|se encerro)",
		"(respira raro|respira mal|muy dormido|muy dormida|rarisimo|rarisima|no la encontramos|no lo encontramos|no contesta|no esta en su casa|en su casa no esta)",
		"(temblando|que hacemos|que le digo|exagero|rapido|lleva # min parada|ubicacion)",
	},
	story: []string{
		// Round s25-other: a fight that is a sport or on a screen.
		"(boxeo|combate|ufc|lucha libre|kickboxing|sparring|en la tele|en la pelicula)",
		// Round s21-other: a cut in the kitchen.
		"(cocinando|mientras cocinaba|picando (cebolla|verdura|verduras))",
		"(mensaje|audio|texto) (raro|extrano)",
		"(pelicula|libro|novela|serie|episodio|capitulo|personaje|juego|videojuego|cancion|documental|obra|historia|ficcion|escena)",
		"(esta estable|ya esta bien|fuera de peligro|esta a salvo)",
		"(bromeando|en broma|jaja|jajaja|trampolin|puenting|paracaidas)",
		"(fallecio|funeral|entierro|aniversario|en paz descanse|descanse en paz)",
		"(como (le|les) (dijo|indico|receto) (el|la|su) (medico|medica|doctor|doctora|psiquiatra)|recetad*|como siempre|como cada dia|todas las mananas|todas las noches)",
	},
	told: []string{
		"me (dijo|dice|mando|manda|escribio|escribe|escribia|llamo|llama|solto|dejo|pidio|ha escrito|ha dicho|ha mandado|ha llamado|acaba de|esta mandando|sigue)",
		"(me|nos) (dijo|ha dicho|escribio)",
		"pidiendome",
	},
	alarm: []string{
		"(esta noche|ahora|ahora mismo|acaba de|acaban de|moderacion|mods|que le digo|llamo a alguien|y si es verdad)",
		"(celu apagado|celular apagado|movil apagado|telefono apagado|buzon de voz|no abre|no quiere entrar|no quiere salir|encerrado|encerrada|se encerro)",
		"no (contesta|responde|me contesta|me responde|despierta|respira|coge el telefono|atiende)",
		"no se (despierta|mueve)",
		"(inconsciente|desmayad*|sangrando|ambulancia|respira raro|respira mal|labios morados|labios azules|no reacciona|rarisimo|rarisima|no la encontramos|no lo encontramos)",
		"(que hago|que debo hacer|que puedo hacer|ayuda|ayudame|que hacemos|que le digo|exagero|estoy temblando|ubicacion)",
	},
	threat: []string{
		// Round s25-other: the door forced while the writer is alone.
		"(tirar|romper|echar|reventar) la puerta (abajo)? ... ... (estoy|estamos) (sola|solo|solas|solos)",
		"(golpeando la puerta|me encerre|estoy escondid*)",
		"(matarme|me va a matar|hacerme dano|me sigue|me persigue|escondida|escondido|estoy encerrada|estoy encerrado|un cuchillo|una pistola|rompio la puerta|me pego|me ahorco)",
	},
	own: []string{
		"(irnos|morir|morirnos|hacerlo|matarnos) juntos",
		"(nos lo prometimos|lo prometimos|lo juramos|nos lo juramos)",
		"(me voy con (el|ella)|me ire con (el|ella)|yo detras de (el|ella)|voy detras de (el|ella)|(lo|la) voy a seguir|(lo|la) sigo|no puedo vivir sin (el|ella)|un pacto|nuestro pacto)",
		"(yo tambien|yo igual|quiero ir con (el|ella)|quiero irme con (el|ella)|quiero hacer lo mismo|voy a hacer lo mismo|me quiero ir con (el|ella))",
	},
	// Round s12-other3: the third way (toldOfOther).
	subject: []string{
		// Round s25-other: a group chat, a street where someone is beaten.
		"^ (en|por) (el|mi|nuestro)? (grupo|chat)",
		"^ (en|por|frente a|delante de) ... ... (un|una) (tio|tipo|chaval|hombre|mujer|senor|senora|chico|chica|chavo|morro)",
		"^ a (mi|mis|un|una) (mejor)? ({rel}|chico|chica|chaval) (le|la|lo|les) (esta|estan)",
		"^ (el|la|un|una|este|esta) ({rel}|suegra|suegro|cunado|cunada|nuera|yerno|senora|senor|hombre|mujer|chico|chica|chaval|chavala|pibe|piba|alumno|alumna|paciente|vecinos|nino|nina|adolescente|compi|companero de piso|companera de piso)",
		"^ (vecina|vecino|vecinos|suegra|suegro|compi|mama|papa|abuela|abuelo)",
		"^ (mi|mis|su|sus|nuestro|nuestra) (mejor)? ({rel}|suegra|suegro|cunado|cunada|compi|alumno|alumna|paciente|pibe|piba|vieja|viejo|carnal|chico|chica)",
		"^ hay (un|una) (senora|senor|hombre|mujer|chico|chica|chaval|chavala|nino|nina|persona|muchacho|muchacha)",
		"^ (encontre|vi|veo|oigo|escucho) (a)? (mi|mis|un|una|el|la)",
	},
	speech: []string{
		// Round s21-other: a message shown to the writer.
		"me (enseno|mostro|paso) (el|un|una|la)? (chat|mensaje|captura|historia) de (su|un|una)? (amiga|amigo|companera|companero)?",
		"(me escribio|me escribe|me dijo|me dice|me mando|me manda|me dejo|puso|publico|escribio|dijo|dice|diciendo|gritando|me solto|me ha escrito|me ha dicho|mandandome|escribiendome)",
		// Where it was posted is no part of what was said.
		"(escribio|puso|publico|subio) en su (estado|historia|muro)",
	},
	helper: []string{
		// Round s25-other: what the helper knows, where they stand, what
		// they are not let do.
		"(nadie|solo yo) (mas)? (sabe|tiene|conoce) (su direccion|donde vive)",
		"no (me|nos) deja (llamar|avisar) (a nadie|a una ambulancia|al 112|al 911)?",
		"(estoy|estamos) (aqui)? al lado",
		"(lo|la|los) (veo|estoy viendo|vemos) desde (la ventana|el balcon|mi ventana|mi balcon)",
		// Round s21-other: the writer beside them.
		"estoy aqui con (el|ella)",
		"(que hago|que hacemos|que le digo|que debo hacer|que puedo hacer|llamo a alguien|llamo al #|a quien llamo|exagero)",
		"(no (lo|la|los) (puedo|podemos) (despertar|encontrar|localizar))",
		"no se (que|donde|si|cuantas|cuantos|en que)",
		"(estoy|estamos) (temblando|escondid*|afuera|fuera|en la puerta|en el coche|en el carro|lejos|en camino|escribiendo esto|con (el|ella))",
		"(ya le marque|le marque|le llame|ya llame|llame)",
		"(solo tengo su|no tengo su|tengo su)",
		"(perdon|disculpen|disculpa|perdonen) (por escribir|que escriba) (aqui|aca|en el general)",
		"(se que suena a chantaje|pero y si es verdad|y si es verdad)",
		"yo (estoy|vivo) en",
		// Round s12-other3b: knocking at their door, no one reaching them.
		"(que)? (deje|dejo|dejar) de (tocar|golpear) (la puerta)?",
		"nadie (puede|pudo|logra|consigue) (localizarlo|localizarla|contactarlo|contactarla|hablar con (el|ella))",
	},
	menace: []string{
		"(matarme|me va a matar|me quiere matar|hacerme dano|me va a pegar|me pega|me sigue|me persigue|viene por mi)",
		"(mejor|mejores|mas tranquil*|mas feliz*) sin mi",
		"(estara|estaria|estaran|va a estar|van a estar) mejor (con|sin)",
		"me (mata|matara|quema|va a picar|pica|acuchilla|rompe)",
		"(conmigo adentro|ya viene|nadie se va a enterar|nadie lo va a saber)",
		"(nos va a matar|matarnos|nos busca|nos quiere matar|estamos escondid*|no salgo viva|me encerro|(la|lo) (saque|cargue|agarre|tengo)|se donde (guarda|esta|estan|tiene)|tengo la llave)",
		"(me encuentren|me encuentre|me encontraran|diganle|digan a|dile a mi|diles)",
	},
	violence: []string{
		// Round s25-other: someone beaten or stabbed in the street now.
		"(pateando|golpeando|apunalando|acuchillando|dando una paliza) a (un|una|el|la) (chaval|chico|chica|hombre|mujer|senor|senora|tio|chava|chavo|nino|nina)",
		"(le|la|lo|les) (estan|esta) (pegando|dando una paliza|pateando|golpeando|apunalando)",
		"(le esta pegando|la esta golpeando|le pega|golpes|la golpea|es violento)",
	},
	noise:    []string{"(gritando socorro|pidiendo ayuda|gritos de ayuda|vidrios rotos|cristales rotos)"},
	source:   []string{"(fiesta|cumpleanos|boda|se les cayo|se le cayo|se cayo|tiraron|bandeja)"},
	cause:    []string{"(porque|por que|pues)"},
	skill:    []string{"(aprendio|aprendi|aprendiendo|practico|practicando|ensene|enseno|clase|clases)"},
	knows:    []string{"(ya)? (sabe|sabia) (ya|ahora)? como"},
	gone:     []string{"(desaparezco|me desaparezco|ya no voy a estar|ya no estare|me habre ido|me voy para siempre)"},
	everyone: []string{"^ (todo el mundo|todos|todas)"},
	// Round s21-other: a try long past.
	// Round s21-other: a farewell in their words, a weapon taken.
	farewell: []string{
		"(dijo|dice|diciendo|escribio|puso) (que)? (ya)? no (lo|la|me) (vamos a|van a|vas a|vais a) (ver|volver a ver) (mas|nunca)?",
		"(salio|se fue|se llevo|agarro|saco) ... (la|el|una|un|su) (escopeta|pistola|arma|rifle) ... ... (ya no vuelve|ya no va a volver|no va a volver nunca|no vuelve nunca)",
	},
	then: []string{
		// Round s25-other: self-harm long past, told of a scar.
		"(se cortaba|se autolesionaba|se hacia dano|se lastimaba) (en la prepa|en la secundaria|en el instituto|en el insti|en el colegio|de adolescente)",
		"(intento|intentaba|quiso|trato de|tratado de|intentado) ... ... (en la prepa|en la secundaria|en la uni|en la universidad|en la facu|en el instituto|en el insti|en el colegio|de adolescente|de chic*|cuando (era|eramos) (chic*|nin*|adolescente*))",
		"(en la prepa|en la secundaria|en el instituto|de adolescente) (ella|el)? (intento|quiso|trato de)",
	},
	calm: []string{
		// Round s25-other: a partner on their way, a meeting on a bridge.
		"(ya casi llego|llego en|voy para alla|ya voy|te espero|nos vemos|me espera|ya llega)",
		// Round s25-other: a medicine for a cold, one tablet for a headache.
		"(antigripal|jarabe para la tos|un paracetamol|un ibuprofeno|una aspirina|vitaminas) (para (el|la|su) (resfriado|tos|gripe|dolor de cabeza|regla))?",
		"se tomo (sus|su) (pastillas|medicacion|medicina|pastilla) (esta manana|hoy|esta noche)",
		"(esta tranquila|esta tranquilo|esta bien|esta mejor|mas alegre|esta estable)",
		"(se suicido|en los #|en los anos #|hace anos|cada semana|siempre dice eso|siempre lo dice)",
		// "Tirarse" is also lying down for a nap or jumping into a pool.
		"(tirar|tirarse|aventar|aventarse|lanzar|lanzarse) (una|un|la|el|a la|al|en la|en el)? (siesta|sieston|rato|pileta|piscina|alberca|cama|sofa|sillon|hamaca)",
	},
	wish:    []string{"(quiere|queria|quiso) (morir|morirse|desaparecer|matarse)", "(no quiere|ya no quiere) vivir", "se queria morir"},
	tonight: []string{"(esta noche|hoy es el dia|es la noche|este finde|antes de manana)"},
	// Round s25-other: a third person's own word that they are fine, which
	// is no calm after an act done.
	claimed: []string{
		"(dice|dijo|insiste en|asegura) (que)? (esta|se siente|se encuentra) (bien|perfectamente|ok)",
	},
}

var otherDE = otherSet{
	lang: "de",
	words: map[string]string{
		"rel":   "(mutter|mama|mami|vater|papa|freund|freundin|kumpel|bruder|schwester|partner|partnerin|mann|frau|sohn|tochter|oma|opa|tante|onkel|enkel|enkelin|schwager|schwagerin|ehemann|ehefrau|cousin|cousine|mitbewohner|mitbewohnerin|kollege|kollegin|nachbar|nachbarin|ex|verlobter|verlobte)",
		"pills": "(tabletten|schlaftabletten|pillen|schlafpillen|medikamente)",
	},
	who: []string{
		// Round s25-other: a screenshot or a forwarded message is someone's.
		"^ (screenshot|nachricht|sprachnachricht|weitergeleitete nachricht)",
		// Round s25-other: a class or group chat where someone posted.
		"(im|i am|in der|in unserer|in unserem) (klassenchat|gruppenchat|klassengruppe|whatsappgruppe|whatsapp gruppe|chat) (hat|schreibt|postet)",
		"(jemand|einer|eine) (hat|aus|in|im) (der|dem|unserer|meiner)? (gruppe|dienstagsgruppe|selbsthilfegruppe|chat|gruppenchat|kanal|server|discord|abend checkin)?",
		"^ (der|die|ein|eine|einer)? {rel}",
		"(mein|meine|meinem|meiner|unser|unsere) (beste|bester)? {rel}",
		"^ (er|sie)",
		"(dass|das|und|aber|jetzt|sagt|schreibt|meint) (er|sie)",
		"(jemand|einer|eine|ein mitglied) (aus|in|von) (der|unserer|meiner) (gruppe|chatgruppe)",
		"(ein|eine) (gruppenmitglied|mitglied der gruppe|mitglied aus der gruppe|teilnehmer|teilnehmerin)",
	},
	acts: []string{
		"sich ... (umbringen|toten|das leben nehmen|etwas antun|was antun|erhangen|aufhangen|erschiessen|ritzen|die pulsadern aufschneiden)",
		"(bringt|bringen) sich ... um",
		"(springt|springen) (von|vor|aus) (der|die|den|dem|einer|einem)? (brucke|dach|zug|hochhaus|fenster|balkon|klippe|turm)",
		"(alle|all) (seine|ihre) {pills} (nehmen|schlucken)",
		"(hat|haben) (mir|uns|der gruppe|in die gruppe|in der gruppe)? (grad|gerade|eben|vorhin)? (eine|einen|ne|nen)? (abschiedsnachricht|abschiedsbrief|abschiedsmail|abschiedstext|abschiedsbotschaft|abschieds sms) (geschickt|geschrieben|gepostet|hinterlassen)",
		"(hat|haben) (mir|uns|der gruppe|in die gruppe|in der gruppe)? (grad|gerade|eben|vorhin)? (ein|eine|nen|ne)? (foto|bild|video|selfie) ... ... (blut|blutend*|aufgeschnitten*|schnitte|handgelenk*|pulsadern|strick|seil|tabletten)",
		// Fresh set 19: a playlist for his own funeral posted, "bis gleich da oben".
		"(seine|ihre) (playlist|musik|lieder|songs|lieblingslieder) (für|fur) (die|seine|ihre) (eigene)? beerdigung (gepostet|geschickt|geteilt)",
	},
	done: []string{
		// Round s25-other: a household poison or caustic drunk.
		"(hat|hat grad|hat gerade) (bleichmittel|abflussreiniger|rohrreiniger|chlorreiniger|frostschutzmittel|rattengift|wc reiniger|putzmittel) (getrunken|geschluckt)",
		// Round s25-other: a screenshot of a partner's message from a bridge.
		"von (meiner|meinem|unserer|unserem) (besten)? {rel} (es tut mir leid)? (ich bin|bin) (jetzt)? (auf der brucke|an den gleisen|auf den gleisen|auf dem dach|an der brucke)",
		// Round s25-other: a photo of an empty pill packet, a number of a
		// named drug taken, a message sent from a bridge or the tracks.
		"(foto|bild) (von|einer|von einer|von ner|von nem) (leeren|leren)? (tablettenpackung|tabletenpackung|packung|blister|tablettenschachtel|tablettenpackungen) (gepostet|geschickt)",
		"(hat|hat grad|hat gerade) (so|ungefahr|etwa|uber)? (#|ne menge|eine menge|ne ganze packung|eine ganze packung|die ganze packung) (paracetamol|ibuprofen|tavor|diazepam|xanax|sertralin|lithium|tabletten|schlaftabletten) (genommen|geschluckt)",
		"(schreibt|schreibt mir|hat geschrieben|hat mir geschrieben|schickt|sagt) (dass)? (es tut mir leid)? (ich bin|bin) (jetzt)? (auf der brucke|an den gleisen|auf den gleisen|auf dem dach|an der brucke)",
		// Round s21-other: a farewell posted or sent in their words, the
		// pills already taken ("hat im Channel gepostet \"hab alles
		// genommen\"").
		"(gepostet|geschrieben|geschickt|geschrieben dass) (ich)? (hab|habe) (alles|alle tabletten|alle meine tabletten) (genommen|geschluckt)",
		"(alle|zu viele|eine ganze packung|die ganze packung|#) (seine|ihre)? {pills} (genommen|geschluckt)",
		"(ist|sind|steht|stehen|sitzt) (auf|an) (der|dem|den|einer|einem)? (brucke|dach|hochhaus|gleisen|schienen|kante|rand)",
		"(hat|haben) (ihre|seine) {pills} (neben sich|bei sich|vor sich)",
		"(hat|haben) sich (geritzt|geschnitten|verletzt|etwas angetan|was angetan)",
		// Round s21-other: "hat sich tief in den Arm geschnitten".
		"(hat|haben) sich (tief|schwer|heftig)? (in den|in die|am|an den) (arm|arme|handgelenk|handgelenke|bein|hals) (geritzt|geschnitten|aufgeschnitten)",
		"(hat|haben) (eine)? uberdosis (genommen)?",
	},
	before: []string{
		"(wollte|versuchte|hat versucht|hatte versucht|fruher|einmal|damals|redet davon|spricht davon|denkt daran|denkt daruber nach|redet von|spricht von) $",
	},
	now: []string{
		// Round s25-other: the body after a poison drunk.
		"(erbricht|kotzt|muss sich (dauernd)? ubergeben|hat (starke)? schmerzen|der hals brennt)",
		// Round s25-other: a group chat gone silent, someone offline.
		"(ist still|wurde still|ist offline|seitdem offline|ging offline|keiner antwortet|was machen wir|(geht|nimmt) nicht mehr (ran|ab|ans handy))",
		// Round s25-other: help refused after an act done.
		"(lasst|last) (mich|uns) (keinen|niemanden|nicht) (anrufen|rufen)",
		"(weinend|heulend|unter tranen)",
		"(hort|hoert) nicht auf zu bluten",
		// Round s21-other: gone offline after a farewell posted.
		"(seitdem|seit dem|ist) (offline|nicht mehr online)",
		"(gerade|grad|eben|jetzt|jetzt gerade|heute nacht|heute abend|vorhin|vor einer stunde|vor ein paar minuten|heute)",
		"(geht nicht ran|geht nicht ans (handy|telefon)|ruft nicht zuruck|antwortet nicht|reagiert nicht|wacht nicht auf|atmet nicht|nicht erreichbar|ist nicht erreichbar)",
		"(bewusstlos|blutet|krankenwagen|notarzt|notfall|dringend)",
		"(was soll ich tun|was soll ich machen|was mache ich|was mach ich|was kann ich tun|hilfe)",
		// Round s12-other2.
		"(mailbox|handy aus|handy ist aus|eingeschlossen|schliesst sich ein|macht nicht auf|will nicht reinkommen|will nicht rauskommen|keiner erreicht (ihn|sie))",
		"(atmet komisch|atmet seltsam|ganz schlafrig|standort|nicht zuhause|nicht zu hause|ich zittere|was machen wir|ubertreib ich|polizei anrufen|wen ruf ich)",
	},
	story: []string{
		// Round s25-other: a fight that is a sport or on a screen.
		"(boxkampf|boxen|ufc|kickboxen|sparring|im fernsehen|im film)",
		// Round s21-other: a cut in the kitchen.
		"(beim kochen|beim schneiden|beim gemuse schneiden|beim zwiebel schneiden|beim zwiebelschneiden)",
		"(komische|seltsame|merkwurdige) (nachricht|sprachnachricht)",
		"(film|buch|roman|serie|folge|episode|figur|charakter|spiel|lied|doku|dokumentation|theaterstuck|geschichte|szene)",
		"(ist stabil|ausser gefahr|ist in sicherheit)",
		"(im spass|aus spass|witz|haha|sprungbrett|bungee|fallschirm)",
		// A funeral held or gone to; one's own funeral planned is no story.
		"(verstorben|todestag|ruhe in frieden|(zur|auf der|auf die|nach der|bei der|von der|vor der) beerdigung|beerdigung (war|ist|morgen|heute|gestern))",
		"(wie (verordnet|verschrieben|immer|jeden tag)|wie der arzt (gesagt|verordnet) hat|jeden morgen|jeden abend|verschrieben*)",
	},
	told: []string{
		"(hat|hatte|schreibt|sagt|schickt) mir",
		"mir (geschrieben|gesagt|geschickt)",
		"(neben|von|mit) mir",
	},
	alarm: []string{
		"(heute nacht|heute abend|gerade|grad|eben|jetzt|mods|wen ruf ich|muss ich da wen anrufen|was wenn doch)",
		"(mailbox|handy aus|handy ist aus|eingeschlossen|macht nicht auf|will nicht reinkommen|will nicht rauskommen|keiner erreicht (ihn|sie)|nicht erreichbar)",
		"(geht nicht ran|ruft nicht zuruck|antwortet nicht|reagiert nicht|wacht nicht auf|atmet nicht|atmet komisch|bewusstlos|blutet|krankenwagen|notarzt|rtw|standort)",
		"(was soll ich tun|was soll ich machen|was mache ich|was mach ich|was kann ich tun|hilfe|was machen wir|ubertreib ich|ich zittere|polizei anrufen|wen ruf ich)",
	},
	threat: []string{
		// Round s25-other: the door forced while the writer is alone.
		"(tur|ture) (eintreten|einschlagen|aufbrechen|eintritt|einschlagt) ... ... (ich bin|bin) allein",
		"(hammert gegen die tur|tritt die tur ein|hab mich eingeschlossen|habe mich eingeschlossen)",
		"(mich umbringen|mich toten|mir was antun|verfolgt mich|versteckt|ein messer|das messer|eine waffe|gewurgt|schlagt mich)",
		// Round s22-model: someone in the house with a knife, "hilfe"
		// ("er ist drin mit messer hilfe"), which the lower Crisis cut let
		// the model call Crisis and so read as someone else's danger.
		"(ist|steht|sitzt) (drin|drinnen|hier|vor der tur|im haus|in der wohnung|im zimmer) mit (nem|einem|dem|nen)? (messer|waffe|pistole|knarre|axt)",
		// Round s22-enes (set 22): the writer threatened and shut in, "er
		// sagt heute nacht ist mein ende ... kann nicht raus": their own
		// danger, and their own crisis reply.
		"(ist|wird|war) (mein|dein) ende",
		"ich (bin|sitze|sitz|stehe) ... ... (kann|komm|komme) (hier)? nicht (mehr)? (raus|weg)",
	},
	own: []string{
		"(zusammen|gemeinsam) (gehen|sterben)",
		"(ich komme mit|ich komm mit|ich gehe mit|ich geh mit|ich folge (ihm|ihr)|ich werde (ihm|ihr) folgen|ohne (ihn|sie) nicht leben|einen pakt|unser pakt)",
		"(ich auch|ich will auch|ich will mit|ich will das auch|ich mache es auch|ich will (ihm|ihr) folgen|ich will mit (ihm|ihr) gehen)",
	},
	// Round s12-other3: the third way (toldOfOther).
	subject: []string{
		// Round s25-other: a class or group chat that tells of someone.
		"^ (im|in der|in unserer|in unserem) (klassenchat|gruppenchat|klassengruppe|whatsappgruppe|whatsapp gruppe|chat)",
		"^ (ein|eine)? (followerin|follower|zuschauerin|zuschauer|userin) ... (schreibt|sagt|hat|postet)",
		"^ (der|die|das|ein|eine|einer)? ({rel}|mitbewohner|mitbewohnerin|teilnehmer|teilnehmerin|schuler|schulerin|klient|klientin|patient|patientin|madchen|junge|junges madchen|typ|mann|frau|kleine|kleiner|nachbarn|schwiegermutter|schwiegervater|stiefvater|stiefmutter)",
		"^ (mein|meine|meinem|meiner|unser|unsere|sein|seine|ihr|ihre) (beste|bester|kleiner|kleine|grosser|grosse)? ({rel}|mitbewohner|mitbewohnerin|schuler|schulerin|klient|klientin|patient|patientin|schwiegermutter|schwiegervater)",
		"^ (nebenan|oben|unten) ... (er|sie)",
		"^ (i am|im) (zug|bus|auto|park|haus|nebenzimmer) ... (ein|eine) (junges)? (madchen|junge|mann|frau|typ)",
	},
	speech: []string{
		// Round s21-other: a message shown to the writer.
		"hat mir (eine|die|den|einen)? (nachricht|story|screenshot|chat) (von|aus) (einer|einem|ihrer|seiner|dem|der)? (freundin|freund|mitschulerin|mitschuler|klasse|gruppe)? gezeigt",
		"(geschrieben|gesagt|gepostet|geschickt|schreibt|sagt|meint|meinte|schickt|ruft|schreit|brullt)",
		// Where it was posted is no part of what was said.
		"(schreibt|postet|hat) in (seinen|ihren|seinem|ihrem) (status|story)",
	},
	helper: []string{
		// Round s25-other: what the helper knows, where they stand, what
		// they are not let do.
		"(keiner|niemand) (ausser mir)? (kennt|weiss|weis|hat) (seine|ihre) (adresse|adrese) (ausser mir)?",
		"(lasst|last) (mich|uns) (keinen|niemanden|nicht) (anrufen|rufen)",
		"ich (steh|stehe|bin) (daneben|dabei|gegenuber|davor|am fenster|unten)",
		// Round s21-other: the writer's guess ("hat sich glaub ich").
		"(glaub|glaube) ich",
		"(was (soll|kann) ich (tun|machen|sagen)|was mach ich|was mache ich|was machen wir|wen ruf ich an|wen rufe ich an|ubertreib ich|muss ich (da)? (wen|jemanden) anrufen)",
		"ich (erreich|erreiche|krieg|kriege|bekomm|bekomme|find|finde) (ihn|sie|die eltern|seine eltern|ihre eltern|niemanden|keinen) (nicht)? (wach)?",
		"ich (zittere|bin unterwegs|bin drausen|stehe vor der tur|steh vor der tur|bin bei (ihm|ihr)|tipp das hier|tippe das hier|weiss nicht (wo|was|ob|wie|bei wem))",
		"ich (seh|sehe|hore|hor) (ihn|sie|es)",
		"ich (hab|habe) mich mit ... eingeschlossen",
		"ich weiss es ist (manipulativ|erpressung)",
		"(sorry|entschuldigung) dass ich (hier)? schreibe",
		"ich hier schreibe",
		"(aber was wenn doch|wenn ich nicht (komme|komm))",
		"ich (wohne|wohn|bin) in",
		// Round s12-other3b: knocking at their door, no one reaching them.
		"ich (soll|sol) (aufhoren zu klopfen|nicht mehr klopfen)",
		"(keiner|niemand) (erreicht|erreich) (ihn|sie)",
	},
	menace: []string{
		"(mich umbringen|mich toten|mir was antun|mich schlagen|schlagt mich|verfolgt mich|bringt mich um)",
		"(besser|ruhiger|leichter|glucklicher) ohne mich",
		"(besser dran|es besser haben|es ohne mich|keiner wird es merken|niemand wird es merken)",
		"(mich ... um|mich ab|droht (uns|mich)|uns ... (um|mitnimmt)|verstecken uns|allein mit (meiner|meinem|den)|weiss wo|hab den schlussel|kontaktverbot|tritt (dagegen|gegen)|mit (nem|einem) messer (vor|unten)|(ex|er) steht ... ... messer)",
		"(mich finden|mich findet|sagt (meinem|meiner|meinen))",
	},
	violence: []string{
		// Round s25-other: someone beaten or stabbed in the street now.
		"(wird|werden) (gerade|grad|jetzt|da)? ... ... (verprugelt|zusammengeschlagen|abgestochen|niedergestochen|getreten|angegriffen|vermobelt)",
		"(verprugelt|verprugeln|tritt auf|treten auf|sticht auf|schlagt auf) (einen|eine|den|die) (frau|mann|typen|jungen|madchen|kerl|obdachlosen|jugendlichen)",
		"(hat meine (mutter|mama|schwester) ... gewurgt|schlagt (sie|meine mutter|meine mama)|gewalttatig)",
	},
	noise:    []string{"(es poltert|schreit um hilfe|die mutter schreit|glas zerbricht|glas klirrt|klirren)"},
	source:   []string{"(party|feier|fest|geburtstag|hochzeit|polterabend|runtergefallen|fallen lassen|fallengelassen|tablett)"},
	cause:    []string{"(weil|da)"},
	skill:    []string{"(geubt|gelernt|lernt|beigebracht|ubt|unterricht|stunde)"},
	knows:    []string{"(weis|weiss|wusste) (jetzt|nun|endlich)? wie"},
	gone:     []string{"(bin ich weg|ich bin weg|ich bin dann weg|ich verschwinde|verschwinde ich|bin ich nicht mehr da|ich bin nicht mehr da)"},
	everyone: []string{"^ (alle|jeder|jede) (werden|konnen|sind|haben|durfen|mussen|wird|kann|hat|ist)", "^ (jeder|jede)"},
	// Round s21-other: a try long past.
	// Round s21-other: a farewell in their words, a weapon taken.
	farewell: []string{
		"(gesagt|gesagt dass|geschrieben|geschrieben dass|sagt|schreibt) (ihr werdet|du wirst|ihr seht|du siehst) mich (nicht mehr|nie mehr|nie wieder|niemals wieder) (sehen|wiedersehen)?",
		"(ist|hat|war) ... mit (dem|seinem|ihrem|einem) (gewehr|jagdgewehr|pistole|waffe|revolver) ... ... (kommt nicht wieder|kommt nie wieder|nicht mehr wiederkommt|nie mehr wiederkommt|nicht zuruckkommt)",
	},
	then: []string{
		// Round s25-other: self-harm long past, told of a scar.
		"(ritzte sich|hat sich geritzt|hat sich fruher geritzt|sich fruher geritzt) ... (in der schulzeit|in der schule|als teenager|als jugendliche|als jugendlicher)",
		"(versucht|versuchte|versuch) ... ... (in der schulzeit|auf dem gymnasium|in der oberstufe|als teenager|als jugendliche|als jugendlicher|als kind|im studium)",
		"(in der schulzeit|auf dem gymnasium|in der oberstufe|als teenager|als jugendliche|als jugendlicher) ... ... (versucht|versuchte)",
	},
	calm: []string{
		// Round s25-other: a partner on their way, a meeting on a bridge.
		"(bin gleich da|bin unterwegs|komme gleich|wartet auf mich|treffen uns)",
		// Round s25-other: a medicine for a cold, one tablet for a headache.
		"(erkaltungstablette|erkaltungsmittel|hustensaft|eine kopfschmerztablette|ein paracetamol|eine ibuprofen|eine aspirin|vitamine) (gegen (die|ihre|seine)? (erkaltung|kopfschmerzen|grippe))?",
		"(hat|hatte) (heute|heute fruh|heute morgen)? (ihre|seine) (tabletten|medikamente) genommen",
		"(geht es (ihm|ihr) (inzwischen)? (richtig)? gut|lacht (er|sie) druber|wieder gut|ist stabil)",
		"(standig|dauernd|seit jahren|in den #ern|in den # er|vor jahren|jede woche|sagt das (immer|jede woche|standig))",
	},
	wish:    []string{"(will|wollte) (nicht mehr leben|sterben|nicht mehr da sein)"},
	tonight: []string{"(heute nacht|heute abend|heute ist der tag|ist der abend|bis morgen fruh)"},
	// Round s25-other: a third person's own word that they are fine, which
	// is no calm after an act done.
	claimed: []string{
		"(sagt|meint|behauptet|sagte|meinte) (dass)? (es)? (geht|gehe|ginge) (ihr|ihm|ihnen) (gut|super|prima)",
		"(sagt|meint|behauptet) (sie|er) (sei|ist) (ok|okay|in ordnung)",
	},
}

var otherFR = otherSet{
	lang: "fr",
	words: map[string]string{
		"rel":   "(mere|maman|pere|papa|ami|amie|pote|copain|copine|blonde|chum|frere|soeur|partenaire|mari|femme|fils|fille|cousin|cousine|oncle|tante|grand mere|grand pere|mamie|papi|coloc|colocataire|collegue|voisin|voisine|ex|compagnon|compagne|meilleur ami|meilleure amie)",
		"pills": "(medicaments|medocs|cachets|pilules|comprimes|somniferes)",
	},
	who: []string{
		// Round s25-other: a screenshot or a forwarded message is someone's.
		"^ (capture|screen|message|vocal|message transfere)",
		// Round s25-other: a class or group chat where someone posted.
		"(dans|sur) (le|notre|mon) (groupe|chat|groupe snap|groupe whatsap|groupe whatsapp|conv|discord) (snap|whatsap|whatsapp)? (de la classe|de classe)?",
		"(quelqu'un|un gars|une fille|un membre) (vient|a|dans|du|de) (le|la|mon|notre)? (groupe|serveur|chat|canal|discord)?",
		"^ (le|la|un|une)? {rel}",
		"(mon|ma|mes|notre) {rel}",
		"^ (il|elle|ils|elles)",
		"(dit|dit que|a dit que|écrit que|m'a écrit que|que|et|mais|maintenant|peur que|peur qu') (il|elle|ils|elles)",
		"(qu'il|qu'elle|qu'ils|qu'elles)",
		"(quelqu'un|une personne|un membre|une membre|un participant|une participante|un gars|une fille) (du|de mon|de notre|dans le) (groupe|serveur|chat|canal|discord)",
		"(un|une) (membre|participant|participante) du groupe",
	},
	acts: []string{
		"(se tuer|se suicider|se jeter|se pendre|se foutre en l'air|mettre fin à ses jours|s'ouvrir les veines|se faire du mal|se tirer une balle)",
		"(se tue|se suicide|se jette|se pend)",
		"(va|veut|compte|menace de|menace d'|est sur le point de) (prendre|avaler) (tous|toutes)? (ses)? {pills}",
		"(m'a|nous a|a|vient de m'|vient de nous|vient d') (envoyé|écrit|laissé|posté|envoyer|écrire|laisser|poster) (un|une)? (message|lettre|mot|texto|sms|post) (d'adieu|d'adieux)",
		"(a|m'a|nous a|vient de|vient de m'|vient de nous) (posté|envoyé|partagé|poster|envoyer|partager) (une)? (photo|image|vidéo|selfie) ... ... (sang|saignant*|saigne|coupures|poignets|poignet|veines|corde|médicaments|cachets)",
	},
	done: []string{
		// Round s25-other: a caustic drunk, a drain cleaner.
		"(a bu|a avale) (un truc|un produit|du produit|le produit) (pour|contre) (deboucher|les eviers|les canalisations|levier|les toilettes)",
		"(a bu|a avale) (de la soude|du destop|du deboucheur|de la javel|de leau de javel)",
		// Round s25-other: a screenshot of a partner's message from a bridge.
		"de (ma|mon|notre) (meilleure|meilleur)? {rel} (pardon|desole|desolee)? (je suis|jsuis) (sur le pont|sur les rails|sur les voies|sur le toit|au bord)",
		// Round s25-other: a photo of cut arms or an empty pill packet, a
		// number of a named drug taken, a message sent from a bridge or the tracks.
		"(a poste|a envoye|a mis|a publie) une photo (de ses|dune|de sa) (bras|poignets|plaquette|boite) (ouverts|en sang|coupes|tailades|vide)",
		"(a pris|a avale|a bu) (genre|environ|plus de)? (#|une boite de|toute la boite de|toute sa boite de|une plaquette de) (doliprane|paracetamol|xanax|lexomil|ibuprofene|lithium|{pills})",
		"(ma ecrit|mecrit|ecrit|dit|ma envoye|menvoie) (que)? (pardon|desole|desolee)? (je suis|jsuis) (sur le pont|sur les rails|sur les voies|sur le toit|au bord)",
		// Round s21-other: a farewell posted or sent in their words, the
		// pills already taken ("a posté \"j'ai tout pris, merci\"").
		"(a poste|a ecrit|m a ecrit|m a envoye|a envoye|a mis) (sur|dans)? (le|la|son|sa)? (groupe|chat|canal|serveur|discord|statut|story)? (j ai|jai) tout (pris|avale)",
		"(a pris|a avalé|s'est enfilé) (tous|toutes|trop de|beaucoup de|plein de|une boite de|la boite de|#) (ses)? {pills}",
		// Fresh set 19: cockroach poison drunk, "un truc" swallowed.
		"(a bu|a avalé|a pris) (le|du|de la|de l')? (produit|poison|javel|mort aux rats|insecticide|raticide) (contre|pour|anti)? (les)? (cafards|rats|souris|fourmis|insectes)?",
		"(a avalé|a pris|a bu) (un truc|quelque chose|qqch)",
		"(est|sont) (sur|au bord du|au bord de la) (le|la|les|un|une)? (pont|toit|rebord|voies|rails|bord|falaise)",
		"(va|veut|menace de|compte) sauter",
		"(s'est coupé|s'est coupée|s'est scarifié|s'est scarifiée|a fait une overdose|a fait une surdose|a essayé de se tuer|a tenté de se suicider)",
	},
	before: []string{
		"(voulait|a voulu|essayait|a essaye|a essaye de|essayait de|a tente de|avait tente de|avait|une fois|autrefois|parle de|parlait de|pense a|pensait a|rigole de) $",
	},
	now: []string{
		// Round s25-other: the body after a poison drunk.
		"((il|elle) a (tres)? mal|ca lui brule)",
		// Round s25-other: a group chat gone silent, someone offline.
		"(plus personne repond|est hors ligne|sest deconnecte|sest deconnectee|on fait quoi|quest ce quon fait)",
		// Round s25-other: help refused after an act done.
		"(veut|veux) pas (que jappelle|quon appelle|que on appelle|que japelle)",
		"(en pleurant|en larmes|en pleurs)",
		// Round s21-other: Québec's "répond pu", minutes counted, no news.
		"(repond|decroche) pu",
		"il y a # (minutes|min)",
		"personne (a|n a) (de|des) nouvelles",
		"(maintenant|vient de|viennent de|en ce moment|tout de suite|ce soir|cette nuit|il y a une heure|il y a quelques minutes|tout à l'heure|aujourd'hui|ce matin)",
		"(repond|decroche|se reveille|respire) (pas|plus)",
		"(inconscient|inconsciente|saigne|ambulance|urgence|urgent|samu|pompiers)",
		"(qu'est-ce que je fais|que faire|je fais quoi|je fais comment|quoi faire|aide|aidez-moi|aide-moi|je panique)",
		"(parle (très|tres)? lentement|devient (toute|tout)? (pâle|pale)|lèvres bleues|levres bleues)",
		// Round s12-other2.
		"(messagerie|repondeur|telephone eteint|portable eteint|enferme|enfermee|s est enferme|s est enfermee|ouvre pas|veut pas rentrer|veut pas sortir)",
		"(respire bizarre|respire mal|toute endormie|tout endormi|localisation|je tremble|on fait quoi|j appelle qui|j exagere|qu est ce que je lui dis)",
	},
	story: []string{
		// Round s25-other: a fight that is a sport or on a screen.
		"(boxe|combat de boxe|ufc|kickboxing|sparring|a la tele|dans le film)",
		// Round s21-other: a cut in the kitchen.
		"(en cuisinant|en faisant la cuisine|en coupant (des|les) (oignons|legumes))",
		"(message|vocal|texto) (bizarre|chelou|etrange)",
		"(film|livre|roman|serie|episode|personnage|jeu|chanson|documentaire|piece|histoire|fiction|scene)",
		"(est stable|hors de danger|est en securite)",
		"(en rigolant|pour rire|pour rigoler|mdr|lol|haha|plongeoir|saut a l'elastique|parachute)",
		"(decede|decedee|enterrement|obseques|repose en paix)",
		"(comme (prescrit|prevu|d'habitude|chaque jour|tous les jours)|comme (le|son|sa) (medecin|docteur|psychiatre) (a dit|l'a dit|a prescrit)|prescrit*|tous les matins|tous les soirs)",
	},
	told: []string{
		"m (a|avait) (dit|ecrit|envoye|appele|appelee|laisse|demande)",
		"ma (dit|ecrit|envoye|appele|appelee|laisse|demande|montre|remercie|raccroche)",
		"(mecrit|menvoie|me remercie|mappelle|avec moi|pour moi)",
		"(m ecrit|m envoie|m appelle|me dit|me demande|m dit)",
	},
	alarm: []string{
		"(ce soir|cette nuit|maintenant|vient de|modos|mods|en visio|j appelle qui|je dois appeler)",
		"(messagerie|repondeur|telephone eteint|portable eteint|enferme|enfermee|ouvre pas|veut pas rentrer|veut pas sortir|localisation)",
		"(repond|decroche|se reveille|respire) (pas|plus)",
		"(inconscient|inconsciente|saigne|ambulance|samu|pompiers|respire bizarre|respire mal|toute endormie|tout endormi|levres bleues)",
		"(qu est ce que je fais|que faire|je fais quoi|quoi faire|aidez moi|aide moi|je panique|je tremble|on fait quoi|j appelle qui|j exagere|qu est ce que je lui dis)",
	},
	threat: []string{
		// Round s25-other: the door forced while the writer is alone.
		"(defoncer|enfoncer|casser|peter) la porte ... ... je suis (toute)? (seule|seul)",
		"(tape a la porte|defonce la porte|je me suis enferme|je me suis enfermee|je me cache)",
		"(me tuer|me faire du mal|me suit|cachee|cache|un couteau|une arme|un flingue|serre le cou|m a frappe|m a frappee)",
	},
	own: []string{
		"(partir|mourir|le faire|en finir) ensemble",
		"(je (le|la|les) suivrai|je (le|la|les) suis|je vais (le|la|les) suivre|je pars avec (lui|elle)|je (vais|veux) partir avec (lui|elle)|sans (lui|elle) je peux pas vivre|un pacte|notre pacte)",
		"(moi aussi|moi pareil|je veux (la|le|les) rejoindre|je vais (la|le|les) rejoindre|je veux faire pareil|je veux faire la meme chose|je vais faire pareil)",
	},
	// Round s12-other3: the third way (toldOfOther).
	subject: []string{
		// Round s25-other: a group chat, a street where someone is beaten.
		"^ (dans|sur) (le|notre|mon) (groupe|chat|conv|discord)",
		"^ (ya|il y a|y a) (un|une|des) (mec|type|gars|homme|femme|fille|jeune|mecs|types|dame|monsieur)",
		"^ (le|la|l|un|une|cette|ce)? ({rel}|mamie|papi|mec|gars|fille|femme|homme|dame|monsieur|eleve|patient|patiente|ado|gamin|gamine|voisins|voisine|voisin)",
		"^ (mon|ma|mes|son|sa|ses|notre) (meilleur|meilleure|petit|petite|grand|grande)? ({rel}|mamie|papi|eleve|ado|mec|meuf|compagne|compagnon|voisine|voisin|belle mere|beau pere)",
		"^ (une|un) (fille|mec|gars|femme|homme|membre) (du|de mon|de notre) (groupe|serveur|discord)",
		"^ on a (trouve|retrouve) (mon|ma|mes|un|une|le|la)",
		"^ (la|le) (coloc|colocataire) de (ma|mon)",
	},
	speech: []string{
		// Round s21-other: a message shown to the writer.
		"m a (montre|transfere|fait voir) (un|une|le|la)? (message|capture|story|texto|conversation) (de|d) (une|un|sa|son)? (copine|copain|ami|amie|camarade|eleve|pote)? (de classe)?",
		"(ma ecrit|mecrit|ma dit|me dit|ma envoye|menvoie|ma laisse|ma appele|ma appelee|a poste|poste|ecrit|dit|en disant|en pleurant|crie)",
		// Where it was posted is no part of what was said.
		"(a ecrit|a mis|a poste|ecrit|poste) (dans|sur) (son|sa) (statut|story|mur)",
	},
	helper: []string{
		// Round s25-other: what the helper knows, where they stand, what
		// they are not let do.
		"(personne|que moi) (dautre)? (connait|a|sait) (son adresse|ou (il|elle) habite)",
		"(veut|veux) pas (que jappelle|que on appelle|quon appelle|que japelle)",
		"je suis (juste)? (a cote|en face|a la fenetre|en bas)",
		// Round s21-other: the writer finding them.
		"je (trouve|viens de trouver|ai trouve) (ma|mon|mes) {rel}",
		"(je fais quoi|je fais comment|on fait quoi|quest ce que je fais|quest ce que je lui dis|quest ce quon fait|jappelle qui|je dois appeler|jexagere|aidez moi)",
		"(je|j|jarrive) (arrive)? pas a (le|la|les)? (joindre|reveiller|trouver|ouvrir) (ses parents|sa famille|la porte)?",
		"je (le|la) (secoue|reveille pas|vois|entends)",
		"je (tremble|suis dans la voiture|suis dehors|suis devant|suis en route|suis a # km|suis a paris|suis loin|suis avec (lui|elle)|le sais|sais que cest du chantage)",
		"(jai que son|je nai que son)",
		"(desole|desolee) (decrire|de poster) ici",
		"je (ne)? (sais|sait) pas quoi faire",
		"(question rapide|je sais que cest du chantage|mais si cest vrai|si je viens pas)",
		// Round s12-other3b: knocking at their door, no one reaching them.
		"(jarrete|que jarrete|arreter) de (frapper|taper) (a la porte)?",
		"(personne|on) (n)? (arrive|narrive) (pas)? a (le|la) joindre",
	},
	menace: []string{
		"(me tuer|va me tuer|me frapper|me frappe|me suit|me cherche)",
		"(mieux|plus tranquille|plus heureu*) sans moi",
		"(sera|serait|seront|seraient) mieux (avec|chez)",
		"personne (le)? (saura|remarquera)",
		"me (tuerait|tuer|planter|buter|cramer|defoncer)",
		"(nous tuer|me tue|me tire|metrangler|on est caches|jai la cle|je sais ou|ordonnance|avec les (deux)? petits|menacee|menace de mort|en route|il sait ou)",
		"(me trouveront|me trouvera|me trouve|dites a)",
	},
	violence: []string{
		// Round s25-other: someone beaten or stabbed in the street now.
		"(tabasse|tabassent|frappe|frappent|cogne|cognent|poignarde|poignardent|passe a tabac|roue de coups) (un|une|le|la) (fille|mec|femme|homme|gars|jeune|type|vieux|dame|gamin)",
		"se fait (tabasser|frapper|agresser|poignarder|defoncer|taper)",
		"(on entend des coups|des coups|la frappe|le frappe|la bat|est violent)",
	},
	noise:    []string{"(crie a laide|appelle a laide|crie au secours|verre brise|bruit de verre|vaisselle cassee)"},
	source:   []string{"(fete|soiree|anniversaire|mariage|fait tomber|tombe|plateau)"},
	cause:    []string{"(parce que|parce quil|parce quelle|parce quils|car)"},
	skill:    []string{"(appris|apprend|apprenait|entraine|entrainee|exerce|lecon|lecons|cours)"},
	knows:    []string{"(sait|savait|saura) (maintenant|enfin|desormais)? comment"},
	gone:     []string{"(je disparais|je vais disparaitre|je men vais pour de bon|je serai plus la|je serai parti|je serai partie|jaurai disparu)"},
	everyone: []string{"^ tout le monde", "^ (tous|toutes) (seront|seraient|pourront|vont|iront)"},
	// Round s21-other: a try long past.
	// Round s21-other: a farewell in their words, a weapon taken.
	farewell: []string{
		"(dit|dit que|a dit|ecrit|a ecrit|disait) (que)? ... (vous me verrez plus|tu me verras plus|vous me reverrez plus|tu me reverras plus|vous me verrez jamais|vous ne me verrez plus|tu ne me verras plus)",
		"(parti|partie|sorti|sortie) avec (le|son|sa|un|une) (fusil|carabine|arme|revolver|pistolet) ... ... (reviendra plus|reviendra pas|revient plus|reviendra jamais)",
	},
	then: []string{
		// Round s25-other: self-harm long past, told of a scar.
		"(se scarifiait|se coupait|se mutilait|se faisait du mal) (au college|au lycee|a ladolescence|quand (elle|il) etait (ado|jeune|petite|petit))",
		"(essaye|essaie|tente|tentative) ... ... (au lycee|au college|a la fac|a l adolescence|quand (on|elle|il) (etait|etaient) (petit|petits|petite|petites|ado|ados|jeune|jeunes))",
		"(au lycee|au college|a l adolescence) (elle|il)? (a|avait) (essaye|tente)",
	},
	calm: []string{
		// Round s25-other: a partner on their way, a meeting on a bridge.
		"(jarrive dans|jarrive bientot|jarrive $|presque arrive|presque arrivee|en route|je tattends|on se retrouve|a tout de suite)",
		// Round s25-other: a medicine for a cold, one tablet for a headache.
		"(un|une|son|du) (doliprane|sirop|cachet|comprime|dafalgan|efferalgan|spasfon) pour (son|sa|le|la) (rhume|toux|mal de tete|grippe|migraine|regles)",
		"a pris (ses|son) (medicaments|cachets|traitement) (ce matin|aujourdhui|ce soir)",
		"(va bien maintenant|va mieux|est stable|elle va bien|il va bien|vient davoir un bebe|ca la apaisee)",
		"(sest suicide dans|dans les annees #|il y a des annees|chaque semaine|il dit ca|elle dit ca|tout le temps)",
	},
	wish:    []string{"(veut|voulait|voudrait) (mourir|disparaitre|en finir)", "(veut|voulait) plus vivre"},
	tonight: []string{"(ce soir|cette nuit|cest le jour|cest ce soir|avant demain)"},
	// Round s25-other: a third person's own word that they are fine, which
	// is no calm after an act done.
	claimed: []string{
		"(dit|dis|assure|insiste) (que)? (ca va|elle va bien|il va bien|ca va bien|elle est bien|il est bien)",
		"(dit|assure) quelle va bien",
		"(dit|assure) quil va bien",
	},
}
