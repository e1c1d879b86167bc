package knowledge_test

import "testing"

// A name written with its figure ("3D", "5G") is one word, which a source
// must have: "3D" is no question about the figure 3.
func TestNameWithItsFigure(t *testing.T) {
	ix := quietIndex(t, "",
		"The plant. Holm opened its packaging plant in Vik in 2023, with 3 lines.",
		"The staff. The plant employs 900 people.",
	)
	wantDeclined(t, ix, "is holm going ahead with its 3D packaging plant?", "3D")
	wantFirst(t, ix, "how many lines does holm's packaging plant have?", "p1")
}
