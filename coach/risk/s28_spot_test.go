package risk

import "testing"

// Set 28's plain intent, held by the phrases alone; the idioms beside it
// stay ordinary.
func TestSpotS28(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		{"si mañana no me renuevan el permiso de trabajo me mato. ya sé dónde y cómo", Crisis},
		{"i bring mi heit um. is fix. servus", Crisis},
		{"grad wieder mit der rasierklinge. hab aufgehört zu zählen", Crisis},
		{"bisous à tous. vous me reverrez plus. effacez mon insta", Crisis},
		{"chao a todos, gracias por los años en el equipo. no me van a volver a ver", Crisis},

		{"me mato a estudiar para el examen de mañana", None},
		{"jaja me mato de risa con este video", None},
		{"ya sé dónde y cómo llegar al estadio, gracias", None},
		{"vous me reverrez plus au club, je déménage à Lyon le mois prochain", None},
		{"you'll never see me again at that gym, switching to the one near work", None},
	})
}
