package knowledge

import (
	"html"
	"slices"
	"strings"
	"unicode"

	"github.com/dossier-bot/dossier/knowledge/lazyre"
	"github.com/dossier-bot/dossier/knowledge/lexicon"
)

// bioRE finds "bio" closing what a question asks ("tarn bio", "bio
// pls?"), a biography; not "bio fuel".
var bioRE = lazyre.New(`(?i)\bbio(\s*(?:$|[?.!,;/+&]|pls\b|please\b|and\b|or\b))`)

// bio writes "bio" that closes what is asked as "background".
func (n *normalizer) bio(s string) string {
	if !bioRE.MatchString(s) {
		return s
	}
	n.steps = append(n.steps, Step{Stage: "forms", Before: "bio", After: "background"})
	return bioRE.ReplaceAllString(s, "background$1")
}

type normalizer struct {
	name    func(string) bool // a word in capitals the sources use as a name, or nil
	written func(string) bool // a word the sources write as it is, or nil
	steps   []Step
	asides  []string // labels of links pasted beside the question
}

// stretchedRE finds a word with a letter written twice or more in a row:
// stretched for stress in chat ("sooo", "pleeease"), or a word's own. The
// letters around it make it whole (no lookaround in Go's regexps); only a
// word of ASCII letters, as the lexicon's are, in lower case or
// capitalised.
var stretchedRE = lazyre.New(`(?:^|[^\p{L}])([A-Za-z]?[a-z]*(?:aa|bb|cc|dd|ee|ff|gg|hh|ii|jj|kk|ll|mm|nn|oo|pp|qq|rr|ss|tt|uu|vv|ww|xx|yy|zz)[a-z]*)(?:[^\p{L}]|$)`)

// unstretched writes a word stretched for stress as the word ("sooo": so,
// "whyyy": why, "reallly": really): a word the lexicon does not know, or
// knows only as one of the rarest ("noo"), whose runs of a letter,
// shortened, make a common one. A word's own doubled letters stay
// ("coffee"), as does a stretched word that makes none ("okkk").
func (n *normalizer) unstretched(s string) string {
	// one at a time: a match takes the character after its word, which
	// may begin the next ("sooo whyyy")
	for at := 0; at < len(s); {
		loc := stretchedRE.FindStringSubmatchIndex(s[at:])
		if loc == nil {
			break
		}
		start, end := at+loc[2], at+loc[3]
		at = end
		w := s[start:end]
		lower := strings.ToLower(w)
		if lexicon.Known(lower) && lexicon.Level(lower) < lexicon.LargestSize || start > 0 && isDigit(s[start-1]) {
			continue // a word, or a unit after a figure ("155mm")
		}
		// a letter written three times or more is stretched ("sooo"); a
		// vowel written twice only when it makes a word of function ("soo":
		// so), in a word in lower case (not "uss", nor a surname: "Haass")
		tripled := shortenRuns(lower, 2) != lower
		for _, keep := range []int{2, 1} {
			c := shortenRuns(lower, keep)
			if !tripled && (w != lower || !isStopWord(c) || !doubledVowel(lower)) {
				continue
			}
			if l := lexicon.Level(c); c != lower && len(c) > 1 && l > 0 && l <= commonLevel {
				if w[0] != lower[0] {
					c = strings.ToUpper(c[:1]) + c[1:]
				}
				n.add("forms", w, c)
				s = s[:start] + c + s[end:]
				at = start + len(c)
				break
			}
		}
	}
	return s
}

// doubledVowel reports whether a word has a vowel written twice in a row.
func doubledVowel(w string) bool {
	for i := 1; i < len(w); i++ {
		if w[i] == w[i-1] && strings.IndexByte("aeiouy", w[i]) >= 0 {
			return true
		}
	}
	return false
}

// commonLevel is the largest SCOWL size of a common English word.
const commonLevel = 35

// shortenRuns writes each run of a letter longer than keep (ASCII) keep
// times; with keep 1, every run once.
func shortenRuns(w string, keep int) string {
	var b strings.Builder
	run := 0
	for i := 0; i < len(w); i++ {
		if i > 0 && w[i] == w[i-1] {
			run++
		} else {
			run = 1
		}
		if run <= keep {
			b.WriteByte(w[i])
		}
	}
	return b.String()
}

func (n *normalizer) add(stage, before, after string) {
	n.steps = append(n.steps, Step{Stage: stage, Before: before, After: after})
}

