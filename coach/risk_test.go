package coach

import (
	"regexp"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // zones are checked against the tz database, whatever the machine has
)

// riskCases are labelled texts, each with the level AssessRisk must give.
// A crisis text labelled lower is a miss; a none text labelled higher is a
// false alarm.
var riskCases = []struct {
	want Risk
	text string
}{
	// Crisis, English: direct, passive and indirect phrasings, self-harm, danger now, misspellings and chat spellings.
	{RiskCrisis, "I want to kill myself"},
	{RiskCrisis, "going to end my life tonight"},
	{RiskCrisis, "I wish I could go to sleep and never wake up"},
	{RiskCrisis, "I don't want to be here anymore"},
	{RiskCrisis, "goodbye everyone, thank you for everything"},
	{RiskCrisis, "I'm giving away all my stuff"},
	{RiskCrisis, "everyone would be better off without me"},
	{RiskCrisis, "I won't be a burden much longer"},
	{RiskCrisis, "I have a plan"},
	{RiskCrisis, "I want to cut myself"},
	{RiskCrisis, "I took all my pills"},
	{RiskCrisis, "i wanna kms"},
	{RiskCrisis, "kill my self"},
	{RiskCrisis, "dont want to live"},
	{RiskCrisis, "wanna die"},
	{RiskCrisis, "I JUST WANT TO DIE"},
	{RiskCrisis, "i   want    to    die"},
	{RiskCrisis, "i want to dieeee"},
	{RiskCrisis, "im gonna kill myself"},
	{RiskCrisis, "i am going to kill my slef"},
	{RiskCrisis, "Im suicidal"},
	{RiskCrisis, "i feel so suicidal right now"},
	{RiskCrisis, "thinking about suicide a lot"},
	{RiskCrisis, "i want to commit sucide"},
	{RiskCrisis, "i keep thinking about ending it"},
	{RiskCrisis, "I'm going to end it tonight"},
	{RiskCrisis, "i cant go on living like this"},
	{RiskCrisis, "i dont wanna be alive anymore"},
	{RiskCrisis, "there's no reason to live"},
	{RiskCrisis, "I have nothing left to live for"},
	{RiskCrisis, "what's the point of living"},
	{RiskCrisis, "I'm so tired of living"},
	{RiskCrisis, "i wish i was dead"},
	{RiskCrisis, "I'd be better off dead"},
	{RiskCrisis, "I hope I don't wake up tomorrow"},
	{RiskCrisis, "I've been cutting myself again"},
	{RiskCrisis, "I want to hurt myself"},
	{RiskCrisis, "i took a whole bottle of sleeping pills"},
	{RiskCrisis, "I just took 30 pills"},
	{RiskCrisis, "i think i overdosed"},
	{RiskCrisis, "I'm standing on the ledge"},
	{RiskCrisis, "I want to jump off a bridge"},
	{RiskCrisis, "I wrote my suicide note"},
	{RiskCrisis, "this is my last message"},
	{RiskCrisis, "no one would miss me"},
	{RiskCrisis, "i know how i am going to do it"},
	{RiskCrisis, "I have stockpiled my meds"},
	{RiskCrisis, "I won't be around much longer"},
	{RiskCrisis, "you won't have to worry about me anymore"},
	{RiskCrisis, "I'm not sure I won't hurt myself tonight"},
	{RiskCrisis, "I don't want to kill myself but I might"},
	{RiskCrisis, "last year I tried to kill myself and I want to try again tonight"},
	{RiskCrisis, "I used to be fine, now i want to die"},
	{RiskCrisis, "i used to love running i want to die"},
	{RiskCrisis, "used to enjoy walks but whatever i want to kill myself"},
	{RiskCrisis, "solía correr todos los días y ahora quiero morirme"},
	{RiskCrisis, "i haven't killed myself yet"},
	{RiskCrisis, "I want to unalive myself"},
	{RiskCrisis, "nobody would care if i died"},
	{RiskCrisis, "It would be easier for everyone if I was gone"},
	{RiskCrisis, "i want to kil myself"},
	{RiskCrisis, "I wanna end it all"},
	{RiskCrisis, "i want 2 die"},
	{RiskCrisis, "i just wanna dIe"},
	{RiskCrisis, "i'm thinking of killing myself"},
	{RiskCrisis, "ill kill myself"},
	{RiskCrisis, "i will kill myself"},
	{RiskCrisis, "I feel like killing myself"},
	{RiskCrisis, "I keep thinking about suicide"},
	{RiskCrisis, "i want to end my life"},
	{RiskCrisis, "Gonna end it tonight"},
	{RiskCrisis, "I dont want to exist anymore"},
	{RiskCrisis, "i don't want to wake up tomorrow"},
	{RiskCrisis, "I’m going to take my own life"},
	{RiskCrisis, "im so done with life"},
	{RiskCrisis, "Sometimes I want to die"},
	{RiskCrisis, "i really want to die right now"},
	{RiskCrisis, "can't stop thinking about killing myself"},
	{RiskCrisis, "I am planning to kill myself this weekend"},
	{RiskCrisis, "i bought a rope and i'm going to use it tonight"},
	{RiskCrisis, "i've been self harming again"},
	{RiskCrisis, "I want to self harm"},
	{RiskCrisis, "i have the pills ready"},
	{RiskCrisis, "I swallowed all of my sleeping pills"},
	{RiskCrisis, "i took too many pills"},
	{RiskCrisis, "i've taken an overdose"},
	{RiskCrisis, "ive cut too deep and cant stop the bleeding"},
	{RiskCrisis, "I'm on the bridge and I'm going to jump off"},
	{RiskCrisis, "goodbye world"},
	{RiskCrisis, "goodbye forever"},
	{RiskCrisis, "Please tell my family I love them, goodbye everyone"},
	{RiskCrisis, "my family would be better off without me"},
	{RiskCrisis, "everyone would be happier without me"},
	{RiskCrisis, "soon I won't be a burden to anyone much longer"},
	{RiskCrisis, "i'm suicidal again"},
	{RiskCrisis, "Suicidal thoughts every day, having them right now"},
	{RiskCrisis, "i have suicidal thoughts"},
	{RiskCrisis, "I'm feeling really suicidal"},
	{RiskCrisis, "i'm gonna kms"},
	{RiskCrisis, "I should just die"},
	{RiskCrisis, "i deserve to die"},
	{RiskCrisis, "I hope something kills me"},
	{RiskCrisis, "I wish I wasn't alive"},
	{RiskCrisis, "I want to die 😢"},
	{RiskCrisis, "I WANT TO DIE!!!"},
	{RiskCrisis, "i...just...want to die"},
	{RiskCrisis, "i want to kill myself.Goodbye"},
	{RiskCrisis, "kill myself"},
	{RiskCrisis, "killmyself"},
	{RiskCrisis, "suicidal"},
	{RiskCrisis, "i am suicidal af"},
	{RiskCrisis, "im literally suicidal"},
	{RiskCrisis, "feeling suicidal"},
	{RiskCrisis, "i'm considering suicide"},
	{RiskCrisis, "Considering ending things"},
	{RiskCrisis, "i want to go to sleep forever and never wake up"},
	{RiskCrisis, "I can't do this anymore, I want to die"},
	{RiskCrisis, "I am going to end it"},
	{RiskCrisis, "going to kill myself tomorrow"},
	{RiskCrisis, "I have decided to end my life"},
	{RiskCrisis, "the world would be better without me"},
	{RiskCrisis, "the pain will end soon, goodbye everyone"},
	{RiskCrisis, "after I'm dead, please look after my cat"},
	{RiskCrisis, "I've said my goodbyes"},
	{RiskCrisis, "I'm writing my goodbye letter"},
	{RiskCrisis, "I'm not sure if I'm suicidal"},
	{RiskCrisis, "Had a rough day. Honestly I don't see the point in living anymore."},
	{RiskCrisis, "Walked 10 min. I think tonight is the night I end it."},
	{RiskCrisis, "i'm so tired. i just want everything to end"},
	{RiskCrisis, "I'm a burden to everyone and they'd be better off if I was gone"},
	{RiskCrisis, "I can't keep going, I want to die"},
	{RiskCrisis, "I dont think I can stay alive much longer"},
	{RiskCrisis, "i want to stop living"},
	{RiskCrisis, "I'm ready to end it"},
	{RiskCrisis, "It's time for me to go, thank you for everything, goodbye"},
	{RiskCrisis, "I'm going to hang myself"},
	{RiskCrisis, "i am going to shoot myself"},
	{RiskCrisis, "I'm thinking about overdosing"},
	{RiskCrisis, "i want to overdose"},
	{RiskCrisis, "life isn't worth living"},
	{RiskCrisis, "I'd rather be dead than feel like this, I want to die"},
	{RiskCrisis, "I don't wanna live no more"},
	{RiskCrisis, "please help me i want to die"},
	{RiskCrisis, "help i took a bunch of pills"},
	{RiskCrisis, "I took a handful of my sleeping pills"},
	{RiskCrisis, "i'm gonna jump"},
	{RiskCrisis, "i'm cutting myself right now"},
	{RiskCrisis, "i feel like ending my life"},
	{RiskCrisis, "i want to be gone"},
	{RiskCrisis, "i want to go to sleep and not wake up"},
	{RiskCrisis, "everyone will be better without me"},
	{RiskCrisis, "I'm done with life."},
	{RiskCrisis, "I don't want to wake up at all"},
	{RiskCrisis, "I don't want to live anymore"},
	{RiskCrisis, "I don't want to be alive"},
	{RiskCrisis, "i just want it all to stop forever"},
	{RiskCrisis, "i feel like i should just disappear forever"},
	{RiskCrisis, "I'm going to end everything tonight"},
	{RiskCrisis, "I'm scared I'm going to kill myself"},
	{RiskCrisis, "I keep having urges to hurt myself"},
	{RiskCrisis, "i want to bleed"},
	{RiskCrisis, "I took like 40 of my sleeping pills"},
	{RiskCrisis, "I just swallowed a bottle of pills"},
	{RiskCrisis, "I'm writing letters to my family to say goodbye"},
	{RiskCrisis, "I've decided I'm going to die this weekend"},
	{RiskCrisis, "can't see a way out except dying"},
	{RiskCrisis, "there's no way out, I want to die"},
	{RiskCrisis, "I wanna sleep forever"},
	{RiskCrisis, "i wish i could just not exist"},
	{RiskCrisis, "idk how much longer i can keep living"},
	{RiskCrisis, "I want to die so bad"},
	{RiskCrisis, "thinking of ending my life"},
	{RiskCrisis, "Nobody would even notice if I was gone"},
	{RiskCrisis, "honestly i'd be fine if i never woke up"},
	{RiskCrisis, "I want to go away and never come back"},
	{RiskCrisis, "i keep planning how i would do it"},
	{RiskCrisis, "I've been researching ways to die"},
	{RiskCrisis, "I looked up how many pills it takes"},
	{RiskCrisis, "everyone would be relieved if I died"},
	{RiskCrisis, "I'm going to drive off a cliff"},
	{RiskCrisis, "i can't promise i'll be safe tonight"},
	{RiskCrisis, "I'm not safe right now"},
	{RiskCrisis, "wish i could fall asleep and not wake up"},
	{RiskCrisis, "i want this to be my last day"},
	// Crisis, Spanish.
	{RiskCrisis, "me tome todas mis pastillas"},
	{RiskCrisis, "me corté las venas"},
	{RiskCrisis, "he pensado en suicidarme"},
	{RiskCrisis, "ojala me muriera"},
	{RiskCrisis, "me dan ganas de morirme"},
	{RiskCrisis, "quiero morir"},
	{RiskCrisis, "me quiero matar"},
	{RiskCrisis, "no quiero vivir"},
	{RiskCrisis, "Quiero suicidarme"},
	{RiskCrisis, "voy a quitarme la vida"},
	{RiskCrisis, "ya no quiero vivir mas"},
	{RiskCrisis, "estoy cansada de vivir"},
	{RiskCrisis, "todos estarían mejor sin mí"},
	{RiskCrisis, "adios a todos"},
	{RiskCrisis, "no vale la pena vivir"},
	{RiskCrisis, "me siento suicida"},
	{RiskCrisis, "ojala no despertar nunca mas"},
	{RiskCrisis, "tengo un plan"},
	{RiskCrisis, "kiero morirme"},
	{RiskCrisis, "me quiero morir ya"},
	{RiskCrisis, "quiero matarme"},
	{RiskCrisis, "me voy a suicidar"},
	{RiskCrisis, "quisiera estar muerta"},
	{RiskCrisis, "no quiero seguir viviendo"},
	{RiskCrisis, "quiero hacerme daño"},
	{RiskCrisis, "Quiero morir."},
	{RiskCrisis, "me quiero suicidar"},
	{RiskCrisis, "me voy a matar esta noche"},
	{RiskCrisis, "ya tengo todo planeado cómo hacerlo"},
	{RiskCrisis, "no quiero despertar mañana"},
	{RiskCrisis, "adiós para siempre"},
	{RiskCrisis, "estoy pensando en matarme"},
	{RiskCrisis, "no quiero seguir aquí, me quiero ir para siempre"},
	{RiskCrisis, "quiero dejar de existir"},
	{RiskCrisis, "estoy harto de vivir"},
	{RiskCrisis, "voy a tirarme del puente"},
	{RiskCrisis, "ya no puedo más, quiero morirme"},
	{RiskCrisis, "me quiero morir de verdad"},
	{RiskCrisis, "no le veo sentido a vivir"},
	{RiskCrisis, "pienso en quitarme la vida"},
	{RiskCrisis, "siento que todos estarían mejor sin mí"},
	{RiskCrisis, "me voy a tomar todas las pastillas"},
	{RiskCrisis, "quiero acabar con todo"},
	{RiskCrisis, "no aguanto más, me quiero matar"},
	{RiskCrisis, "mañana ya no voy a estar"},
	{RiskCrisis, "me quiero tirar de un puente"},
	{RiskCrisis, "ya no quiero estar en este mundo"},
	{RiskCrisis, "ya no quiero vivir así"},
	{RiskCrisis, "me quiero morir, no aguanto"},
	{RiskCrisis, "I sometimes think everyone would be better off without me but I'm ok"},
	// Crisis, German.
	{RiskCrisis, "ich will nicht mehr leben"},
	{RiskCrisis, "ich bring mich um"},
	{RiskCrisis, "Ich möchte sterben"},
	{RiskCrisis, "ich moechte einfach nur noch sterben"},
	{RiskCrisis, "ich will mich umbringen"},
	{RiskCrisis, "ich werde mir das leben nehmen"},
	{RiskCrisis, "ich habe alle meine Tabletten genommen"},
	{RiskCrisis, "alle wären besser dran ohne mich"},
	{RiskCrisis, "ich bin lebensmüde"},
	{RiskCrisis, "ich will mir etwas antun"},
	{RiskCrisis, "ich denke an selbstmord"},
	{RiskCrisis, "einschlafen und nie wieder aufwachen"},
	{RiskCrisis, "ich ritze mich"},
	{RiskCrisis, "ich mag nimmer leben"},
	{RiskCrisis, "ich will sterben"},
	{RiskCrisis, "ich will tot sein"},
	{RiskCrisis, "ich möchte nicht mehr leben"},
	{RiskCrisis, "ich moechte nicht mehr da sein"},
	{RiskCrisis, "ich denke daran mich umzubringen"},
	{RiskCrisis, "ich will mich ritzen"},
	{RiskCrisis, "lebt wohl"},
	{RiskCrisis, "ich habe suizidgedanken"},
	{RiskCrisis, "ich will mich umbringen heute nacht"},
	{RiskCrisis, "ich werde mich umbringen"},
	{RiskCrisis, "ich habe keine lust mehr zu leben"},
	{RiskCrisis, "ich möchte tot sein"},
	{RiskCrisis, "ich springe heute von der brücke springen"},
	{RiskCrisis, "ich kann nicht mehr und will sterben"},
	{RiskCrisis, "ich will nicht mehr aufwachen"},
	{RiskCrisis, "es wäre besser, wenn ich tot wäre"},
	{RiskCrisis, "ich werde mich heute umbringen"},
	{RiskCrisis, "ich will einfach nicht mehr leben"},
	{RiskCrisis, "ich halte das nicht mehr aus, ich will sterben"},
	{RiskCrisis, "ich habe vor, mich umzubringen"},
	{RiskCrisis, "ich werde mir heute das leben nehmen"},
	{RiskCrisis, "alle wären ohne mich besser dran"},
	{RiskCrisis, "ich möchte einschlafen und nie mehr aufwachen"},
	{RiskCrisis, "ich habe gerade 20 tabletten genommen"},
	{RiskCrisis, "mein leben hat keinen sinn mehr, ich will sterben"},
	{RiskCrisis, "ich will nicht mehr weiterleben"},
	{RiskCrisis, "ich will nicht mehr auf dieser welt sein"},
	{RiskCrisis, "ich sehe keinen ausweg mehr und will sterben"},
	{RiskCrisis, "ich will einfach nur weg, für immer"},
	// Crisis, French.
	{RiskCrisis, "jveux me tuer"},
	{RiskCrisis, "je veux mourir"},
	{RiskCrisis, "envie d'en finir"},
	{RiskCrisis, "je vais me suicider"},
	{RiskCrisis, "j'ai envie de mourir"},
	{RiskCrisis, "je ne veux plus vivre"},
	{RiskCrisis, "je veux plus vivre"},
	{RiskCrisis, "j'ai pris tous mes médicaments"},
	{RiskCrisis, "ils seraient mieux sans moi"},
	{RiskCrisis, "adieu à tous"},
	{RiskCrisis, "je suis fatigué de vivre"},
	{RiskCrisis, "je pense à me tuer"},
	{RiskCrisis, "j'ai un plan"},
	{RiskCrisis, "mettre fin à mes jours"},
	{RiskCrisis, "je veux me tuer"},
	{RiskCrisis, "je vais en finir ce soir"},
	{RiskCrisis, "j ai envie de mourir"},
	{RiskCrisis, "je n'ai plus envie de vivre"},
	{RiskCrisis, "personne ne me regretterait, je ne manquerais à personne"},
	{RiskCrisis, "je veux me faire du mal"},
	{RiskCrisis, "je voudrais mourir"},
	{RiskCrisis, "je veux en finir"},
	{RiskCrisis, "je vais me foutre en l'air"},
	{RiskCrisis, "j'ai des idées suicidaires"},
	{RiskCrisis, "je me sens suicidaire"},
	{RiskCrisis, "je ne veux plus me réveiller"},
	{RiskCrisis, "j'ai avalé toute la boîte de somnifères"},
	{RiskCrisis, "je veux que tout s'arrête, je veux mourir"},
	{RiskCrisis, "je vais sauter du pont"},
	{RiskCrisis, "j'en ai marre de la vie"},
	{RiskCrisis, "je veux plus exister"},
	{RiskCrisis, "je n'ai plus de raison de vivre"},
	{RiskCrisis, "je veux mettre fin à ma vie"},
	{RiskCrisis, "j'ai pensé à me suicider ce soir"},
	{RiskCrisis, "je ne supporte plus, je veux mourir"},
	{RiskCrisis, "tout le monde serait mieux sans moi"},
	{RiskCrisis, "je vais me tuer"},
	{RiskCrisis, "j'ai envie d'en finir avec la vie"},
	{RiskCrisis, "je voudrais m'endormir et ne jamais me réveiller"},
	{RiskCrisis, "je vais prendre toutes mes pilules"},
	{RiskCrisis, "je veux plus être là"},
	{RiskCrisis, "je veux dormir pour toujours"},
	{RiskCrisis, "je veux en finir une bonne fois pour toutes"},
	{RiskCrisis, "je n'ai plus la force de vivre"},
	// Review, English: the past, denials, unclear or hopeless talk.
	{RiskReview, "I used to think about ending it"},
	{RiskReview, "i wrote letters to my family, goodbye"},
	{RiskNone, "I wrote a letter to my mum about the trip"},
	{RiskReview, "last year I tried to kill myself"},
	{RiskReview, "sometimes I think about death"},
	{RiskReview, "what's the point"},
	{RiskReview, "I'm not suicidal"},
	{RiskReview, "I would never hurt myself"},
	{RiskReview, "I don't want to die"},
	{RiskReview, "when I was 15 I wanted to die"},
	{RiskReview, "years ago i took an overdose"},
	{RiskReview, "my friend committed suicide"},
	{RiskReview, "i can't do this anymore"},
	{RiskReview, "I feel like such a burden"},
	{RiskReview, "I just want to disappear"},
	{RiskReview, "I wish I had never been born"},
	{RiskReview, "I've had dark thoughts"},
	{RiskReview, "life feels pointless"},
	{RiskReview, "I'd rather die than run a marathon"},
	{RiskReview, "I'm going to die"},
	{RiskReview, "I feel like dying"},
	{RiskReview, "self harm"},
	{RiskReview, "I used to self-harm"},
	{RiskReview, "thank you for everything"},
	{RiskReview, "before ketamine I wanted to kill myself every day"},
	{RiskReview, "i used to want to die but now i'm better"},
	{RiskReview, "kms"},
	{RiskReview, "i wish i was never here"},
	{RiskReview, "I'm not going to kill myself"},
	{RiskReview, "don't worry, I'm not suicidal"},
	{RiskReview, "I've never been suicidal"},
	{RiskReview, "no suicidal thoughts this week"},
	{RiskReview, "I tried to kill myself in college"},
	{RiskReview, "as a teenager I self harmed"},
	{RiskReview, "my therapist asked about suicide"},
	{RiskReview, "whats the point anymore"},
	{RiskReview, "i cant take it anymore"},
	{RiskReview, "I give up"},
	{RiskReview, "I hate being alive"},
	{RiskReview, "life is meaningless"},
	{RiskReview, "I feel hopeless and I think about dying"},
	{RiskReview, "I keep thinking about death"},
	{RiskReview, "my brother killed himself"},
	{RiskReview, "I'm scared I'm going to die"},
	{RiskReview, "i'm done with everything"},
	{RiskReview, "I wish it was all over"},
	{RiskReview, "nobody cares, whats even the point"},
	{RiskReview, "I'd never kill myself, I promise"},
	{RiskReview, "sewer slide"},
	{RiskReview, "I haven't had suicidal thoughts in a while"},
	{RiskReview, "I'm not going to hurt myself"},
	{RiskReview, "I won't do anything stupid"},
	{RiskReview, "I used to cut myself"},
	{RiskReview, "When I was a teenager I wanted to die"},
	{RiskReview, "in high school I tried to kill myself"},
	{RiskReview, "I attempted suicide years ago"},
	{RiskReview, "suicide"},
	{RiskReview, "I read an article about suicide prevention"},
	{RiskReview, "self-harm"},
	{RiskReview, "selfharm"},
	{RiskReview, "Some days I wonder if it's worth it"},
	{RiskReview, "I had a panic attack and thought I was going to die"},
	{RiskReview, "I'm so tired of fighting"},
	{RiskReview, "I have been thinking about death a lot"},
	{RiskReview, "my thoughts have been dark lately"},
	{RiskReview, "i used to want to kill myself every day, it's better now"},
	{RiskReview, "In 2019 I was hospitalized after I tried to kill myself years ago"},
	{RiskReview, "I don't want to be here"},
	{RiskReview, "I want the pain to stop"},
	{RiskReview, "sometimes I wish I could just disappear"},
	{RiskReview, "I don't see a future for myself"},
	{RiskReview, "what if I just didn't wake up"},
	{RiskReview, "I'm exhausted of everything"},
	{RiskReview, "everything feels hopeless"},
	{RiskReview, "I'm not going to be here tomorrow"},
	{RiskReview, "this will be my last check in"},
	{RiskReview, "it's been really dark in my head"},
	{RiskReview, "I'm not sure I want to keep going"},
	{RiskReview, "what's the use"},
	{RiskReview, "I had thoughts of not wanting to be alive last year"},
	// Review, Spanish.
	{RiskReview, "nunca me haría daño"},
	{RiskReview, "el año pasado intenté suicidarme"},
	{RiskReview, "a veces pienso en la muerte"},
	{RiskReview, "no puedo más"},
	{RiskReview, "no quiero morir"},
	{RiskReview, "me siento una carga"},
	{RiskReview, "quiero desaparecer"},
	{RiskReview, "hace años intenté suicidarme"},
	{RiskReview, "de adolescente quería morir"},
	{RiskReview, "ya no aguanto más"},
	{RiskReview, "a veces quisiera desaparecer"},
	{RiskReview, "no le encuentro sentido a nada"},
	{RiskReview, "estoy agotado de todo"},
	// Review, German.
	{RiskReview, "ich bin nicht suizidal"},
	{RiskReview, "ich kann nicht mehr"},
	{RiskReview, "früher wollte ich sterben"},
	{RiskReview, "was soll das alles"},
	{RiskReview, "ich will einfach verschwinden"},
	{RiskReview, "vor Jahren wollte ich mich umbringen"},
	{RiskReview, "als ich jung war, wollte ich sterben"},
	{RiskReview, "ich will nicht mehr"},
	{RiskReview, "manchmal denke ich an den Tod"},
	{RiskReview, "es hat alles keinen sinn"},
	{RiskReview, "ich bin so erschöpft, ich kann nicht mehr"},
	// Review, French.
	{RiskReview, "je ne suis pas suicidaire"},
	{RiskReview, "à quoi bon"},
	{RiskReview, "j'en peux plus"},
	{RiskReview, "je ne veux pas mourir"},
	{RiskReview, "il y a des années j'ai voulu me suicider"},
	{RiskReview, "je suis un fardeau"},
	{RiskReview, "je veux disparaître"},
	{RiskReview, "quand j'étais ado je voulais mourir"},
	{RiskReview, "l'année dernière j'ai voulu me tuer"},
	{RiskReview, "je n'en peux plus"},
	{RiskReview, "parfois je pense à la mort"},
	{RiskReview, "je suis épuisé, j'en peux plus"},
	{RiskReview, "à quoi bon continuer"},
	{RiskReview, "je pense parfois à mourir"},
	// None, English: idioms, embedded words and everyday check-in notes.
	{RiskNone, "Deadpool was fun"},
	{RiskNone, "this workout is killing me"},
	{RiskNone, "dead tired"},
	{RiskNone, "I could kill for a coffee"},
	{RiskNone, "I'm dying to try that class"},
	{RiskNone, "the traffic killed me"},
	{RiskNone, "my legs are dead"},
	{RiskNone, "killing it at the gym"},
	{RiskNone, "I nearly died laughing"},
	{RiskNone, "skilled"},
	{RiskNone, "deadline"},
	{RiskNone, "Killarney"},
	{RiskNone, "overkill"},
	{RiskNone, "I've been killing myself at the gym lately"},
	{RiskNone, "ran 5 kms today"},
	{RiskNone, "coach made us run suicides"},
	{RiskNone, "I hurt myself running"},
	{RiskNone, "I cut myself shaving"},
	{RiskNone, "I took my pills this morning"},
	{RiskNone, "took all my meds as prescribed"},
	{RiskNone, "I have a plan for this week"},
	{RiskNone, "goodbye everyone, see you tomorrow"},
	{RiskNone, "bye all"},
	{RiskNone, "thanks for the nudge"},
	{RiskNone, "I walked for 20 minutes"},
	{RiskNone, "feeling a bit low today"},
	{RiskNone, "my phone is dead"},
	{RiskNone, "I slept badly"},
	{RiskNone, "the meeting was deadly boring"},
	{RiskNone, "I had a great session with my therapist"},
	{RiskNone, "we watched suicide squad"},
	{RiskNone, "I'm ending it with my boyfriend"},
	{RiskNone, "I did jump rope today"},
	{RiskNone, "this heat is killing me"},
	{RiskNone, "Killing time before my appointment"},
	{RiskNone, "I'm dead"},
	{RiskNone, "I'm dying for a coffee"},
	{RiskNone, "I could die for some pizza"},
	{RiskNone, "I want to try that class"},
	{RiskNone, "I'm so tired after that run"},
	{RiskNone, "dying of boredom at work"},
	{RiskNone, "I killed it today"},
	{RiskNone, "I want to end the session early"},
	{RiskNone, "I want to die my hair"},
	{RiskNone, "I want to dye my hair"},
	{RiskNone, "the battery died"},
	{RiskNone, "my plant died"},
	{RiskNone, "I feel alive after that walk"},
	{RiskNone, "I finished the 5k, legs are dead"},
	{RiskNone, "Killed my workout today"},
	{RiskNone, "That class killed me"},
	{RiskNone, "I'm dead after leg day"},
	{RiskNone, "lol I'm dying"},
	{RiskNone, "that joke killed me"},
	{RiskNone, "I'm going to kill it tomorrow"},
	{RiskNone, "my knee is killing me"},
	{RiskNone, "killer workout"},
	{RiskNone, "I'm so tired of this rain"},
	{RiskNone, "I want to sleep all day"},
	{RiskNone, "I don't want to go to the gym today"},
	{RiskNone, "can't wait for the weekend"},
	{RiskNone, "I feel much better today"},
	{RiskNone, "I took my medication"},
	{RiskNone, "I took two pills for my headache"},
	{RiskNone, "i took 2 ibuprofen"},
	{RiskNone, "end of the day walk"},
	{RiskNone, "the end of the world as we know it"},
	{RiskNone, "I'm over the moon"},
	{RiskNone, "We talked about the death of my grandmother in therapy"},
	{RiskNone, "I want to live a healthier life"},
	{RiskNone, "I love my life"},
	{RiskNone, "life is good"},
	{RiskNone, "Mood is ok, sleep was bad"},
	{RiskNone, "walked the dog for 30 min"},
	{RiskNone, "I'm not feeling great but ok"},
	{RiskNone, "I hit a wall during my run"},
	{RiskNone, "dead lift PR today"},
	{RiskNone, "deadlifts and squats"},
	{RiskNone, "I jumped off the diving board at the pool"},
	{RiskNone, "we did cliff jumping on vacation"},
	{RiskNone, "I'm ready to go"},
	{RiskNone, "ready to die on this hill (joke)"},
	{RiskNone, "I'm going to crush this workout"},
	{RiskNone, "That hill nearly killed me"},
	{RiskNone, "My calves are dying"},
	{RiskNone, "this spin class is murder"},
	{RiskNone, "I'm dead serious about running"},
	{RiskNone, "I could sleep forever"},
	{RiskNone, "I want to disappear into a good book"},
	{RiskNone, "end of story"},
	{RiskNone, "I ended the session early"},
	{RiskNone, "I gave away my old clothes to charity"},
	{RiskNone, "thanks for everything you do"},
	{RiskNone, "my dog died last year"},
	{RiskNone, "the plants are dying"},
	{RiskNone, "I'd kill for a nap"},
	{RiskNone, "killing two birds with one stone"},
	{RiskNone, "I'm sick of this weather"},
	{RiskNone, "tired of being tired"},
	{RiskNone, "we talked about my grandpa's death"},
	{RiskNone, "I'm fine, just tired"},
	{RiskNone, "The session went well and I feel hopeful"},
	{RiskNone, "I walked to the bridge and back, 40 min"},
	{RiskNone, "Took my meds and went to bed early"},
	{RiskNone, "I cut back on coffee"},
	{RiskNone, "My cat is on the windowsill"},
	{RiskNone, "I'm going to the gym tonight"},
	{RiskNone, "I hung out with friends"},
	{RiskNone, "I shot some hoops today"},
	{RiskNone, "We're going to the river this weekend"},
	{RiskNone, "I jumped on the trampoline with my kids"},
	{RiskNone, "end of week check in: mood 3"},
	{RiskNone, "finally finished that book"},
	{RiskNone, "I want to try swimming"},
	{RiskNone, "I'm not feeling 100% today"},
	{RiskNone, "the deadline is killing me but I'm ok"},
	{RiskNone, "I could die happy after that pizza"},
	{RiskNone, "I'll love you until the day I die"},
	{RiskNone, "I'm going to jump in the pool"},
	{RiskNone, "I want to be gone by 5 so I can make the class"},
	{RiskNone, "done with living room painting"},
	{RiskNone, "I'm done with life admin for today"},
	{RiskNone, "the plan is to walk tomorrow"},
	{RiskNone, "I have a plan to walk every day"},
	{RiskNone, "this is my last set"},
	{RiskNone, "my last message was about my sleep"},
	{RiskNone, "I'm giving away my old bike"},
	{RiskNone, "I took my pills on time"},
	{RiskNone, "my plant is dead"},
	{RiskNone, "died my hair blue"},
	{RiskNone, "I'm killing it"},
	{RiskNone, "killing me softly is a great song"},
	{RiskNone, "I have to go now, thanks for everything you do"},
	{RiskNone, "bye everyone!"},
	{RiskNone, "see you all next week"},
	{RiskNone, "I'm feeling alive"},
	{RiskNone, "no pain no gain"},
	{RiskNone, "I stopped my meds with my doctor's approval"},
	{RiskNone, "I want to end the week strong"},
	{RiskNone, "I want to stop smoking"},
	{RiskNone, "I want to stop drinking"},
	{RiskNone, "I want to quit my job"},
	{RiskNone, "I cut my hair"},
	{RiskNone, "I hit my head"},
	{RiskNone, "I'm so done with this weather"},
	{RiskNone, "I don't want to wake up early tomorrow"},
	{RiskNone, "I don't want to live in this city anymore"},
	{RiskNone, "I feel empty and numb"},
	{RiskNone, "I was dying to go for a run"},
	{RiskNone, "I killed two hours at the cafe"},
	{RiskNone, "I'm dead set on doing the 10k"},
	{RiskNone, "we're dying our hair for the party"},
	{RiskNone, "ready to crush it"},
	{RiskNone, "I gave myself a rest day"},
	{RiskNone, "I pushed myself hard today"},
	{RiskNone, "the film had a sad ending"},
	{RiskNone, "I want to live to 100"},
	{RiskNone, "mood 2, anxious, but I walked"},
	{RiskNone, "I'm going to sleep now, goodnight"},
	{RiskNone, "I'll be away tomorrow, no check-in"},
	{RiskNone, "I'm not safe to drive after ketamine, so I walked"},
	{RiskNone, "last check in was fine"},
	{RiskNone, "I want to go away for the weekend"},
	{RiskNone, "it was a killer run"},
	{RiskNone, "our dog had to be put down"},
	// None, Spanish.
	{RiskNone, "este entrenamiento va a matarme"},
	{RiskNone, "el ejercicio me mata"},
	{RiskNone, "me mata la espalda"},
	{RiskNone, "el calor me está matando"},
	{RiskNone, "me muero de hambre"},
	{RiskNone, "me muero de risa"},
	{RiskNone, "me voy a cortar el pelo"},
	{RiskNone, "estoy muerta de cansancio"},
	{RiskNone, "hoy caminé 30 minutos"},
	{RiskNone, "estoy cansada"},
	{RiskNone, "quiero correr mañana"},
	{RiskNone, "me siento mejor"},
	{RiskNone, "me muero de ganas de ir"},
	{RiskNone, "tengo un plan para mañana"},
	{RiskNone, "hoy me siento bien"},
	{RiskNone, "hoy hice 20 minutos de yoga y me siento bien"},
	{RiskNone, "estoy muerto después del gimnasio"},
	{RiskNone, "me muero de sueño"},
	{RiskNone, "no quiero despertar temprano"},
	{RiskNone, "no quiero vivir en esta ciudad"},
	{RiskNone, "me morí de risa"},
	// None, German.
	{RiskNone, "ich bin todmüde"},
	{RiskNone, "das Training bringt mich um"},
	{RiskNone, "bring mich um 8 zum Bahnhof"},
	{RiskNone, "ich sterbe vor Hunger"},
	{RiskNone, "ich bin total kaputt"},
	{RiskNone, "die Tabletten habe ich genommen"},
	{RiskNone, "ich bin bald da"},
	{RiskNone, "ich will die Welt sehen"},
	{RiskNone, "ich will heute laufen gehen"},
	{RiskNone, "ich bin müde"},
	{RiskNone, "ich fühle mich besser"},
	{RiskNone, "ich habe heute die Tabletten genommen"},
	{RiskNone, "ich bin tot müde"},
	{RiskNone, "ich habe einen plan für morgen"},
	{RiskNone, "ich habe heute Yoga gemacht"},
	{RiskNone, "ich bin fix und fertig nach dem training"},
	{RiskNone, "das bringt mich noch um"},
	{RiskNone, "ich habe mich beim Joggen verletzt"},
	{RiskNone, "ich bin heute 5 km gelaufen"},
	{RiskNone, "mein Hund ist gestorben"},
	{RiskNone, "die Übung war schwer"},
	{RiskNone, "die Tabletten helfen"},
	{RiskNone, "ich habe mich totgelacht"},
	// None, French.
	{RiskNone, "ce cours va me tuer"},
	{RiskNone, "je suis mort de fatigue"},
	{RiskNone, "je meurs de faim"},
	{RiskNone, "ça va me tuer ce cours"},
	{RiskNone, "je suis crevé"},
	{RiskNone, "mort de rire"},
	{RiskNone, "j'ai marché une heure"},
	{RiskNone, "je veux courir demain"},
	{RiskNone, "je suis fatigué"},
	{RiskNone, "je me sens mieux"},
	{RiskNone, "je suis mort"},
	{RiskNone, "je meurs d'envie d'y aller"},
	{RiskNone, "ça me tue"},
	{RiskNone, "on a fini la séance"},
	{RiskNone, "j'ai un plan pour demain"},
	{RiskNone, "aujourd'hui ça va"},
	{RiskNone, "je suis morte après la séance"},
	{RiskNone, "je ne veux plus vivre à Paris"},
	{RiskNone, "j'ai couru 5 km"},
	{RiskNone, "je me suis fait mal au genou"},
	{RiskNone, "mon chat est mort l'année dernière"},
	{RiskNone, "je suis mort de rire"},
	// Odd input.
	{RiskNone, ""},
	{RiskNone, "!!!???..."},
	{RiskNone, "🙂🙂🙂"},
}

