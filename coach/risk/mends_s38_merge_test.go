package risk

import "testing"

func TestMergeS38(t *testing.T) {
	checkPhrasesAlone(t, []levelCase{
		{"mi niño de dos años se comió unas pastillas de la abuela y está muy adormilado", Crisis},
		{"la nena se tomó varias pastillas de mi bolso y está muy dormida, no reacciona", Crisis},
		{"mi niño se comió unas gominolas y está dormido en el sofá", None},
	})
	checkScreen(t, []levelCase{
		{"mein bruder sagt er bringt mich um wenn ich seine pizza esse lol", None},
		{"morgen bring ich mich um", Crisis},
	})
}