func (n *normalizer) markup(s string) string {
	for _, loc := range slices.Backward(slackLinkRE.FindAllStringSubmatchIndex(s, -1)) {
		m, label := s[loc[0]:loc[1]], ""
		if loc[4] >= 0 {
			label = s[loc[4]:loc[5]]
		}
		before := strings.TrimRight(s[:loc[0]], " \t")
		opens := strings.TrimSpace(slackRefRE.ReplaceAllString(before, "")) == ""
		if label != "" && (opens || strings.Trim(s[loc[1]:], " \t\n.!?,;:)") == "" || strings.HasSuffix(before, "?")) {
			n.add("aside", m, label)
			n.asides = append(n.asides, label)
			label = ""
		} else {
			n.add("markup", m, label)
		}
		s = s[:loc[0]] + " " + label + " " + s[loc[1]:]
	}
	s = slackRefRE.ReplaceAllStringFunc(s, func(m string) string {
		n.add("markup", m, "")
		return " "
	})
	if u := html.UnescapeString(s); u != s { // Slack escapes &, < and > as entities
		n.add("markup", "HTML entities", "characters")
		s = u
	}
	for _, re := range []*lazyre.Regexp{bareURLRE, emojiRE, plainMentionRE} {
		s = re.ReplaceAllStringFunc(s, func(m string) string {
			n.add("markup", strings.TrimSpace(m), "")
			return " "
		})
	}
	if formatRE.MatchString(s) {
		out := formatRE.ReplaceAllString(s, " ")
		if out != s {
			n.add("markup", "formatting characters", "")
		}
		s = out
	}
	return s
}

// checkTagRE finds a question that ends by asking whether what it says is
// so ("..., is that right?", "true?"): what comes before is a claim.
var checkTagRE = lazyre.New(`(?i)(?:\bis\s+(?:that|this|it)\s+(?:right|true|correct|accurate|legit|so)|\b(?:true|right|correct|accurate|legit|confirm(?:ed)?)\s*)\W*$`)

// hearsayRE finds a question opening with what the asker heard ("hearing
// ...", "i heard that ...", "been hearing ..."); the group is the opener.
var hearsayRE = lazyre.New(`(?i)^\W*((?:(?:i['’]?m|i\s+am|i['’]?ve\s+been|been|i|we['’]?re|we)\s+)?(?:hearing|heard|hear)(?:\s+that)?\s+)\S`)

// sawRE finds a question opening with what the asker saw ("saw the
// article was corrected, ..."); the group is the opener.
var sawRE = lazyre.New(`(?i)^\W*((?:(?:i['’]?ve|i|we|just)\s+)?(?:saw|seen|noticed)(?:\s+that)?\s+)\S`)

// hectaresRE finds "ha" after a figure ("142k ha", "38,900ha"): hectares.
// gluedCodeRE finds a code of three capitals glued to a sum's figure
// ("VMK1.5bn", "EUR300m"): a currency's, written apart as the sources
// write it.
var (
	hectaresRE  = lazyre.New(`(?i)\b(\d[\d,.]*(?:k|m)?|how\s+many)\s?ha\b`)
	gluedCodeRE = lazyre.New(`(?i)\b([a-z]{3})(\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|mn|bn|b|tn|million|billion|thousand)\b)?)`)
)

// howIsRE finds "is" written as "'s" after "how" and the word of a measure
// ("how long's the tunnel?", "how far's the port?").
var howIsRE = lazyre.New(`(?i)\b(how\s+(?:` + sizeWords + `|big|large|much|many))['’]s\b`)

// askedAfterRE finds a question asked after a clause and a comma ("saw the
// article was corrected, what got changed?"): the clause is what the
// asker saw.
var askedAfterRE = lazyre.New(`(?i),\s*(?:so\s+)?(?:what|how|who|whom|whose|when|where|why|which|did|does|do|is|was|were|are|has|have|any)\b[^,]*$`)

