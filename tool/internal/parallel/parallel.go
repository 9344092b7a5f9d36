// Package parallel runs independent pieces of work on all cores. Each piece
// writes only its own result slot, so what the caller assembles afterwards,
// in index order, does not depend on the number of cores or on which piece
// finished first: output stays byte-identical on any machine.
package parallel

import (
	"runtime"
	"sync"
)

// Do calls f(0), ..., f(n-1) on at most GOMAXPROCS goroutines and returns
// when all calls have returned.
func Do(n int, f func(i int)) {
	workers := min(n, runtime.GOMAXPROCS(0))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
