package deficit

// Model is one authority's deficit model: its base inputs and what it
// publishes beside them. A model that has no published tables returns
// empty slices.
type Model interface {
	// Info describes the model for lists and headings.
	Info() Info
	// Inputs returns a fresh copy of the base inputs the engine projects.
	Inputs() *Inputs
	// Forecasts returns the published cumulative-deficit profiles, oldest
	// first; the one marked Agreed is the profile gaps are measured against.
	Forecasts() []Forecast
	// Reconcile checks every published total and row against its parts.
	Reconcile() Findings
	// Choices lists how the model reads what its source leaves open.
	Choices() []Choice
	// Risks returns the source's risk register, as data.
	Risks() []Risk
}

// Info describes one opened model.
type Info struct {
	// Name is the registry name, e.g. "bury".
	Name string
	// Title is a heading, e.g. "Bury: Project Safety Valve, January 2022".
	Title string
	// Authority is the authority's name; AuthorityCode its ONS code.
	Authority     string
	AuthorityCode string
	// Source names the document or file the inputs came from.
	Source string
	// Summary is a sentence or two about the model.
	Summary string
}

// Options configure Open. Models ignore options they have no use for.
type Options struct {
	// Profile is an authority's supplied profile, read and checked, for
	// the generic model.
	Profile []ProfileYear
	// ProfileName names the profile's source (a file name) in messages.
	ProfileName string
	// Authority is the name of the authority the profile belongs to, as
	// the caller resolved it (from the store or datasets/authorities.csv);
	// AuthorityCode is its ONS code. Models do not look authorities up.
	Authority     string
	AuthorityCode string
}

// Driver opens a registered model.
type Driver interface {
	// About describes the model before it is opened.
	About() About
	// Open returns the model, reading what it needs from opts.
	Open(opts Options) (Model, error)
}

// About is what the registry knows of a model before it is opened.
type About struct {
	Name    string
	Title   string
	Summary string
	// NeedsProfile is true when Open requires Options.Profile.
	NeedsProfile bool
}
