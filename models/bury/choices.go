package bury

import "github.com/svbench/svbench/benchmark/deficit"

// Choices lists how the model reads what the report leaves open, and why.
// The model page shows them beside the projection. The prose carries no
// figures: the findings and derivations show those, computed from data.
func (m *Model) Choices() []deficit.Choice { return Choices() }

// Choices lists Bury's interpretation choices; see Model.Choices.
func Choices() []deficit.Choice {
	return []deficit.Choice{
		{
			ID:       "spend-net-of-savings",
			Question: "Is the estimated spend in the High Needs Block sustainability forecast net of the Table 4 savings?",
			Answer:   "Yes. The engine never subtracts the scheme savings from that spend again; they are shown by scheme as a memo, and a scenario changes spend only by the savings it takes away or delays.",
			Reason:   "The 16 Dec forecast is stated to be \"maintaining the programme of savings identified in this report\", para 5.9 says the planned savings let Bury live within its High Needs funding from the next year on, and para 2.4 reports the first fall in spend. Subtracting the savings again would count them twice.",
		},
		{
			ID:       "schools-block-transfer",
			Question: "Is the schools block transfer (Table 4, second row) a saving or a funding transfer?",
			Answer:   "A funding transfer. It is carried in Transfers and never in savings, so the savings by scheme and by theme leave it out.",
			Reason:   "Para 8.2 lists it under Funding Transformation Options, and para 5.10 says the High Needs forecast excludes it and it has a further effect on the accumulated deficit. Table 4 and its total include it; the reconciliation notes that.",
		},
		{
			ID:       "variance-from-parts",
			Question: "Where a printed in-year variance disagrees with spend − funding, which is used?",
			Answer:   "Spend − funding. The printed figure is kept in the dataset and the difference is reported in the findings.",
			Reason:   "The 16 Dec deficit profile can only be reproduced from the parts, not from the misprinted variance.",
		},
		{
			ID:       "balancing-items",
			Question: "The report gives no DfE contribution per year. How are contributions and transfers found?",
			Answer:   "As derived balancing items: funding from outside the block = in-year variance − movement in the 16 Dec cumulative deficit; the schools block transfer is taken from Table 4 and DfE's contribution is the remainder, up to the last year of the agreed profile. After that year the whole remainder is treated as the schools block transfer.",
			Reason:   "The DfE payments are not printed, the agreed profile ends a year before the revised ones, and the remainder in the extra year continues the transfer's growth. Each derived figure is labelled and its arithmetic shown.",
		},
		{
			ID:       "oob-cumulative",
			Question: "Table 4's out-of-borough row is year on year while the other rows are cumulative. Which is used?",
			Answer:   "The cumulative reading: the running sum of the row, which agrees with Table 5's reduction from its first year.",
			Reason:   "Every other row, and Table 4's totals, are cumulative levels of saving; a year-on-year figure would understate the saving reached by the last year.",
		},
		{
			ID:       "savings-recur",
			Question: "What happens to savings after the last year of Table 4?",
			Answer:   "Each scheme's last level is carried forward.",
			Reason:   "The schemes change how places and top-ups are funded, so the saving recurs; the report gives no sign that it ends.",
		},
		{
			ID:       "revised-14-dec",
			Question: "How is the 14 Dec forecast reproduced?",
			Answer:   "From the 16 Dec inputs less the High Needs funding increase announced on 16 December, derived year by year as the difference between the two profiles' movements.",
			Reason:   "The report names the funding increase as the only change between the two forecasts (paras 5.6-5.8); both start from the same deficits.",
		},
		{
			ID:       "duplicate-schemes",
			Question: "\"Non Statutory Service\" appears twice in Table 4. Is it one scheme?",
			Answer:   "No: two schemes, each counted once.",
			Reason:   "The two rows carry different figures and Table 4's totals add both.",
		},
		{
			ID:       "surplus-balances",
			Question: "Is the clawback of schools' surplus balances counted?",
			Answer:   "No.",
			Reason:   "Table 4 marks it TBC and para 8.2 says no savings are assumed because delivery is at high risk.",
		},
	}
}