func (n *normalizer) chat(s string) string {
	// "142k ha": hectares after a figure, not laughter; "VMK1.5bn": a
	// currency's code glued to its sum
	s = replaceMatches(hectaresRE, s, func(sub []string) (string, bool) {
		out := sub[1] + " hectares"
		n.add("forms", sub[0], out)
		return out, true
	})
	s = replaceMatches(gluedCodeRE, s, func(sub []string) (string, bool) {
		code := strings.ToUpper(sub[1])
		sum := sub[1] == code && (strings.ContainsAny(sub[2], ",.") || !unicode.IsDigit(rune(sub[2][len(sub[2])-1])))
		if !sum && !lexicon.CurrencyCode(code) && (n.name == nil || !n.name(code)) {
			return "", false // "abc123": no sum; "vmk90k", "USD300": a currency's
		}
		out := code + " " + sub[2]
		n.add("forms", sub[1]+sub[2], out)
		return out, true
	})
	s = replaceMatches(howIsRE, s, func(sub []string) (string, bool) {
		out := sub[1] + " is" // "how long's the tunnel?": how long is it
		n.add("forms", sub[0], out)
		return out, true
	})
	s = sorryRE.ReplaceAllStringFunc(s, func(m string) string {
		n.add("chat", strings.TrimSpace(m), "")
		return " "
	})
	if m := quickOneRE.FindStringSubmatchIndex(s); m != nil {
		n.add("chat", strings.TrimSpace(s[m[2]:m[3]]), "")
		s = s[m[1]:] // "quick one for a map graphic: ...", opening the message
	}
	if m := openerRE.FindStringSubmatchIndex(s); m != nil && questionOpeners[strings.ToLower(s[m[4]:m[5]])] {
		n.add("chat", s[m[2]:m[3]], "")
		s = s[m[4]:]
	}
	// "hearing Holm only gets three hours, is that right?": what was
	// heard is the question
	if m := hearsayRE.FindStringSubmatchIndex(s); m != nil && (strings.HasSuffix(strings.ToLower(strings.TrimSpace(s[m[2]:m[3]])), " that") || checkTagRE.MatchString(s)) {
		n.add("chat", strings.TrimSpace(s[m[2]:m[3]]), "")
		s = s[:m[2]] + s[m[3]:]
	} else if m := sawRE.FindStringSubmatchIndex(s); m != nil && askedAfterRE.MatchString(s) {
		// "saw the article was corrected, what got changed?": what was
		// seen, then the question
		n.add("chat", strings.TrimSpace(s[m[2]:m[3]]), "")
		s = s[:m[2]] + s[m[3]:]
	}
	s = replaceMatches(forRealRE, s, func(sub []string) (string, bool) {
		n.add("chat", sub[2], "")
		return strings.TrimSpace(sub[3]), true
	})
	s = replaceMatches(orCapRE, s, func(sub []string) (string, bool) {
		n.add("chat", "or cap", "")
		return sub[1], true
	})
	s = n.dropPhrases(slangRE, s)
	// "power line or something else?": an alternative asked, not chat's
	// "or something" (a no-break space keeps the phrase whole)
	s = orElseRE.ReplaceAllString(s, "$1\u00a0else")
	// "let me know if the bridge has reopened": a request, which asks
	s = letMeKnowRE.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, " ", "\u00a0") })
	s = n.dropPhrases(closeChatRE, n.dropPhrases(openChatRE, s))
	if !mayChat(s) {
		return strings.ReplaceAll(s, "\u00a0", " ") // no word chat's phrases open with: the large pattern is not run
	}
	return strings.ReplaceAll(n.dropPhrases(chatRE, s), "\u00a0", " ")
}

// openChatRE and closeChatRE find a word of chat that asks nothing ("bump",
// "ping") where it stands apart at the start of a message, set off by a
// mark ("bump: did ...?", "ping - who ...?"), or alone after its question
// ("... ? bump"); elsewhere it is the question's ("did they bump the
// offer?", "a pay bump?", "bump stocks: ...", "Ping An: ...", "who do I
// ping in IT").
var (
	openChatRE  = lazyre.New(`(?i)(^\s*)(?:bump|ping)(\s*[,.;:!?—–-]+\s*)`)
	closeChatRE = lazyre.New(`(?i)([?!.]\s*)(?:bump|ping)(\s*[.!?]*\s*$)`)
)

// chatOpeners are the first words of chatFraming's phrases, lower case,
// letters and digits only ("tl" of "tl;dr", "1" of "+1").
var chatOpeners = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range chatFraming {
		if ws := strings.FieldsFunc(p, notLetterOrDigit); len(ws) > 0 {
			m[ws[0]] = true
		}
	}
	return m
}()

// mayChat reports whether a text has a word some phrase of chat's framing
// opens with: a cheap test before chatRE, whose size makes each run
// costly.
func mayChat(s string) bool {
	for _, w := range strings.FieldsFunc(s, notLetterOrDigit) {
		if chatOpeners[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

func notLetterOrDigit(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// letMeKnowRE finds "let me know" or "lmk" before what is asked ("let me
// know if ...", "lmk whether ...").
var letMeKnowRE = lazyre.New(`(?i)\b(?:let me know|lmk)\s+(?:if|whether|what|who|when|where|why|how|which)\b`)

// orElseRE finds "or something else", "or anything else".
var orElseRE = lazyre.New(`(?i)\b(or\s+(?:something|anything))\s+else\b`)

// dropPhrases takes out, one at a time, each phrase re finds between its
// two delimiter groups, keeping the delimiters ("hey, is it open": ", is
// it open"); a match may take the delimiter the next one needs.
func (n *normalizer) dropPhrases(re *lazyre.Regexp, s string) string {
	from := 0
	for {
		loc := re.FindStringSubmatchIndex(s[from:])
		if loc == nil {
			return s
		}
		start, end := from+loc[3], from+loc[4]
		if key := strings.TrimSpace(s[start:end]); n.name != nil && len(key) > 1 && key == strings.ToUpper(key) && n.name(key) {
			from = end // "ASAP", where the glossary has it: a name, no chat
			continue
		}
		n.add("chat", strings.TrimSpace(s[start:end]), "")
		s = s[:start] + " " + s[end:]
		from = start
	}
}
