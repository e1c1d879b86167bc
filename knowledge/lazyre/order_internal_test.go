package lazyre

import (
	"slices"
	"testing"
)

func TestFirstOrder(t *testing.T) {
	keys := []string{"a", "b", "", "c", "d"}
	for _, tt := range []struct {
		first []string
		want  []int
	}{
		{nil, []int{0, 1, 2, 3, 4}},
		{[]string{"d", "b"}, []int{4, 1, 0, 2, 3}},
		{[]string{"x", "c", "c", ""}, []int{3, 0, 1, 2, 4}}, // an unknown key, a repeat, no key: passed over
	} {
		if got := firstOrder(keys, tt.first); !slices.Equal(got, tt.want) {
			t.Errorf("firstOrder(%q, %q) = %v, want %v", keys, tt.first, got, tt.want)
		}
	}
}
