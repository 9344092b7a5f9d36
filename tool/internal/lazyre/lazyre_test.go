package lazyre

import (
	"sync"
	"testing"

	_ "github.com/legalkit/legalkit/tool/internal/testutil"
)

func TestCompiledOnFirstUseOnce(t *testing.T) {
	built := 0
	re := Func(func() string { built++; return `a(b+)` })
	if built != 0 {
		t.Fatalf("expression built before use")
	}
	before := Compiled()
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if m := re.FindStringSubmatch("xabbc"); len(m) != 2 || m[1] != "bb" {
				t.Errorf("FindStringSubmatch = %q", m)
			}
		})
	}
	wg.Wait()
	if built != 1 || Compiled()-before != 1 {
		t.Errorf("built %d times, compiled %d: want once", built, Compiled()-before)
	}
	if re.String() != `a(b+)` || re.NumSubexp() != 1 {
		t.Errorf("String %q, NumSubexp %d", re.String(), re.NumSubexp())
	}
}

func TestInvalidPanicsOnUse(t *testing.T) {
	re := New(`a(`) // no panic here
	defer func() {
		if recover() == nil {
			t.Error("an invalid expression did not panic on first use")
		}
	}()
	re.MatchString("a")
}