func TestAssessRisk(t *testing.T) {
	for _, c := range riskCases {
		if got := AssessRisk(c.text); got != c.want {
			t.Errorf("AssessRisk(%q) = %v, want %v (normalised: %q)", c.text, got, c.want, riskSentences(c.text))
		}
	}
}

func TestAssessRiskCaseCounts(t *testing.T) {
	count := map[Risk]int{}
	for _, c := range riskCases {
		count[c.want]++
	}
	for level, least := range map[Risk]int{RiskCrisis: 50, RiskReview: 25, RiskNone: 45} {
		if count[level] < least {
			t.Errorf("%d %v cases, want at least %d", count[level], level, least)
		}
	}
}

func TestAssessRiskLongText(t *testing.T) {
	long := riskBenchText()
	if got := AssessRisk(long); got != RiskNone {
		t.Fatalf("AssessRisk(benign long text) = %v, want none", got)
	}
	if got := AssessRisk(long + " Anyway. I want to die."); got != RiskCrisis {
		t.Errorf("AssessRisk(long text ending in crisis) = %v, want crisis", got)
	}
	if got := AssessRisk("I want to die. " + long); got != RiskCrisis {
		t.Errorf("AssessRisk(long text starting with crisis) = %v, want crisis", got)
	}
}

func TestAssessRiskSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want Risk
	}{
		// A marker of the past in one sentence says nothing of the next.
		{"PastInOtherSentence", "Last year was hard. I want to kill myself.", RiskCrisis},
		{"PastInSameSentence", "Last year I wanted to kill myself.", RiskReview},
		// The highest level of any sentence wins.
		{"ReviewThenCrisis", "What's the point. Goodbye everyone.", RiskCrisis},
		{"NoneThenReview", "Walked 20 minutes! I'm not suicidal, just tired.", RiskReview},
		// An ellipsis does not end a sentence; a full stop does.
		{"Ellipsis", "I just... want... to die", RiskCrisis},
		{"FullStop", "I want to. Die Hard is on tonight", RiskNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := AssessRisk(tt.text); got != tt.want {
				t.Errorf("AssessRisk(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestRiskString(t *testing.T) {
	for r, want := range map[Risk]string{RiskNone: "none", RiskReview: "review", RiskCrisis: "crisis", Risk(7): "Risk(7)"} {
		if got := r.String(); got != want {
			t.Errorf("Risk(%d).String() = %q, want %q", int(r), got, want)
		}
	}
}

func TestRiskSentencesNormalise(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Don't   WANNA... die!!", []string{" do not want to die"}},
		{"I’m killlling my self", []string{" i am kiling my self"}},
		{"suicde, myslef, dye", []string{" suicide myself dye"}},
		{"Ich MÖCHTE nicht mehr leben. Schluß", []string{" ich mochte nicht mehr leben", " schlus"}},
		{"J'ai envie d'en finir", []string{" jai envie den finir"}},
		{"no quiero vivir más", []string{" no quiero vivir mas"}},
		{"cafe\u0301 Ñandú", []string{" cafe nandu"}},
		{"ran 5.5 kms. Then slept", []string{" ran 5 5 kms", " then slept"}},
		{"  \n!?  ", nil},
	}
	for _, tt := range tests {
		got := riskSentences(tt.text)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("riskSentences(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestRiskPhraseSyntax(t *testing.T) {
	words := map[string]string{"self": "(myself|my self)"}
	tests := []struct {
		phrase  string
		matches []string
		misses  []string
	}{
		{"kill {self}", []string{"kill myself", "I killll my self now"}, []string{"skilled myself", "kill me"}},
		{"suicid*", []string{"suicide", "Suicidal"}, []string{"nonsuicidal"}},
		{"self-harm*", []string{"self harm", "self-harming", "selfharm"}, []string{"self"}},
		{"don't want to? die", []string{"dont want die", "I do not want to die"}, []string{"want to die"}},
		{"möchte sterben", []string{"möchte sterben", "mochte sterben", "moechte sterben"}, []string{"mchte sterben"}},
		{"want ... die", []string{"want die", "want to just die"}, []string{"want to go and then die"}},
		{"took ## pills", []string{"took 30 pills", "took 11 pills"}, []string{"took 2 pills", "took 1 pill"}},
		{"i have a plan $", []string{"I have a plan."}, []string{"I have a plan for today"}},
		{"^ suicidal $", []string{"suicidal"}, []string{"not suicidal"}},
	}
	for _, tt := range tests {
		piece, err := compileRiskPhrase(tt.phrase, words)
		if err != nil {
			t.Errorf("compileRiskPhrase(%q): %v", tt.phrase, err)
			continue
		}
		re := regexp.MustCompile(piece.re)
		for _, s := range tt.matches {
			if !re.MatchString(riskSentences(s)[0]) {
				t.Errorf("%q (%s) does not match %q", tt.phrase, piece.re, s)
			}
		}
		for _, s := range tt.misses {
			if re.MatchString(riskSentences(s)[0]) {
				t.Errorf("%q (%s) matches %q", tt.phrase, piece.re, s)
			}
		}
	}
}

func TestRiskPhraseSyntaxErrors(t *testing.T) {
	// A phrase that needs no particular word would match every text.
	for _, phrase := range []string{"(a b", "a b)", "a ??", "{nope} die", "", "(|)", "a-", "(die)?", "...", "(a|b?)"} {
		set := riskPhraseSet{crisis: []string{phrase}}
		crisis := func(p riskPhraseSet) []string { return p.crisis }
		if _, err := compileRiskPhrases([]riskPhraseSet{set}, crisis); err == nil {
			t.Errorf("phrase %q compiled, want an error", phrase)
		}
	}
}

// crisisMethodWord finds words that name a means of harm, which a crisis
// reply must never contain.
var crisisMethodWord = regexp.MustCompile(`(?i)\b(pills?|tablets?|meds|medications?|overdose|jump\w*|rope|hang\w*|gun|knife|blade|razor|cut\w*|poison\w*|bridge|ledge|train|drown\w*|kill\w*|die|dying)\b`)

func TestCrisisReply(t *testing.T) {
	tests := []struct {
		country   string
		resources []string
		emergency string
	}{
		{"US", []string{"988", "text HOME to 741741"}, "911"},
		{"us", []string{"988", "741741"}, "911"},
		{"GB", []string{"Samaritans", "116 123"}, "999"},
		{"UK", []string{"116 123"}, "999"},
		{"DE", []string{"TelefonSeelsorge", "0800 111 0 111"}, "112"},
		{"FR", []string{"3114"}, "112"},
		{"ES", []string{"024"}, "112"},
		{"", []string{"findahelpline.com"}, "your local emergency number"},
		{"JP", []string{"findahelpline.com"}, "your local emergency number"},
	}
	for _, tt := range tests {
		t.Run(tt.country, func(t *testing.T) {
			reply := CrisisReply(tt.country)
			for _, want := range append(tt.resources, "immediate danger, call "+tt.emergency) {
				if !strings.Contains(reply, want) {
					t.Errorf("reply lacks %q:\n%s", want, reply)
				}
			}
			if m := crisisMethodWord.FindString(reply); m != "" {
				t.Errorf("reply names a means of harm, %q:\n%s", m, reply)
			}
			lines := strings.Split(reply, "\n")
			if !strings.HasPrefix(lines[1], "- ") || !strings.Contains(lines[1], tt.resources[0]) {
				t.Errorf("first resource is not right after the opening line:\n%s", reply)
			}
			if strings.Index(reply, tt.emergency) > strings.Index(reply, "Thank you") {
				t.Errorf("emergency services come after other words:\n%s", reply)
			}
			if !strings.HasSuffix(reply, "I'm here; you can keep writing to me.") {
				t.Errorf("reply does not leave the conversation open:\n%s", reply)
			}
			if got := AssessRisk(reply); got != RiskNone {
				t.Errorf("AssessRisk(reply) = %v: the bot's own words would raise an alarm", got)
			}
		})
	}
}

func TestCrisisReplyCountriesDiffer(t *testing.T) {
	if CrisisReply("US") == CrisisReply("GB") || CrisisReply("GB") == CrisisReply("") {
		t.Error("replies for different countries are the same")
	}
	if strings.Contains(CrisisReply("GB"), "988") || strings.Contains(CrisisReply("US"), "116 123") {
		t.Error("a reply carries another country's line")
	}
}

func TestSafetyQuestion(t *testing.T) {
	q := SafetyQuestion()
	for _, want := range []string{"are you safe right now?", "/crisis", "I'm here; you can keep writing to me."} {
		if !strings.Contains(q, want) {
			t.Errorf("SafetyQuestion() lacks %q: %s", want, q)
		}
	}
	if m := crisisMethodWord.FindString(q); m != "" {
		t.Errorf("SafetyQuestion() names a means of harm, %q", m)
	}
	if got := AssessRisk(q); got != RiskNone {
		t.Errorf("AssessRisk(SafetyQuestion()) = %v, want none", got)
	}
}

func TestCountryForZone(t *testing.T) {
	tests := map[string]string{
		"America/New_York": "US", "America/Chicago": "US", "America/Denver": "US",
		"America/Los_Angeles": "US", "America/Phoenix": "US", "America/Anchorage": "US",
		"America/Detroit": "US", "America/Indiana/Indianapolis": "US", "America/Indiana/Knox": "US",
		"America/Boise": "US", "Pacific/Honolulu": "US", "America/Adak": "US", "US/Eastern": "US",
		"Europe/London": "GB", "Europe/Berlin": "DE", "Europe/Paris": "FR",
		"Europe/Madrid": "ES", "Atlantic/Canary": "ES", "Africa/Ceuta": "ES",
		" Europe/London ": "GB",
		"America/Toronto": "", "America/Mexico_City": "", "America/Puerto_Rico": "",
		"Europe/Dublin": "", "Europe/Vienna": "", "Asia/Tokyo": "", "UTC": "", "": "", "europe/london": "",
	}
	for zone, want := range tests {
		if got := CountryForZone(zone); got != want {
			t.Errorf("CountryForZone(%q) = %q, want %q", zone, got, want)
		}
	}
}

func TestCountryForZoneNamesExist(t *testing.T) {
	for zone, country := range crisisZones {
		if _, err := time.LoadLocation(zone); err != nil {
			t.Errorf("zone %q (%s) is not in the tz database: %v", zone, country, err)
		}
		if _, ok := crisisLinesByCountry[country]; !ok {
			t.Errorf("zone %q maps to %q, which has no crisis lines", zone, country)
		}
	}
}

// riskBenchText is 2,000 characters of an ordinary check-in note, without
// crisis language, so that every sentence is screened in full.
func riskBenchText() string {
	note := "Walked 25 minutes after lunch and stretched for ten. Mood is a 3, energy a bit low, " +
		"slept badly because of the heat. I'm dying to try the yoga class on Thursday; my legs " +
		"are dead after yesterday's hill, which nearly killed me. Took my meds on time! Talked with " +
		"my sister about the session; she thinks I'm killing it. "
	var b strings.Builder
	for b.Len() < 2000 {
		b.WriteString(note)
	}
	return b.String()[:2000]
}

func BenchmarkAssessRisk(b *testing.B) {
	text := riskBenchText()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		AssessRisk(text)
	}
}
