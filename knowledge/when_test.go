package knowledge_test

import (
	"testing"

	"github.com/dossier-bot/dossier/knowledge"
)

var whenTests = []struct {
	name, sentence string
	text, date     string // the first date found; "" for none
	approximate    bool
}{
	{"day month year", "The gates closed on 3 March 2019 at dawn.", "3 March 2019", "2019-03-03", false},
	{"month day, year", "The events unfolding since February 24, 2022, changed much.", "February 24, 2022", "2022-02-24", false},
	{"qualified month", "It was ordered in late September 2022 by the president.", "late September 2022", "2022-09", false},
	{"month year", "Traffic might resume in September 2022.", "September 2022", "2022-09", false},
	{"qualified year", "Links were cut in early 2020 because of the virus.", "early 2020", "2020", false},
	{"year", "The treaty of 1961 still stands.", "1961", "1961", false},
	{"last year", "Last year, traffic fell by a third.", "Last year", "2020", true},
	{"this month", "The talks start this month.", "this month", "2021-06", true},
	{"bare month before the source", "In May, the towns agreed to talks.", "In May", "2021-05", true},
	{"bare month after the source's month is last year's", "In September, the port reopened.", "In September", "2020-09", true},
	{"a month told as to come is the next", "The lease expires on 31 March, and the port will reopen.", "on 31 March", "2022-03-31", true},
	{"a meeting called for a month to come", "The board has called a meeting in Riga on 19 March to sign the lease.", "on 19 March", "2022-03-19", true},
	{"a month to come, in the source's year", "Responses are due in September.", "in September", "2021-09", true},
	{"a body that meets on a day, in the present", "The board meets to decide on 26 February, and the offer lapses later.", "on 26 February", "2022-02-26", true},
	{"votes the noun is no present", "The votes on 17 February were recounted.", "on 17 February", "2021-02-17", true},
	{"a month in the simple past stays the last", "The port reopened on 19 March and will stay open.", "on 19 March", "2021-03-19", true},
	{"a month in another clause's past", "The port reopened on 19 March; it will close in winter.", "on 19 March", "2021-03-19", true},
	{"a month since which is the last", "Since March the port will not open.", "Since March", "2021-03", true},
	{"a day scheduled for is a date", "The vote is scheduled for 24 March.", "for 24 March", "2022-03-24", true},
	{"a deadline one must meet is the next", "Riga must decide by 30 March whether to sue.", "by 30 March", "2022-03-30", true},
	{"a deadline met each year is the last", "Holm must file its accounts by 31 March each year.", "by 31 March", "2021-03-31", true},
	{"the modal may is no month", "The towns may agree to talks.", "", "", false},
	{"a number is no year", "About 1,2000 barges and 2000% more.", "", "", false},
	{"a name is no year", "The Covid-2019 wave passed.", "", "", false},
	{"a bad day", "On 31 February 2020 nothing happened.", "", "", false},
	{"no date", "The Cold War alliance unravelled.", "", "", false},
}

func TestFindWhen(t *testing.T) {
	pub := knowledge.Date{Year: 2021, Month: 6, Day: 15}
	for _, tt := range whenTests {
		t.Run(tt.name, func(t *testing.T) {
			ws := knowledge.FindWhen(tt.sentence, pub)
			if tt.date == "" {
				if len(ws) > 0 {
					t.Fatalf("found %+v, want no date", ws)
				}
				return
			}
			if len(ws) == 0 {
				t.Fatalf("found no date, want %q", tt.date)
			}
			w := ws[0]
			if w.Text != tt.text || w.Date.ISO() != tt.date || w.Approximate != tt.approximate {
				t.Errorf("got %q %s approximate=%v, want %q %s approximate=%v", w.Text, w.Date.ISO(), w.Approximate, tt.text, tt.date, tt.approximate)
			}
		})
	}
}
