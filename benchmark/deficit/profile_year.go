package deficit

// ProfileYear is one financial year of a deficit profile an authority
// supplies (£m), as read from its file: what the generic model projects.
// A profile's years are consecutive, oldest first.
type ProfileYear struct {
	Year Year
	// Funding is the High Needs Block funding and Spend the estimated
	// spend, already net of Savings; both are required.
	Funding, Spend float64
	// Contributions (DfE Safety Valve payments) and Transfers (other
	// funding into the block) are zero when the file leaves them blank.
	Contributions, Transfers float64
	// Savings is the level of planned savings reached in the year, a memo
	// already in Spend; nil when the file leaves it blank.
	Savings *float64
	// Deficit is the authority's published cumulative deficit at the
	// year's end, nil when not given; Printed is its cell as written.
	Deficit *float64
	Printed string
	// Opening is the deficit brought forward, given on the first year
	// only; nil when not given.
	Opening *float64
}
