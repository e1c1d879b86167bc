package knowledge_test

import (
	"testing"
)

// yearComparedRE is meant to find a question that compares with another
// time ("vs 2023", "since 2019"), but it matches any "from", "between" or
// "against": "how many people died from fires in the 2017 season?" and
// "how many people died between june and august 2017?" compare with no
// other year, yet count.years is dropped for them, so the passage that
// counts the dead of another season (27 people, of the Quenby season)
// answers for 2017 again. The rule should look for these words only
// before a time ("from 2019", "between 2019 and"), not as a cause or a
// span inside the year asked; the passage gives no deaths of 2017.
func TestReview38bYearComparedTooWide(t *testing.T) {
	ix := quietIndex(t, "",
		"The Quenby season. The Quenby Fire burned 51,200 hectares and killed four people. By the close of the season on 31 October, 27 people had died in the province's fires. The previous record season, 2017, had burned 96,000 hectares and destroyed 640 homes.",
		"The floods. In 2019 the Dalvik river flooded twice. The floods killed 14 people in the valley.",
	)
	wantFirst(t, ix, "how many people died in the fire season?", "p1")
	wantNotCovered(t, ix, "how many people died in the 2017 fire season?") // as the rule intends
	wantNotCovered(t, ix, "how many people died from fires in the 2017 season?")
	wantNotCovered(t, ix, "how many people died between june and august 2017?")
}

// ofYears keeps the sentence that names the year asked and only the one
// after it, so a passage that names the year once and goes on about it
// for longer loses its count: "In 2019 the Dalvik river flooded twice.
// The water rose two metres in a night. The floods killed 14 people" no
// longer answers "how many people did the 2019 floods kill?", and a
// passage headed "The 2018 storm." loses every sentence past the second.
// Sentences that name no other year go on telling of the year named
// before them, up to the next that names another; both questions are
// answered by their passage.
func TestReview38bYearGoesOnPastOneSentence(t *testing.T) {
	ix := quietIndex(t, "",
		"The floods. In 2019 the Dalvik river flooded twice. The water rose two metres in a night. The floods killed 14 people in the valley.",
		"The 2018 storm. A storm struck the Yarrow coast in March. It wrecked 300 boats.",
	)
	wantFirst(t, ix, "how many people did the 2019 floods kill?", "p1")
	wantFirst(t, ix, "how many boats did the 2018 storm wreck?", "p2")
}

// countedOf hands givenOf only the sentences ofYears keeps, so the
// sentence before that says whose figure it is ("Ostry paid out on most
// fire claims. In 2017 it paid 2,400 claims.") is gone: "it" is then read
// as no party at all, and Ostry's count answers "how many claims did
// ferrant pay in 2017?". Without the year the question is rightly
// declined. The year should narrow which sentences may give the figure,
// not the sentences givenOf looks back on to find whose it is.
func TestReview38bYearKeepsWhoseFigure(t *testing.T) {
	ix := quietIndex(t, "ferrant: [Ferrant Mutual, Ferrant]\nostry: [Ostry Assurance, Ostry]\n",
		"Claims. Ferrant and Ostry are the largest insurers in Dalvik. Ostry paid out on most fire claims. In 2017 it paid 2,400 claims.",
		"The decade. Between 2011 and 2020 fires destroyed 1,200 homes in the province.",
		"The season. The 2017 season was quiet; the floods of 2019 were not.",
	)
	wantNotCovered(t, ix, "how many claims did ferrant pay?") // as before the change
	wantNotCovered(t, ix, "how many claims did ferrant pay in 2017?")
	wantFirst(t, ix, "how many claims did ostry pay in 2017?", "p1")
}

// countedOf narrows the passage to the year's sentences with
// &Passage{ID, Text}, dropping its Source and N, so every rule that reads
// the passage before it (referredBack: "The act passed ..." after the
// passage that names the Flood Relief Act) no longer applies: "how many
// votes did the flood relief act get?" is answered, but the same question
// "in 2021" is declined though the counting sentence names 2021 itself.
// The narrowed passage should keep its place in its source (a copy with
// only its text replaced).
func TestReview38bYearKeepsPassagePlace(t *testing.T) {
	ix := quietIndex(t, "relief-act: [Flood Relief Act]\nassembly: [Grenby Assembly]\n",
		"The bill. The government's answer was the Flood Relief Act, tabled in March 2021 by the finance minister.",
		"The vote. The act passed the Grenby Assembly on 25 June 2021 by 47 votes to 36.",
		"Elections. The Grenby Assembly was elected in May 2019 and has 83 seats.",
	)
	wantFirst(t, ix, "how many votes did the flood relief act get?", "p2") // as before the change
	wantFirst(t, ix, "how many votes did the flood relief act get in 2021?", "p2")
}

