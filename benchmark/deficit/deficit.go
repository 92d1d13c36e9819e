// Package deficit holds svbench's plug-in deficit models: the Model
// interface, a registry that models join by name (as database/sql drivers
// do), and the one projection engine every model shares. It projects an
// authority's cumulative Dedicated Schools Grant (DSG) deficit by financial
// year from High Needs Block funding, spend, savings, DfE Safety Valve
// contributions and other transfers, runs scenarios and sensitivity bands,
// and carries the reconciliation findings, interpretation choices and risks
// a model publishes beside its projection.
//
// Money is in £ million (£m) throughout unless a type says otherwise.
package deficit
