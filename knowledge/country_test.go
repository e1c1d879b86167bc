package knowledge_test

import "testing"

// A count asked of one country, where the passage that gives the count
// names another country beside it and never the one asked, is declined
// as the other country's; a count in a passage that names the country
// asked, or one beside no other country, is an answer.
func TestCountOfAnotherCountry(t *testing.T) {
	glossary := "zambia: [Zambia, Zambian]\nzimbabwe: [Zimbabwe, Zimbabwean]\n"
	ix := quietIndex(t, glossary,
		"The mines. The Mineworkers Union of Zambia said 1,200 contract workers on the Copperbelt had been laid off since June.",
		"The grid. Zimbabwe and Zambia share the Kariba dam, and both have cut power to industry.",
		"The towns. Zimbabwe's smelters are running at half capacity.",
		"The farms. Irrigation schemes along the Zambezi have stopped pumping.",
		"The border. Zambia and Zimbabwe both rely on imported diesel.",
	)
	wantDeclined(t, ix, "how many zimbabwean workers have been laid off?", "for Zambia, not for Zimbabwe")
	wantFirst(t, ix, "how many zambian workers have been laid off?", "p1")
	// no other country beside the count: the question's own words decide
	ix = quietIndex(t, glossary,
		"The mines. The union said 1,200 contract workers on the Copperbelt had been laid off since June.",
		"The grid. Zimbabwe and Zambia share the Kariba dam, and both have cut power to industry.",
		"The towns. Zimbabwe's smelters are running at half capacity.",
		"The farms. Irrigation schemes along the Zambezi have stopped pumping.",
		"The border. Zambia and Zimbabwe both rely on imported diesel.",
	)
	wantFirst(t, ix, "how many zimbabwean workers have been laid off?", "p1")
}
