// Package deficit holds svbench's plug-in deficit models: the Model
// interface, the Registry an application builds of the models it offers
// (and its yardstick), optional interfaces for what only some models can
// do (Ranger, ThemeSaver), and the one projection engine every model
// shares. It projects an authority's cumulative Dedicated Schools Grant
// (DSG) deficit by financial year from High Needs Block funding, spend,
// savings, DfE Safety Valve contributions and other transfers, runs
// scenarios and sensitivity bands, and carries the reconciliation
// findings, interpretation choices and risks a model publishes beside its
// projection.
//
// Money is in £ million (£m) throughout unless a type says otherwise.
package deficit
