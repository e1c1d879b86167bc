package knowledge

import (
	"slices"
	"strings"
)

// MissingToName returns the words of an answered question that no source
// has and that its answer names as left out ("The sources say nothing
// about: ..."). A question on whether something is so ("did the union
// ballot on a ceasefire?") asks it in every word, and each one no source
// has is named but English's closed classes ("anybody", "another", "via"),
// which name nothing; a question after something (what, how many, who,
// where) names what it asks for, and only the words that name something
// (a country, a figure, a specific term: "Belarus", "200,000") are, not
// the everyday words and idioms it is put in ("move the needle", "this
// whole mess", "where's she based"), which the coverage rule did not count
// against it either. Result.Missing lists every word no source has.
func (ix *Index) MissingToName(r Result) []string {
	if slices.ContainsFunc(ix.Parts(r.Text), func(p Part) bool { return p.YesNo }) {
		return slices.DeleteFunc(slices.Clone(r.Missing), func(m string) bool { return closedClass[strings.ToLower(m)] })
	}
	var out []string
	for _, m := range r.Missing {
		i := slices.IndexFunc(r.Terms, func(t QueryTerm) bool { return t.Surface == m })
		if i < 0 || r.Terms[i].Salient || r.Terms[i].Name {
			out = append(out, m)
		}
	}
	return out
}

// closedClass are words of English's closed classes that Snowball's stop
// words leave out: prepositions, indefinite pronouns and determiners.
// They help a passage rank, but are never what the sources leave out.
// ("without" and "within" are dropped from questions: see questionWords.)
var closedClass = setOf("via", "amid", "amongst", "upon", "onto", "toward", "towards",
	"anybody", "anyone", "somebody", "someone", "everybody", "everyone", "nobody",
	"anywhere", "somewhere", "everywhere", "nowhere", "whatever", "whoever",
	"whichever", "wherever", "whenever", "another", "either", "neither", "enough")
