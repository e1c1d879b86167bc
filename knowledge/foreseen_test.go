package knowledge_test

import "testing"

// A figure asked as it came out ("actually", "so far", "in the end") is
// not given by a passage that tells it only as foreseen (a forecast, a
// target, what is expected); one that gives the outturn answers, and a
// question with no such word is answered by the forecast.
func TestActualFigureIsNotTheForecast(t *testing.T) {
	ix := quietIndex(t, "",
		"The plant. Two units of the Vell dam were commissioned in August; the plant is expected to generate about 2,150 GWh a year once the reservoir is full.",
		"The mine. Holm Copper cut its 2022 output forecast from 62,000 tonnes of copper to 51,000 tonnes.",
		"The grid. The Tarn interconnector can carry 400 MW, of which 250 MW is usable while the substation is repaired.",
		"The port. Arnsby port handled 1.2 million containers in 2022, against a target of 1.5 million.",
		"The scheme. The Tarn skills scheme, launched with EUR 12 million, aims to retrain 1,000 welders.",
	)
	wantDeclined(t, ix, "how many welders has the tarn skills scheme actually retrained?", "only a forecast or a target") // the sum is no count
	wantDeclined(t, ix, "how many GWh did the vell units actually generate?", "only a forecast or a target")
	wantDeclined(t, ix, "how much copper did holm actually produce in 2022?", "only a forecast or a target")
	wantFirst(t, ix, "how much power does the vell plant generate in GWh?", "p1")              // not asked as it came out
	wantFirst(t, ix, "how much of the tarn interconnector capacity is actually usable?", "p3") // a capacity is no forecast
	wantFirst(t, ix, "how many containers did arnsby actually handle in 2022?", "p4")          // the outturn beside the target
}
