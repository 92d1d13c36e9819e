package deficit_test

import (
	"fmt"

	"github.com/svbench/svbench/benchmark/deficit"
)

// The engine's year: deficit = last year's deficit + (spend − funding)
// − DfE contributions − transfers.
func ExampleProject() {
	in := &deficit.Inputs{
		Label: "example", OpeningYear: 2023, OpeningDeficit: 5, SavingsInSpend: true,
		Years: []deficit.YearInput{
			{Year: 2024, Funding: 50, Spend: 52, Contributions: 3},
			{Year: 2025, Funding: 52, Spend: 51, Contributions: 3},
		},
	}
	p, _ := deficit.Project(in, nil, nil)
	for _, y := range p.Years {
		fmt.Printf("%s %.1f\n", y.Year, y.Deficit)
	}
	fmt.Println("cleared:", p.ClearedText())
	// Output:
	// 2024/25 4.0
	// 2025/26 0.0
	// cleared: 2025/26
}