// goesOnAbout takes "the fire" opening a passage as going on about the
// Quenby Fire named in the passage before, though the passage is headed
// by and about another fire, the Skarra Fire: the "no passage is about
// them together" rule then lets Corvel's payments on the Skarra Fire
// answer "did corvel pay claims on the quenby fire?". referredBack, the
// helper that already does this, skips a head that another name in the
// passage ends in (headOfAnother) and generic heads; goesOnAbout
// duplicates it without those checks. The question should be declined.
func TestReview38bNounOfAnotherName(t *testing.T) {
	ix := quietIndex(t, "quenby-fire: [Quenby Fire]\nskarra-fire: [Skarra Fire]\ncorvel: [Corvel Group, Corvel]\n",
		"The Quenby Fire. The Quenby Fire burned 142,600 hectares and destroyed 3,210 homes.",
		"The Skarra Fire. The fire near Skarra Pass was started by lightning. Corvel paid EUR 40 million on claims from it.",
	)
	wantFirst(t, ix, "did corvel pay claims on the skarra fire?", "p2")
	wantDeclined(t, ix, "did corvel pay claims on the quenby fire?", "together")
}

// nameWordRE (`\bnames?\b`) is meant to find a question that asks for a
// name in so many words ("the name of the farmer"), but it also matches
// the verb: "which official did the inquiry name as responsible?" asks
// which official, as "which official did the inquiry hold responsible?"
// does, and the rule's comment and commit say such a question is still
// left to the sources' titles. Here the official is even named, in apposition a few
// words after the word ("the official in charge of evacuation orders,
// Deputy Fire Commissioner Mira Solvang"), yet it is declined as "The
// sources do not name the official". The rule should take "name" as a
// noun only ("name of", "name?", "any name", "names").
func TestReview38bNameAsVerb(t *testing.T) {
	ix := quietIndex(t, "quenby-fire: [Quenby Fire]\n",
		"The inquiry. The inquiry into the Quenby Fire named the official in charge of evacuation orders, Deputy Fire Commissioner Mira Solvang, as responsible for the late order.",
		"The crews. Two volunteer firefighters died on 9 July 2021.",
	)
	wantFirst(t, ix, "which official did the inquiry hold responsible for the late order?", "p1")
	wantFirst(t, ix, "which official did the inquiry name as responsible for the late order?", "p1")
}

// With nameWordRE a person asked by one word is now judged by unnamed,
// which finds a name only right beside the word (or in apposition): "The
// pilot killed near Dalvik was Jansi Rheel" names the pilot, and "which
// pilot was killed near dalvik?" is answered by it, but adding "name?"
// declines it as "The sources do not name the pilot". A person named as
// what the word's noun phrase was (after "was", "is") is named; the
// question should be answered by the passage that names him.
func TestReview38bPersonNamedAfterWas(t *testing.T) {
	ix := quietIndex(t, "dalvik: [Dalvik]\n",
		"The crews. Two volunteer firefighters died on 9 July 2021. The pilot killed near Dalvik was Jansi Rheel, a former air force officer, who had flown for the service since 2015.",
		"The aircraft. The service leases six water-bombing aircraft.",
	)
	wantFirst(t, ix, "which pilot was killed near dalvik?", "p1") // as before the change
	wantFirst(t, ix, "which pilot was killed near dalvik? name?", "p1")
}

// withoutDates removes only the dates FindWhen reads in full, with a
// year: a day of a month written without one ("burned on 14 August, the
// first day of the fire") is still taken for a figure, so "how many houses
// burned in osterlund?" is answered by a sentence about one plaintiff's
// house. The commit says the day of a date counts nothing; a day without
// its year is a day too, and the question should not be covered.
func TestReview38bYearlessDayIsNoCount(t *testing.T) {
	ix := quietIndex(t, "osterlund: [Osterlund]\nquenby-fire: [Quenby Fire]\n",
		"The plaintiff. The lead plaintiff is Mira Solvang, whose house in Osterlund burned on 14 August, the first day of the Quenby Fire.",
		"The toll. The Quenby Fire destroyed 3,210 houses.",
	)
	wantFirst(t, ix, "how many houses did the quenby fire destroy?", "p2")
	wantNotCovered(t, ix, "how many houses burned in osterlund?")
}

