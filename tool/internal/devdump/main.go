package main

import (
	"fmt"
	"os"

	"github.com/legalkit/legalkit/tool/internal/check"
	"github.com/legalkit/legalkit/tool/internal/corpus"
)

func main() {
	c, err := corpus.Load(os.Args[1:])
	if err != nil {
		fmt.Println(err)
		return
	}
	ds := append(c.Diags, check.Run(c.Docs)...)
	for _, d := range ds.Sort() {
		fmt.Println(d)
	}
}
