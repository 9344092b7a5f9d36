package pdf

import (
	"bytes"
	"sync"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

var pdfcpuOnce sync.Once

// pdfcpuConfig returns a pdfcpu configuration that never reads or writes a
// configuration folder in the user's home.
func pdfcpuConfig() *model.Configuration {
	pdfcpuOnce.Do(api.DisableConfigDir)
	return model.NewDefaultConfiguration()
}

// Validate checks a PDF with pdfcpu in strict mode (PDF 32000-1:2008).
func Validate(pdf []byte) error {
	conf := pdfcpuConfig()
	conf.ValidationMode = model.ValidationStrict
	conf.Optimize = false // validation only: skip pdfcpu's rewriting of resources
	return api.Validate(bytes.NewReader(pdf), conf)
}