// withoutDates blanks "15 August 2021" of "the night of 14-15 August 2021"
// and "16 August 2021" of "between 14 and 16 August 2021", leaving the
// first day of the range ("14-", "14 and") to be read as a count: a
// sentence about one house that burned over two nights answers "how many
// houses burned in osterlund?". A range of days is a date as much as one
// day is; neither question should be covered.
func TestReview38bDayRangeIsNoCount(t *testing.T) {
	ix := quietIndex(t, "osterlund: [Osterlund]\npelham: [Pelham]\nquenby-fire: [Quenby Fire]\n",
		"The plaintiff. The lead plaintiff is Mira Solvang, whose house in Osterlund burned on the night of 14-15 August 2021 in the Quenby Fire.",
		"The second plaintiff. Jansi Rheel's house in Pelham burned between 14 and 16 August 2021.",
		"The toll. The Quenby Fire destroyed 3,210 houses.",
	)
	wantNotCovered(t, ix, "how many houses burned in osterlund?")
	wantNotCovered(t, ix, "how many houses burned in pelham?")
}

// withoutSums blanks a sum "to its figure's end", but a range stops at
// its dash: "$2-3 million" and "DVM 8-11 million" leave "3" and "11",
// read as a part of the whole asked, so "how many of the 520 homes were
// insured?" is covered by a sentence that gives only what insurers paid.
// The second figure of a range is the sum's too; neither question is
// answered by its passage.
func TestReview38bSumRangeIsNoPart(t *testing.T) {
	ix := quietIndex(t, "mark: [Dalvik mark, DVM]\n",
		"Yarrow. The fire destroyed 520 homes in Yarrow; insurers paid $2-3 million.",
		"Pelham. The fire destroyed 630 homes in Pelham; insurers paid DVM 8-11 million.",
		"Claims. Of the 300 claims filed, 120 were paid by June.",
	)
	wantFirst(t, ix, "how many of the 300 claims were paid?", "p3")
	wantNotCovered(t, ix, "how many of the 520 homes were insured?")
	wantNotCovered(t, ix, "how many of the 630 homes were insured?")
}

// A sum whose figure is a number word ("two million euros") keeps its
// figure: moneyRE matches only "million euros" and withoutSums blanks
// forward from the match, so "two" is left at the end of the sentence
// and read as a part: "how many of the 410 homes were insured?" is
// answered by what insurers paid. The number word before the sum's unit
// belongs to the sum; the question is not covered.
func TestReview38bSumInWordsIsNoPart(t *testing.T) {
	ix := quietIndex(t, "",
		"Yarrow. The fire destroyed 410 homes in Yarrow; insurers paid two million euros.",
		"Claims. Of the 300 claims filed, 120 were paid by June.",
	)
	wantFirst(t, ix, "how many of the 300 claims were paid?", "p2")
	wantNotCovered(t, ix, "how many of the 410 homes were insured?")
}

// The day-first ranking puts first any passage, within wideMargin, that
// names the question's names and the day, whatever its sentence on that
// day tells: "was the quenby fire evacuation order on 9 august?" is
// answered by the passage on the fire's start on 9 August alone, the
// passage on the evacuation order (on 14 August, so: no) cut from the
// hits. The day should bring forward a passage that tells of it on what
// is asked, not one that tells of it on another event ahead of the
// passage that dates what is asked (the order) to another day; the
// order's passage should be cited first.
func TestReview38bDayOfAnotherEvent(t *testing.T) {
	ix := quietIndex(t, "quenby-fire: [Quenby Fire]\ndalvik: [Dalvik]\n",
		"The start. The Quenby Fire started on 9 August 2021 beneath a power line near Dalvik.",
		"The order. The evacuation order for the Quenby Fire came on 14 August 2021, when flames reached the valley road.",
		"The toll. The Quenby Fire burned for 27 days and killed 19 people.",
	)
	wantFirst(t, ix, "did the quenby fire start on 9 august?", "p1")
	wantFirst(t, ix, "was the quenby fire evacuation order on 9 august?", "p2")
}
